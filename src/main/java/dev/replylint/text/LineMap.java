package dev.replylint.text;

import java.util.Arrays;

/**
 * Converts UTF-16 offsets (what Java strings and the API use) to line and code-point column (what
 * editors and people use). A line ends at LF, CRLF or a lone CR, the way editors count them.
 */
public final class LineMap {
  private final String text;
  private final int[] lineStarts;

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
    int column = text.codePointCount(lineStarts[line], offset) + 1;
    return new Position(line + 1, column);
  }

  /** The UTF-16 offset where the given 1-based line starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }
}
