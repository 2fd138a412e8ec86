package dev.replylint.rules.tone;

import dev.replylint.text.Draft;
import dev.replylint.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a lexicon's phrases in a draft, paying for OpenNLP only where it must: every draft gets
 * the cheap scan; an entry whose words do not all occur is skipped outright; an entry without tag
 * tests is decided on the scan; one with tag tests is confirmed on the model's analysis of just
 * the sentences where the scan matched.
 */
public final class PhraseFinder {
  private PhraseFinder() {}

  /** A phrase found: the entry and the UTF-16 range of the draft to report. */
  public record Hit(CompiledPhrase phrase, int start, int end) {}

  /** Every hit, by position; where two entries overlap, the earlier (then longer) one wins. */
  public static List<Hit> find(Draft draft, List<CompiledPhrase> phrases) {
    List<Words> sentences = draft.scannedSentences();
    if (sentences.isEmpty() || phrases.isEmpty()) {
      return List.of();
    }
    Set<String> forms = formsOf(sentences);
    List<CompiledPhrase> candidates = new ArrayList<>();
    for (CompiledPhrase p : phrases) {
      if (p.match().couldMatch(forms)) {
        candidates.add(p);
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (Words scanned : sentences) {
      Words analysed = null;
      for (CompiledPhrase p : candidates) {
        List<TokenPattern.Match> matches = p.match().findAll(scanned);
        if (matches.isEmpty()) {
          continue;
        }
        Words words = scanned;
        if (p.usesTags()) {
          if (analysed == null) {
            analysed = Words.of(draft.analyse(scanned.span()));
          }
          words = analysed;
          matches = p.match().findAll(words);
        }
        for (TokenPattern.Match m : matches) {
          if (!cancelled(p, words, m) && m.reportEnd() > m.reportStart()) {
            hits.add(new Hit(p, words.start(m.reportStart()), words.end(m.reportEnd() - 1)));
          }
        }
      }
    }
    return withoutOverlaps(hits);
  }

  /** True when any phrase of the list occurs (cheaper than {@link #find} when one is enough). */
  public static boolean any(Draft draft, List<CompiledPhrase> phrases) {
    return !find(draft, phrases).isEmpty();
  }

  static Set<String> formsOf(List<Words> sentences) {
    Set<String> forms = new HashSet<>();
    for (Words w : sentences) {
      for (int i = 0; i < w.size(); i++) {
        forms.add(w.form(i));
      }
    }
    return forms;
  }

  private static boolean cancelled(CompiledPhrase p, Words words, TokenPattern.Match m) {
    for (TokenPattern except : p.except()) {
      for (TokenPattern.Match e : except.findAll(words)) {
        if (e.start() < m.end() && m.start() < e.end()) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Hit> withoutOverlaps(List<Hit> hits) {
    hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
    List<Hit> out = new ArrayList<>();
    int reached = -1;
    for (Hit h : hits) {
      if (h.start() >= reached) {
        out.add(h);
        reached = h.end();
      }
    }
    return out;
  }
}
