package dev.replylint.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Unicode's emoji sequences (from {@code emoji-sequences.txt}, generated from the jemoji library's
 * copy of {@code emoji-test.txt}) as a trie over code points, for longest-match lookup while
 * scanning a draft. Immutable once built; loaded on first use by a draft that could hold an emoji,
 * so plain-ASCII drafts never pay for it.
 */
final class EmojiSequences {
  /** How Unicode qualifies a sequence in {@code emoji-test.txt}. */
  enum Qualification {
    FULLY_QUALIFIED,
    MINIMALLY_QUALIFIED,
    /** A code point whose default presentation is text (©, ™, ↔, ☺), written without U+FE0F. */
    UNQUALIFIED,
    /** Skin tones and hair styles on their own. */
    COMPONENT
  }

  /** A sequence ending at a trie node: how Unicode qualifies it and its CLDR group. */
  record Entry(Qualification qualification, String group, int codePoints) {
    /** Faces, hearts, gestures and people: a picture of an emotion even in text presentation. */
    boolean expressive() {
      return group.equals("smileys-and-emotion") || group.equals("people-and-body");
    }
  }

  private static final class Node {
    final Map<Integer, Node> next = new HashMap<>(4);
    Entry entry;
  }

  /** The lookup result: where the longest known sequence ends, and what it is. */
  record Match(int end, Entry entry) {}

  private final Node root = new Node();
  private final BitSet startChars = new BitSet(1 << 16);

  private EmojiSequences() {}

  private static final class Holder {
    static final EmojiSequences INSTANCE = load();
  }

  static EmojiSequences get() {
    return Holder.INSTANCE;
  }

  /**
   * A cheap test that needs no table: every emoji sequence starts with a code point in one of
   * these ranges (checked against the table by a test), so most text never loads the table.
   */
  static boolean mayStartEmoji(char c) {
    return c == 0xA9 || c == 0xAE || (c >= 0x203C && c <= 0x3299) || Character.isHighSurrogate(c);
  }

  /** True when the UTF-16 unit begins some emoji sequence (for a surrogate pair: its high half). */
  boolean startsWith(char c) {
    return startChars.get(c);
  }

  /** The longest sequence in the table starting at {@code from}, or null. */
  Match longest(CharSequence text, int from) {
    Node node = root;
    Match best = null;
    int at = from;
    int n = text.length();
    while (at < n) {
      int cp = Character.codePointAt(text, at);
      Node child = node.next.get(cp);
      if (child == null) {
        break;
      }
      node = child;
      at += Character.charCount(cp);
      if (node.entry != null) {
        best = new Match(at, node.entry);
      }
    }
    return best;
  }

  Iterable<Integer> firstCodePoints() {
    return root.next.keySet();
  }

  private static EmojiSequences load() {
    EmojiSequences table = new EmojiSequences();
    try (InputStream in = EmojiSequences.class.getResourceAsStream("emoji-sequences.txt")) {
      if (in == null) {
        throw new IllegalStateException("emoji-sequences.txt missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          table.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  private void add(String line) {
    int semi = line.indexOf(';');
    int semi2 = line.indexOf(';', semi + 1);
    String[] hex = line.substring(0, semi).split(" ");
    Qualification q = Qualification.valueOf(line.substring(semi + 1, semi2).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    Node node = root;
    for (String h : hex) {
      int cp = Integer.parseInt(h, 16);
      node = node.next.computeIfAbsent(cp, k -> new Node());
    }
    node.entry = new Entry(q, line.substring(semi2 + 1), hex.length);
    int first = Integer.parseInt(hex[0], 16);
    startChars.set(Character.isBmpCodePoint(first) ? first : Character.highSurrogate(first));
  }
}
