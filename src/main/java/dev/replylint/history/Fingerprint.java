package dev.replylint.history;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What two replies are compared on: the reply normalised so that what an agent fills in per
 * customer (handles, names, order numbers, links, template slots, initials) no longer differs,
 * its word-bigram shingles, and the MinHash signature whose band keys the store indexes.
 *
 * <p>"Hi @ann, order 123 ships today ^JK" and "Hi @bob, order 456 ships today ^MS" get the same
 * normalised text, so a template filled in twice is caught as the copy it is.
 */
public final class Fingerprint {
  /** Bands of {@link #ROWS} MinHash values each; see {@link #bandKeys} for why 20 x 3. */
  public static final int BANDS = 20;

  public static final int ROWS = 3;
  static final int HASHES = BANDS * ROWS;

  /** Words after which a capitalised word is a name: "Hi Ann," / "Thanks, Sam!". */
  private static final java.util.Set<String> GREETINGS = java.util.Set.of("hi", "hello", "hey", "dear", "thanks", "sorry", "you");

  private static final String SIGN_OFF_MARKS = "^~*-–—/";

  /** What normalisation puts in place of the parts agents fill in; not words of the reply. */
  private static final java.util.Set<String> SLOTS = java.util.Set.of("xslot", "xurl", "xemail", "xuser", "xsig", "xname", "xnum");

  private static final long[] SEEDS = new long[HASHES];

  static {
    long x = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(x);
    }
  }

  private final String normalised;
  private final int words;
  private final long[] shingles;

  private Fingerprint(String normalised) {
    this.normalised = normalised;
    String[] tokens = normalised.isEmpty() ? new String[0] : normalised.split(" ");
    this.words = (int) Arrays.stream(tokens).filter(t -> !SLOTS.contains(t)).count();
    this.shingles = shingle(tokens);
  }

  /** Normalises with the policy's placeholder patterns (template slots become one token). */
  public static Fingerprint of(String text, List<Pattern> placeholders) {
    return new Fingerprint(normalise(text, placeholders));
  }

  /** For text that is already normalised (as stored). */
  public static Fingerprint ofNormalised(String normalised) {
    return new Fingerprint(normalised);
  }

  /**
   * One pass over the words of each line (regular expressions here cost more than the whole
   * index lookup): template slots, URLs, e-mail addresses, handles, tokens holding a digit (order
   * and case numbers, prices, times), a capitalised word after a greeting, and a sign-off ending a
   * line become placeholder words; the rest is lower-cased words.
   */
  static String normalise(String text, List<Pattern> placeholders) {
    String s = text;
    for (Pattern p : placeholders) {
      s = p.matcher(s).replaceAll(" xslot ");
    }
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.split("\n")) {
      String[] tokens = whitespaceSeparated(line.trim());
      int end = tokens.length;
      String signOff = null;
      if (end > 0) {
        String last = tokens[end - 1];
        if (isSignOff(last)) {
          end--;
          signOff = "xsig";
        } else if (end > 1 && tokens[end - 2].length() == 1 && SIGN_OFF_MARKS.indexOf(tokens[end - 2].charAt(0)) >= 0 && isName(last)) {
          end -= 2;
          signOff = "xsig";
        } else {
          int at = gluedSignOff(last);
          if (at > 0) {
            tokens[end - 1] = last.substring(0, at);
            signOff = "xsig";
          }
        }
      }
      String previous = "";
      for (int i = 0; i < end; i++) {
        String t = tokens[i];
        String word = placeholderFor(t);
        if (word == null && GREETINGS.contains(previous) && isGreetedName(t, i + 1 < end ? tokens[i + 1] : "")) {
          word = "xname";
        }
        if (word != null) {
          append(out, word);
          previous = word;
          continue;
        }
        previous = appendWords(out, t, previous);
      }
      if (signOff != null) {
        append(out, signOff);
      }
    }
    return out.toString();
  }

  /**
   * What {@code text.split("\\s+")} gives for trimmed text, without compiling that regular
   * expression for every line of every reply (it was a tenth of an import's fingerprinting).
   */
  static String[] whitespaceSeparated(String text) {
    List<String> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && isRegexSpace(text.charAt(i))) {
        i++;
      }
      int from = i;
      while (i < n && !isRegexSpace(text.charAt(i))) {
        i++;
      }
      if (i > from) {
        tokens.add(text.substring(from, i));
      }
    }
    return tokens.toArray(new String[0]);
  }

  /** The characters of the regular expression class {@code \\s}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** "^JK", "-Becky", "~AT", "/CH": a sign-off mark and up to 12 letters. */
  private static boolean isSignOff(String t) {
    return t.length() >= 2 && SIGN_OFF_MARKS.indexOf(t.charAt(0)) >= 0 && isName(t.substring(1));
  }

  /** "there!-Anwar": where a sign-off glued to the sentence before it starts, or -1. */
  private static int gluedSignOff(String t) {
    for (int i = 1; i < t.length() - 1; i++) {
      if (SIGN_OFF_MARKS.indexOf(t.charAt(i)) >= 0 && "!.?,)".indexOf(t.charAt(i - 1)) >= 0 && isName(t.substring(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isName(String t) {
    String core = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    if (core.isEmpty() || core.length() > 12) {
      return false;
    }
    for (int i = 0; i < core.length(); i++) {
      if (!Character.isLetter(core.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "Ann," or "Ann :)" after a greeting: a capitalised word followed by punctuation. */
  private static boolean isGreetedName(String t, String next) {
    int n = 0;
    while (n < t.length() && Character.isLetter(t.charAt(n))) {
      n++;
    }
    if (n < 2 || !Character.isUpperCase(t.charAt(0)) || !Character.isLowerCase(t.charAt(1))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (!Character.isLowerCase(t.charAt(i))) {
        return false;
      }
    }
    boolean punctuated = n < t.length() ? ",.!?:;-".indexOf(t.charAt(n)) >= 0 : !next.isEmpty() && ",.!?:;-".indexOf(next.charAt(0)) >= 0;
    return punctuated;
  }

  private static String placeholderFor(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    int start = 0;
    while (start < lower.length() && "([\"'<".indexOf(lower.charAt(start)) >= 0) {
      start++;
    }
    if (lower.startsWith("http://", start) || lower.startsWith("https://", start) || lower.startsWith("www.", start)) {
      return "xurl";
    }
    int at = t.indexOf('@');
    if (at > start && t.indexOf('.', at) > at + 1) {
      return "xemail";
    }
    if (at == start && t.length() > start + 1 && (Character.isLetterOrDigit(t.charAt(start + 1)) || t.charAt(start + 1) == '_')) {
      return "xuser";
    }
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return "xnum";
      }
    }
    return null;
  }

  /** Appends the lower-cased words of a token ("we'll," → "we'll"; "mix-up" → "mix up"). */
  private static String appendWords(StringBuilder out, String token, String previous) {
    String last = previous;
    int i = 0;
    int n = token.length();
    while (i < n) {
      while (i < n && !isWordChar(token.charAt(i))) {
        i++;
      }
      int from = i;
      while (i < n && (isWordChar(token.charAt(i)) || isApostrophe(token.charAt(i)))) {
        i++;
      }
      int to = i;
      while (to > from && isApostrophe(token.charAt(to - 1))) {
        to--;
      }
      if (to > from) {
        String word = token.substring(from, to).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        append(out, word);
        last = word;
      }
    }
    return last;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static void append(StringBuilder out, String word) {
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(word);
  }

  /** Word bigrams, hashed, sorted, distinct; a one-word reply is its single word. */
  private static long[] shingle(String[] tokens) {
    if (tokens.length == 0) {
      return new long[0];
    }
    long[] hashes = new long[Math.max(1, tokens.length - 1)];
    if (tokens.length == 1) {
      hashes[0] = hash(tokens[0]);
    }
    for (int i = 0; i + 1 < tokens.length; i++) {
      hashes[i] = mix(hash(tokens[i]) * 31 + hash(tokens[i + 1]));
    }
    Arrays.sort(hashes);
    int n = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        hashes[n++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, n);
  }

  public String normalised() {
    return normalised;
  }

  /** Words of the reply itself, not counting what normalisation replaced (handles, numbers, …). */
  public int words() {
    return words;
  }

  public boolean isEmpty() {
    return shingles.length == 0;
  }

  /** 64-bit hash of the normalised text: replies that normalise alike share one signature row. */
  public long textHash() {
    return hash(normalised);
  }

  /** Exact Jaccard similarity of the two shingle sets. */
  public double jaccard(Fingerprint other) {
    long[] a = shingles;
    long[] b = other.shingles;
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  public long[] minHash() {
    long[] min = new long[HASHES];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int k = 0; k < HASHES; k++) {
        long h = mix(shingle ^ SEEDS[k]);
        if (h < min[k]) {
          min[k] = h;
        }
      }
    }
    return min;
  }

  /**
   * One key per band: the hash of that band's {@link #ROWS} MinHash values and its index. Two
   * replies with Jaccard s share at least one key with probability 1 - (1 - s^3)^20: 0.99998 at
   * 0.8, 0.9994 at 0.7, 0.992 at 0.6 (the default threshold), 0.93 at 0.5, and only 0.02 at 0.1,
   * so unrelated replies rarely become candidates.
   */
  public long[] bandKeys() {
    if (isEmpty()) {
      return new long[0];
    }
    long[] min = minHash();
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = 0x632BE59BD9B4E019L * (band + 1);
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ min[band * ROWS + r]);
      }
      keys[band] = h;
    }
    return keys;
  }

  static List<Long> boxed(long[] values) {
    List<Long> out = new ArrayList<>(values.length);
    for (long v : values) {
      out.add(v);
    }
    return out;
  }

  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
