package dev.replylint.history;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

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

  private static final java.util.regex.Pattern URL =
      java.util.regex.Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final java.util.regex.Pattern HANDLE = java.util.regex.Pattern.compile("@\\w+");
  /** Order, ticket and case numbers, prices, dates, times: any token holding a digit. */
  private static final java.util.regex.Pattern NUMBERISH =
      java.util.regex.Pattern.compile("[#$£€]?[\\p{L}\\d_/.:-]*\\d[\\p{L}\\d_/.:-]*");
  /** "Hi Ann," / "Thanks, Sam!" — a capitalised word right after a greeting is a name. */
  private static final java.util.regex.Pattern GREETED_NAME =
      java.util.regex.Pattern.compile(
          "(?i:\\b(hi|hello|hey|dear|thanks|thank you|sorry)),?\\s+\\p{Lu}\\p{Ll}+\\b(?=\\s*[,.!?:;-])");
  /** Sign-offs such as "^JK", "-KC", "~ Sam", "*AB" at the end of a line. */
  private static final java.util.regex.Pattern SIGN_OFF =
      java.util.regex.Pattern.compile("(?m)(?:^|(?<=[\\s!.?,)]))[\\^~*\\-–—/]\\s*\\p{L}{1,12}(?:\\s+\\p{L}\\.?)?\\s*$");

  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}']+");

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

  static String normalise(String text, List<Pattern> placeholders) {
    String s = text;
    for (Pattern p : placeholders) {
      s = p.matcher(s).replaceAll(" xslot ");
    }
    s = replace(URL, s, " xurl ");
    s = replace(EMAIL, s, " xemail ");
    s = replace(HANDLE, s, " xuser ");
    s = replace(SIGN_OFF, s, " xsig ");
    s = GREETED_NAME.matcher(s).replaceAll("$1 xname");
    s = replace(NUMBERISH, s, " xnum ");
    s = s.toLowerCase(Locale.ROOT).replace('’', '\'');
    s = NON_WORD.matcher(s).replaceAll(" ");
    // Quotes around words are punctuation, apostrophes inside them ("we'll") are not.
    s = s.replaceAll("(^|\\s)'+|'+(\\s|$)", "$1$2");
    return s.trim().replaceAll("\\s+", " ");
  }

  private static String replace(java.util.regex.Pattern p, String s, String with) {
    Matcher m = p.matcher(s);
    return m.find() ? m.replaceAll(with) : s;
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
