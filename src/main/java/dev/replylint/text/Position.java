package dev.replylint.text;

/**
 * A place in a draft as people count it: 1-based line, 1-based column in Unicode code points
 * (so an emoji or an accented letter typed as one character is one column, whatever its UTF-16
 * length).
 */
public record Position(int line, int column) {
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
