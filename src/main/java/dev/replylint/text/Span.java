package dev.replylint.text;

/** A half-open range of UTF-16 offsets into the whole draft. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }
}
