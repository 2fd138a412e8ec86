package dev.replylint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LineMapTest {
  @Test
  void countsLfCrlfAndLoneCrAsLineBreaks() {
    String text = "ab\ncd\r\nef\rgh";
    LineMap map = new LineMap(text);
    assertEquals(4, map.lineCount());
    assertEquals(new Position(1, 1), map.position(0));
    assertEquals(new Position(2, 2), map.position(text.indexOf('d')));
    assertEquals(new Position(3, 1), map.position(text.indexOf('e')));
    assertEquals(new Position(4, 2), map.position(text.indexOf('h')));
    assertEquals(new Position(4, 3), map.position(text.length()));
  }

  @Test
  void columnsCountCodePointsNotUtf16Units() {
    String text = "😀😀 ok";
    LineMap map = new LineMap(text);
    assertEquals(new Position(1, 3), map.position(4));
    assertEquals(new Position(1, 4), map.position(5));
  }

  @Test
  void emptyTextHasOneLine() {
    LineMap map = new LineMap("");
    assertEquals(1, map.lineCount());
    assertEquals(new Position(1, 1), map.position(0));
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    LineMap map = new LineMap("abc");
    assertThrows(IndexOutOfBoundsException.class, () -> map.position(4));
    assertThrows(IndexOutOfBoundsException.class, () -> map.position(-1));
  }

  @Test
  void columnsAgreeWithCodePointCountEverywhere() {
    // pairs, lone surrogates of both kinds, a pair split by a line break, astral chars at line ends
    String text = "a😀\uD83D\n😀😀\uDE00x\r\n\uD83D\uDE00\uDE00\uD83D\n😀";
    LineMap map = new LineMap(text);
    int lineStart = 0;
    for (int offset = 0; offset <= text.length(); offset++) {
      Position p = map.position(offset);
      lineStart = map.lineStart(p.line());
      assertEquals(text.codePointCount(lineStart, offset) + 1, p.column(), "offset " + offset);
    }
  }

  @Test
  void longTextsCountColumnsAcrossCheckpointsAndSurrogatePairs() {
    StringBuilder sb = new StringBuilder();
    java.util.Random random = new java.util.Random(42);
    while (sb.length() < 10_000) {
      int pick = random.nextInt(10);
      sb.append(pick == 0 ? "\n" : pick == 1 ? "😀" : pick == 2 ? "\uD83D" : "x");
    }
    String text = sb.toString();
    LineMap map = new LineMap(text);
    int line = 1;
    int lineStart = 0;
    for (int offset = 0; offset <= text.length(); offset++) {
      assertEquals(new Position(line, text.codePointCount(lineStart, offset) + 1), map.position(offset), "offset " + offset);
      if (offset < text.length() && text.charAt(offset) == '\n') {
        line++;
        lineStart = offset + 1;
      }
    }
  }
}
