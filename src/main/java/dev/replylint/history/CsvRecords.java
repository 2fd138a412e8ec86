package dev.replylint.history;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * RFC 4180 records, read one at a time: fields separated by commas, quoted fields may hold
 * commas, doubled quotes and line breaks. {@link #line()} is the line where the last record began,
 * for error messages.
 */
public final class CsvRecords implements Iterator<List<String>> {
  private final Reader in;
  private int lookahead = -2;
  private int line = 1;
  private int recordLine;

  public CsvRecords(Reader in) {
    this.in = in;
  }

  public int line() {
    return recordLine;
  }

  private int peek() {
    if (lookahead == -2) {
      try {
        lookahead = in.read();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lookahead;
  }

  private int read() {
    int c = peek();
    lookahead = -2;
    if (c == '\n') {
      line++;
    }
    return c;
  }

  @Override
  public boolean hasNext() {
    return peek() != -1;
  }

  @Override
  public List<String> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      int c = read();
      if (quoted) {
        if (c == -1) {
          throw new IllegalArgumentException("line " + recordLine + ": a quoted field is never closed");
        }
        if (c == '"') {
          if (peek() == '"') {
            read();
            field.append('"');
          } else {
            quoted = false;
          }
        } else {
          field.append((char) c);
        }
        continue;
      }
      if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' && peek() == '\n') {
        continue;
      } else if (c == '\n' || c == -1) {
        fields.add(field.toString());
        return fields;
      } else {
        field.append((char) c);
      }
    }
  }
}
