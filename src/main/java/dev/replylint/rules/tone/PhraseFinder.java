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
  /** Key of the draft's word forms in {@link Draft#derived}. */
  private static final Object FORMS = new Object();

  private PhraseFinder() {}

  /** The draft's distinct word forms as the scan cut them, built once per draft for every lexicon. */
  public static Set<String> wordForms(Draft draft) {
    return forms(draft).set();
  }

  private static DraftForms forms(Draft draft) {
    return draft.derived(FORMS, d -> formsOf(d.scannedSentences()));
  }

  /** A phrase found: the entry and the UTF-16 range of the draft to report. */
  public record Hit(CompiledPhrase phrase, int start, int end) {}

  /** Every hit, by position; where two entries overlap, the earlier (then longer) one wins. */
  public static List<Hit> find(Draft draft, List<CompiledPhrase> phrases) {
    return find(draft, phrases, false);
  }

  /** True when any phrase of the list occurs; stops at the first hit the scan alone can vouch for. */
  public static boolean any(Draft draft, List<CompiledPhrase> phrases) {
    return !find(draft, phrases, true).isEmpty();
  }

  private static List<Hit> find(Draft draft, List<CompiledPhrase> phrases, boolean firstOnly) {
    List<Words> sentences = draft.scannedSentences();
    if (sentences.isEmpty() || phrases.isEmpty()) {
      return List.of();
    }
    // every lexicon rule asks for the same set; build it once per draft
    DraftForms forms = forms(draft);
    List<CompiledPhrase> candidates;
    if (phrases instanceof IndexedPhrases indexed) {
      candidates = indexed.candidates(forms.distinct(), forms.hashes());
    } else {
      candidates = new ArrayList<>();
      for (CompiledPhrase p : phrases) {
        if (p.match().couldMatch(forms.set())) {
          candidates.add(p);
        }
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    // asked once per entry, not per sentence: an entry answers by walking its patterns
    boolean[] usesTags = new boolean[candidates.size()];
    for (int c = 0; c < usesTags.length; c++) {
      usesTags[c] = candidates.get(c).usesTags();
    }
    // Pass 1, scan only: hits whose words and tag-free paths decide them.
    List<Words> needAnalysis = new ArrayList<>();
    for (Words scanned : sentences) {
      boolean unsure = false;
      for (int c = 0; c < usesTags.length; c++) {
        CompiledPhrase p = candidates.get(c);
        List<TokenPattern.Match> matches = p.match().findCertain(scanned);
        for (TokenPattern.Match m : matches) {
          Boolean cancelled = cancelledOnScan(p, scanned, m);
          if (cancelled == null) {
            unsure = true;
          } else if (!cancelled && m.reportEnd() > m.reportStart()) {
            hits.add(new Hit(p, scanned.start(m.reportStart()), scanned.end(m.reportEnd() - 1)));
            if (firstOnly) {
              return hits;
            }
          }
        }
        if (usesTags[c] && matches.isEmpty() && !p.match().findAll(scanned).isEmpty()) {
          unsure = true;
        }
      }
      if (unsure) {
        needAnalysis.add(scanned);
      }
    }
    // Pass 2: the model's tags and lemmas, only for sentences the scan could not decide.
    for (Words scanned : needAnalysis) {
      Words analysed = Words.of(draft.analyse(scanned.span()));
      for (int c = 0; c < usesTags.length; c++) {
        if (!usesTags[c]) {
          continue;
        }
        CompiledPhrase p = candidates.get(c);
        for (TokenPattern.Match m : p.match().findAll(analysed)) {
          if (!cancelled(p, analysed, m) && m.reportEnd() > m.reportStart()) {
            hits.add(new Hit(p, analysed.start(m.reportStart()), analysed.end(m.reportEnd() - 1)));
            if (firstOnly) {
              return hits;
            }
          }
        }
      }
    }
    return withoutOverlaps(hits);
  }

  /** Whether an exception cancels a scan-certain match: true, false, or null when only tags can tell. */
  private static Boolean cancelledOnScan(CompiledPhrase p, Words scanned, TokenPattern.Match m) {
    boolean maybe = false;
    for (TokenPattern except : p.except()) {
      for (TokenPattern.Match e : except.findCertain(scanned)) {
        if (e.start() < m.end() && m.start() < e.end()) {
          return true;
        }
      }
      if (except.usesTags()) {
        for (TokenPattern.Match e : except.findAll(scanned)) {
          if (e.start() < m.end() && m.start() < e.end()) {
            maybe = true;
          }
        }
      }
    }
    return maybe ? null : false;
  }

  /**
   * A draft's distinct word forms, as a set for membership and as an array (with their hashes) for
   * the index to walk: walking a hash set's table, and reaching into each string for its hash, once
   * per lexicon cost more than the lookups they fed.
   */
  record DraftForms(Set<String> set, String[] distinct, int[] hashes) {}

  static DraftForms formsOf(List<Words> sentences) {
    Set<String> forms = new HashSet<>();
    List<String> distinct = new ArrayList<>();
    for (Words w : sentences) {
      for (int i = 0; i < w.size(); i++) {
        String form = w.form(i);
        if (forms.add(form)) {
          distinct.add(form);
        }
      }
    }
    String[] array = distinct.toArray(String[]::new);
    int[] hashes = new int[array.length];
    for (int i = 0; i < array.length; i++) {
      hashes[i] = array[i].hashCode();
    }
    return new DraftForms(forms, array, hashes);
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
