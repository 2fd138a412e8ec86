package dev.replylint.rules;

import dev.replylint.rules.tone.CompiledPhrase;
import dev.replylint.rules.tone.DraftLanguage;
import dev.replylint.rules.tone.Lexicons;
import dev.replylint.rules.tone.PhraseFinder;
import dev.replylint.rules.tone.TalkingDownSentences;
import dev.replylint.text.Draft;
import dev.replylint.text.Words;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a draft talks down, for help-offer: the shipped judgemental-tone phrases and the tone
 * model's reading of its sentences and of the whole reply, found only if the rule asks (most
 * drafts that offer help do so in a plain sentence and never pay for this). A question, an
 * instruction or a fact said with a put-down is part of the put-down, not a way forward.
 */
final class Rebukes {
  /**
   * The shipped judgemental-tone lexicon: a question or an instruction in a sentence it flags ("did
   * you think it would be quiet on a Saturday?", "check your inbox properly") is a rebuke, not a way
   * forward. The shipped list, not the policy's, so the two rules stay independent. Compiled once
   * per JVM and only when a draft first needs it: it is the largest lexicon, and a check that
   * never asks (most drafts offer help plainly) should not pay for compiling it at start-up.
   */
  private static final class ShippedRebukes {
    static final Map<String, List<CompiledPhrase>> BY_LANGUAGE = Lexicons.compileAll(Lexicons.shipped("judgemental-tone"));
  }

  private final Draft draft;
  private final String language;
  private List<PhraseFinder.Hit> hits;
  private Boolean putDown;

  Rebukes(Draft draft, String language) {
    this.draft = draft;
    this.language = language;
  }

  /**
   * Whether a rebuke lies in the same clause as [start, end): in its sentence with no clause
   * break between them ("this is not our fault :( we fixed it" keeps its report of help).
   */
  boolean covers(int start, int end) {
    return covers(start, end, true);
  }

  /**
   * Whether the tone model reads the reply, taken as one text, as talking down: a put-down often
   * lives between sentences ("We're a hotel, not a hostel. Checkout is 11."), so the fact in it
   * is a rebuke, not an answer. Scored as judgemental-tone's whole-reply route scores it: two
   * sentences of two words or more, not a part of a thread.
   */
  boolean asAWhole() {
    return language.equals(DraftLanguage.ENGLISH) && TalkingDownSentences.talksDownAsAWhole(draft, JudgementalToneRule.DEFAULT_MODEL_THRESHOLD);
  }

  /**
   * Whether the reply talks down anywhere, in a sentence or as a whole: its advice, questions
   * and facts are then part of the put-down, not a way forward.
   */
  boolean putDown() {
    if (putDown == null) {
      putDown = anywhere() || asAWhole();
    }
    return putDown;
  }

  /** Whether any sentence of the draft talks down. */
  boolean anywhere() {
    for (Words w : draft.scannedSentences()) {
      if (inSentence(w.span().start(), w.span().end())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a rebuke lies anywhere in the sentence holding [start, end) (a question, an instruction). */
  boolean inSentence(int start, int end) {
    return covers(start, end, false);
  }

  private boolean covers(int start, int end, boolean sameClause) {
    if (hits == null) {
      hits = PhraseFinder.find(draft, ShippedRebukes.BY_LANGUAGE.getOrDefault(language, List.of()));
    }
    List<Words> sentences = draft.scannedSentences();
    for (int index = 0; index < sentences.size(); index++) {
      Words w = sentences.get(index);
      if (w.span().start() <= start && end <= w.span().end()) {
        for (PhraseFinder.Hit h : hits) {
          if (w.span().start() <= h.start() && h.end() <= w.span().end() && !(sameClause && clauseBreakBetween(w, h.start() <= start ? h.end() : start, h.start() <= start ? end : h.start()))) {
            return true;
          }
        }
        return language.equals(DraftLanguage.ENGLISH) && TalkingDownSentences.talksDown(draft, index, JudgementalToneRule.DEFAULT_MODEL_THRESHOLD);
      }
    }
    return false;
  }

  /** Conjunctions that open a new clause: "this is not our fault, but we fixed it". */
  static final Set<String> CLAUSE_JOINS = Set.of("but", "and", "so", "though", "although", "however");
  private static final Set<String> SENTENCE_MARKS = Set.of(".", "!", "?", "'", "\"", "…");

  /** A comma, a dash, an emoticon or a conjunction between two offsets of one sentence. */
  private static boolean clauseBreakBetween(Words w, int from, int to) {
    for (int i = 0; i < w.size(); i++) {
      if (w.start(i) >= from && w.end(i) <= to) {
        String f = w.form(i);
        // sentence-final marks end the clause the offer is in, they do not separate it from the rebuke
        if (CLAUSE_JOINS.contains(f) || (w.isPunctuation(i) && !SENTENCE_MARKS.contains(f))) {
          return true;
        }
      }
    }
    return false;
  }
}
