package dev.replylint.text;

import java.util.Arrays;

/**
 * Converts UTF-16 offsets (what Java strings and the API use) to line and code-point column (what
 * editors and people use). A line ends at LF, CRLF or a lone CR, the way editors count them.
 */
public final class LineMap {
  private final String text;
  private final int[] lineStarts;

  /**
   * Offsets of the high surrogates that start a surrogate pair, ascending. A column is the UTF-16
   * distance from the line start less the pairs in between, so a position costs two binary searches
   * instead of a scan of the line: a 5 MB single-line draft full of emoji has as many findings as
   * emoji, and scanning for each made it quadratic.
   */
  private final int[] pairStarts;

  public LineMap(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (lineBreak) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
    this.pairStarts = surrogatePairStarts(text);
  }

  private static int[] surrogatePairStarts(String text) {
    int[] pairs = new int[0];
    int count = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (count == pairs.length) {
          pairs = Arrays.copyOf(pairs, Math.max(16, count * 2));
        }
        pairs[count++] = i;
        i++;
      }
    }
    return Arrays.copyOf(pairs, count);
  }

  /** Number of lines; an empty text has one (empty) line. */
  public int lineCount() {
    return lineStarts.length;
  }

  public Position position(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
    }
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    int column = codePointCount(lineStarts[line], offset) + 1;
    return new Position(line + 1, column);
  }

  /** Same as {@code text.codePointCount(begin, end)}: a pair counts once only when both halves are inside. */
  private int codePointCount(int begin, int end) {
    int pairsInside = Math.max(0, countPairsBefore(end - 1) - countPairsBefore(begin));
    return end - begin - pairsInside;
  }

  /** Number of pairs starting before {@code offset}. */
  private int countPairsBefore(int offset) {
    int index = Arrays.binarySearch(pairStarts, offset);
    return index >= 0 ? index : -index - 1;
  }

  /** The UTF-16 offset where the given 1-based line starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }
}
