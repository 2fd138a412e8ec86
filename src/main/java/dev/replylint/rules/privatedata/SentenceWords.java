package dev.replylint.rules.privatedata;

import dev.replylint.text.Draft;
import dev.replylint.text.Span;
import dev.replylint.text.SpanAnalysis;
import dev.replylint.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One sentence as words with lemmas and POS tags, offsets into the whole draft. OpenNLP writes
 * contractions as one token with a joined lemma ("What's" → "what+be"); each part becomes a word
 * of its own so "what is" and "what's" read the same.
 */
final class SentenceWords {
  /** A word: its lemma and lower-cased form (hyphens dropped, so "e-mail" is "email"), its tag. */
  record Word(String lemma, String lower, String pos, int start, int end) {
    /** The word in any regular inflection: "digits", "linked", "associated", "sharing". */
    boolean is(String word) {
      return lemma.equals(word) || lower.equals(word) || inflects(lemma, word) || inflects(lower, word);
    }

    /** {@link #is} for any of the words, by looking up the forms this word may inflect. */
    boolean isAnyOf(java.util.Set<String> words) {
      if (words.contains(lemma) || words.contains(lower)) {
        return true;
      }
      for (String form : lemma.equals(lower) ? new String[] {lower} : new String[] {lemma, lower}) {
        for (String suffix : INFLECTION_SUFFIXES) {
          if (form.length() <= suffix.length() || !form.endsWith(suffix)) {
            continue;
          }
          String stem = form.substring(0, form.length() - suffix.length());
          if (isInflectionOf(form, stem, words) || isInflectionOf(form, stem + "e", words)
              || stem.length() > 1 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                  && isInflectionOf(form, stem.substring(0, stem.length() - 1), words)) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean isInflectionOf(String form, String base, java.util.Set<String> words) {
      return words.contains(base) && inflects(form, base);
    }

    /** The word or its plural only: for cues, where "linked" is not "a link". */
    boolean isExactly(String word) {
      return lemma.equals(word) || lower.equals(word) || lower.equals(word + "s");
    }

    private static boolean inflects(String form, String base) {
      if (base.isEmpty() || form.length() <= base.length() || form.length() > base.length() + 4) {
        return false;
      }
      // compared in place, without building the candidate strings: this runs for every word of
      // every sentence that mentions a data noun, against every word the detector looks for
      int n = base.length();
      for (String suffix : INFLECTION_SUFFIXES) {
        if (!form.endsWith(suffix)) {
          continue;
        }
        int stem = form.length() - suffix.length();
        if (stem == n && form.startsWith(base)
            // giving, shared: a final e dropped
            || stem == n - 1 && base.charAt(n - 1) == 'e' && form.regionMatches(0, base, 0, n - 1)
            // dropping, dropped: a final consonant doubled
            || stem == n + 1 && form.startsWith(base) && form.charAt(n) == base.charAt(n - 1)) {
          return true;
        }
      }
      return false;
    }

    boolean isPunctuation() {
      for (int i = 0; i < lower.length(); i++) {
        if (Character.isLetterOrDigit(lower.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    boolean isUrl() {
      return lower.contains("http://") || lower.contains("https://") || lower.startsWith("www.") || lower.contains(".com/")
          || lower.contains("t.co/");
    }
  }

  private static final List<String> INFLECTION_SUFFIXES = List.of("s", "es", "d", "ed", "ing");

  private SentenceWords() {}

  /**
   * Tokens only, each word its own lemma and without a tag: cheap enough to run on every sentence
   * that mentions a data noun, to decide whether the lemmatizer is needed at all.
   */
  static List<Word> tokensOf(Draft draft, Span sentence) {
    List<Word> words = new ArrayList<>();
    List<Token> tokens = draft.tokens(sentence);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (splitAcronym(tokens, i)) {
        String lower = normalise(token.text() + tokens.get(i + 1).text());
        words.add(new Word(lower, lower, "", token.start(), tokens.get(i + 1).end()));
        i++;
        continue;
      }
      String lower = normalise(token.text());
      words.add(new Word(lower, lower, "", token.start(), token.end()));
    }
    return words;
  }

  /** The sentence's words with lemmas and tags, from the draft's cached analysis of that span. */
  static List<Word> of(Draft draft, Span sentence) {
    SpanAnalysis analysis = draft.analyse(sentence);
    List<Token> tokens = analysis.tokens();
    List<String> lemmas = analysis.lemmas();
    List<String> tags = analysis.tags();
    List<Word> words = new ArrayList<>(tokens.size() + 4);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      int start = token.start();
      int end = token.end();
      if (splitAcronym(tokens, i)) {
        String joined = normalise(token.text() + tokens.get(i + 1).text());
        words.add(new Word(joined, joined, "NOUN", start, tokens.get(i + 1).end()));
        i++;
        continue;
      }
      String lower = normalise(token.text());
      String lemma = normalise(lemmas.get(i));
      String pos = tags.get(i);
      if (lemma.isEmpty() || lemma.equals("o")) {
        lemma = lower;
      }
      // the lemmatizer splits some all-caps words as if contracted ("PIN" → "pi+and"): only a
      // token with an apostrophe, or written in lower case ("whats", "cant"), is a contraction
      if (lemma.contains("+") && (lower.indexOf('\'') >= 0 || !token.text().equals(token.text().toUpperCase(Locale.ROOT)))) {
        String[] parts = lemma.split("\\+");
        String[] tagParts = pos.split("\\+");
        for (int p = 0; p < parts.length; p++) {
          String part = parts[p].equals("n't") ? "not" : parts[p];
          words.add(new Word(part, p == 0 ? firstPart(lower) : part, p < tagParts.length ? tagParts[p] : pos, start, end));
        }
      } else if (lemma.contains("+")) {
        words.add(new Word(lower, lower, pos.contains("+") ? "NOUN" : pos, start, end));
      } else {
        if (lower.equals("n't") || lower.equals("dont") || lower.equals("don't") || lower.equals("never")) {
          lemma = lower.equals("never") ? "never" : "not";
        }
        words.add(new Word(lemma, lower, pos, start, end));
      }
    }
    return words;
  }

  /** The tokenizer cuts some capitalised acronyms in two ("PIN" → "PI", "N"); they are one word. */
  private static boolean splitAcronym(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || tokens.get(i).end() != tokens.get(i + 1).start()) {
      return false;
    }
    return isCapitals(tokens.get(i).text()) && isCapitals(tokens.get(i + 1).text());
  }

  private static boolean isCapitals(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isUpperCase(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static String firstPart(String lower) {
    int apostrophe = lower.indexOf('\'');
    return apostrophe > 0 ? lower.substring(0, apostrophe) : lower;
  }

  static String normalise(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (lower.length() > 1 && lower.indexOf('-') > 0 && !lower.startsWith("-")) {
      lower = lower.replace("-", "");
    }
    // the tokenizer keeps a sentence's final period on words it takes for abbreviations ("DM.")
    while (lower.length() > 1 && lower.endsWith(".") && Character.isLetterOrDigit(lower.charAt(lower.length() - 2))) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return lower;
  }
}
