package dev.replylint.text;

import java.util.Arrays;

/**
 * Converts UTF-16 offsets (what Java strings and the API use) to line and code-point column (what
 * editors and people use). A line ends at LF, CRLF or a lone CR, the way editors count them.
 */
public final class LineMap {
  /** Code points are counted from checkpoints this many chars apart, so a column costs O(1). */
  private static final int BLOCK = 1024;

  private final String text;
  private final int[] lineStarts;
  private int[] blockStarts;
  private int[] codePointsBefore;

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
    int column = codePointsBefore(offset) - codePointsBefore(lineStarts[line]) + 1;
    return new Position(line + 1, column);
  }

  /**
   * Code points in text[0, offset), from the nearest checkpoint: counting from the line start
   * would make every finding on a long one-line draft cost the whole line.
   */
  private int codePointsBefore(int offset) {
    if (text.length() <= BLOCK) {
      return text.codePointCount(0, offset);
    }
    if (blockStarts == null) {
      int blocks = text.length() / BLOCK + 1;
      int[] starts = new int[blocks];
      int[] counts = new int[blocks];
      for (int b = 1; b < blocks; b++) {
        int start = b * BLOCK;
        // never split a surrogate pair, or the pair would be counted twice
        if (Character.isLowSurrogate(text.charAt(start)) && Character.isHighSurrogate(text.charAt(start - 1))) {
          start--;
        }
        starts[b] = start;
        counts[b] = counts[b - 1] + text.codePointCount(starts[b - 1], start);
      }
      blockStarts = starts;
      codePointsBefore = counts;
    }
    int block = offset / BLOCK;
    return codePointsBefore[block] + text.codePointCount(blockStarts[block], offset);
  }

  /** The UTF-16 offset where the given 1-based line starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }
}
