package dev.replylint.rules.tone;

import dev.replylint.rules.logistic.FeatureHashing;
import dev.replylint.text.Words;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The features the talking-down model reads from a sentence's cheaply scanned words (no tagger, no
 * lemmatizer, so scoring costs microseconds): words, word pairs, what follows "you" (a modal in the
 * perfect is blame, "you should receive" is not), who the sentence opens on (the brand blaming
 * itself starts with "we"), whether it asks, exclaims or negates, and its length. Each feature is a
 * hash into a fixed-size weight table, built from the words' own cached hash codes, so no string is
 * made per feature.
 */
public final class TalkingDownFeatures {
  private TalkingDownFeatures() {}

  /** Bits of the weight table's index; 2^19 slots keep collisions rare for a few tens of thousands of features. */
  public static final int TABLE_BITS = 19;

  static final int MASK = (1 << TABLE_BITS) - 1;

  static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "yourselves", "u", "ur", "ya", "y'all");
  private static final Set<String> MODALS = Set.of("should", "could", "would", "'d", "must", "ought", "might", "shouldve", "couldve", "wouldve");
  private static final Set<String> PERFECT = Set.of("have", "'ve", "of");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "nothing", "nobody", "none");
  private static final Set<String> FIRST_PERSON = Set.of("we", "i", "our", "my", "we're", "we've", "i'm", "i've", "us");

  // seeds naming the kind of each feature, so the word "you" and the pair starting with it differ
  private static final int WORD = 0x2f1a3b7;
  private static final int PAIR = 0x51c2d4e;
  private static final int AFTER_YOU = 0x6a0b3c1;
  private static final int FIRST = 0x13579bd;
  private static final int FLAG = 0x7e5d3c9;
  private static final String START = "<s>";
  private static final String END = "</s>";

  /** The distinct table slots the sentences' features fall into, sorted. */
  public static int[] of(List<Words> sentences) {
    String[] words = normalised(sentences);
    int[] out = new int[words.length * 9 + 16];
    int n = 0;
    boolean second = false;
    boolean negated = false;
    boolean question = false;
    boolean exclaims = false;
    boolean modalPerfect = false;
    boolean youNegated = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      out[n++] = slot(WORD, w.hashCode());
      out[n++] = slot(PAIR, i == 0 ? START.hashCode() : words[i - 1].hashCode(), w.hashCode());
      second |= SECOND_PERSON.contains(w);
      negated |= NEGATIONS.contains(w);
      question |= w.equals("?");
      exclaims |= w.equals("!");
      if (SECOND_PERSON.contains(w)) {
        for (int k = 1; k <= 2 && i + k < words.length; k++) {
          out[n++] = slot(AFTER_YOU + k, words[i + k].hashCode());
        }
        // what "you" does a few words on, wherever it stands: "you never even read", "you clearly didn't"
        for (int k = 1; k <= 4 && i + k < words.length; k++) {
          out[n++] = slot(AFTER_YOU + 9, words[i + k].hashCode());
        }
        // "you forgot", "you ignored": a past verb after "you", whichever verb
        if (i + 1 < words.length && words[i + 1].length() > 4 && words[i + 1].endsWith("ed")) {
          out[n++] = slot(FLAG, 9);
        }
        for (int k = 1; k <= 3 && i + k < words.length; k++) {
          youNegated |= words[i + k].equals("not") || words[i + k].equals("never");
        }
        for (int k = 1; k <= 3 && i + k + 1 < words.length; k++) {
          if (MODALS.contains(words[i + k]) && (PERFECT.contains(words[i + k + 1]) || (i + k + 2 < words.length && words[i + k + 1].equals("not") && PERFECT.contains(words[i + k + 2])))) {
            modalPerfect = true;
          }
        }
      }
    }
    if (words.length > 0) {
      out[n++] = slot(PAIR, words[words.length - 1].hashCode(), END.hashCode());
      out[n++] = slot(FIRST, words[0].hashCode());
      if (FIRST_PERSON.contains(words[0])) {
        out[n++] = slot(FLAG, 1);
      }
    }
    if (second) {
      out[n++] = slot(FLAG, 2);
    }
    if (negated) {
      out[n++] = slot(FLAG, 3);
    }
    if (question) {
      out[n++] = slot(FLAG, second ? 4 : 5);
    }
    if (exclaims) {
      out[n++] = slot(FLAG, 6);
    }
    if (modalPerfect) {
      out[n++] = slot(FLAG, 7);
    }
    if (youNegated) {
      out[n++] = slot(FLAG, 8);
    }
    // the opening word of a question: "did you…?" and "why would…?" ask differently from "which flight…?"
    if (question && words.length > 0) {
      out[n++] = slot(FIRST + 1, words[0].hashCode());
    }
    out[n++] = slot(FLAG, 100 + Math.min(words.length / 4, 6));
    int[] slots = Arrays.copyOf(out, n);
    Arrays.sort(slots);
    int distinct = 0;
    for (int i = 0; i < slots.length; i++) {
      if (i == 0 || slots[i] != slots[i - 1]) {
        slots[distinct++] = slots[i];
      }
    }
    return Arrays.copyOf(slots, distinct);
  }

  /**
   * The scanned forms with what says nothing about tone taken out or folded: @handles and agent
   * initials (^JD) dropped, links and numbers each one word.
   */
  private static String[] normalised(List<Words> sentences) {
    int total = 0;
    for (Words w : sentences) {
      total += w.size();
    }
    String[] out = new String[total];
    int n = 0;
    for (Words w : sentences) {
      for (int i = 0; i < w.size(); i++) {
        String f = w.form(i);
        if (f.startsWith("@") || f.startsWith("^") || (i > 0 && w.form(i - 1).equals("^"))) {
          continue;
        }
        if (f.startsWith("http") || f.startsWith("www.")) {
          f = "<url>";
        } else if (Character.isDigit(f.charAt(0))) {
          f = "<num>";
        }
        out[n++] = f;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static int slot(int kind, int a) {
    return FeatureHashing.slot(kind, a, MASK);
  }

  private static int slot(int kind, int a, int b) {
    return FeatureHashing.slot(kind, a, b, MASK);
  }
}
