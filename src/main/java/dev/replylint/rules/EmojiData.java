package dev.replylint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Which code points are emoji, from {@code emoji-code-points.txt} (generated from Unicode's
 * {@code emoji-test.txt} via the jemoji library): for each, whether Unicode presents it as an
 * emoji or as text by default, and whether it pictures a face, heart, hand or person. Immutable;
 * loaded on first use by a draft that holds a character that could start an emoji, so most
 * drafts never pay for it, and small enough (a few hundred ranges) to load in about a millisecond.
 */
final class EmojiData {
  static final byte NOT_EMOJI = 0;
  /** Shown as an emoji by default (😀, ⌚). */
  static final byte EMOJI_PRESENTATION = 1;
  /** Shown as text unless followed by U+FE0F (©, ™, ↔, ☺). */
  static final byte TEXT_PRESENTATION = 2;
  /** Added to either: a face, heart, gesture or person, an emotion in any presentation. */
  static final byte EXPRESSIVE = 4;

  private final int[] firsts;
  private final int[] lasts;
  private final byte[] kinds;
  private final BitSet startUnits = new BitSet(1 << 16);

  private EmojiData(int[] firsts, int[] lasts, byte[] kinds) {
    this.firsts = firsts;
    this.lasts = lasts;
    this.kinds = kinds;
    for (int k = 0; k < firsts.length; k++) {
      if (Character.isBmpCodePoint(firsts[k])) {
        startUnits.set(firsts[k], Math.min(lasts[k], 0xFFFF) + 1);
      } else {
        startUnits.set(Character.highSurrogate(firsts[k]), Character.highSurrogate(lasts[k]) + 1);
      }
    }
  }

  private static final class Holder {
    static final EmojiData INSTANCE = load();
  }

  static EmojiData get() {
    return Holder.INSTANCE;
  }

  /**
   * A test that needs no table: every emoji code point lies in these ranges (a test checks this
   * against the table), so text without such characters never loads it.
   */
  static boolean mayStartEmoji(char c) {
    return c == 0xA9 || c == 0xAE || (c >= 0x203C && c <= 0x3299) || Character.isHighSurrogate(c);
  }

  /** True when this UTF-16 unit can begin an emoji code point (for a pair: its high half). */
  boolean mayStart(char c) {
    return startUnits.get(c);
  }

  /** The kind bits of a code point, {@link #NOT_EMOJI} when it is none. */
  byte kindOf(int cp) {
    int k = Arrays.binarySearch(firsts, cp);
    if (k < 0) {
      k = -k - 2;
    }
    return k >= 0 && cp <= lasts[k] ? kinds[k] : NOT_EMOJI;
  }

  int[][] ranges() {
    int[][] out = new int[firsts.length][];
    for (int k = 0; k < firsts.length; k++) {
      out[k] = new int[] {firsts[k], lasts[k]};
    }
    return out;
  }

  private static EmojiData load() {
    byte[] bytes;
    try (InputStream in = EmojiData.class.getResourceAsStream("emoji-code-points.txt")) {
      if (in == null) {
        throw new IllegalStateException("emoji-code-points.txt missing from the class path");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Parsed by hand, byte by byte: this runs once per JVM, usually cold, in the CLI's time budget.
    int lines = 0;
    for (byte b : bytes) {
      lines += b == '\n' ? 1 : 0;
    }
    int[] firsts = new int[lines];
    int[] lasts = new int[lines];
    byte[] kinds = new byte[lines];
    int rows = 0;
    int at = 0;
    while (at < bytes.length) {
      int lineEnd = at;
      while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
        lineEnd++;
      }
      if (lineEnd > at && bytes[at] != '#') {
        int first = 0;
        while (bytes[at] != '.' && bytes[at] != ';') {
          first = first * 16 + Character.digit(bytes[at++], 16);
        }
        int last = first;
        if (bytes[at] == '.') {
          at += 2;
          last = 0;
          while (bytes[at] != ';') {
            last = last * 16 + Character.digit(bytes[at++], 16);
          }
        }
        at++; // ';'
        int kind = bytes[at] == 'e' ? EMOJI_PRESENTATION : TEXT_PRESENTATION;
        while (bytes[at] != ';') {
          at++;
        }
        String group = new String(bytes, at + 1, lineEnd - at - 1, StandardCharsets.US_ASCII);
        if (group.equals("smileys-and-emotion") || group.equals("people-and-body")) {
          kind |= EXPRESSIVE;
        }
        firsts[rows] = first;
        lasts[rows] = last;
        kinds[rows] = (byte) kind;
        rows++;
      }
      at = lineEnd + 1;
    }
    return new EmojiData(Arrays.copyOf(firsts, rows), Arrays.copyOf(lasts, rows), Arrays.copyOf(kinds, rows));
  }
}
