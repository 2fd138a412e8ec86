package dev.replylint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The brand replies ({@code inbound} False) of the development corpus at
 * {@code ../shared/data/twcs-sample.csv}, read in place: the corpus is never copied into the repo.
 */
public final class TwcsReplies {
  public static final Path DEFAULT = Path.of("../shared/data/twcs-sample.csv");

  private TwcsReplies() {}

  /** Brand replies as {tweet_id, author_id, text}. */
  public static List<String[]> read(Path csv) throws IOException {
    List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));
    List<String[]> replies = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() >= 6 && row.get(3).equals("False")) {
        replies.add(new String[] {row.get(1), row.get(2), row.get(5)});
      }
    }
    return replies;
  }

  /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r' || i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
