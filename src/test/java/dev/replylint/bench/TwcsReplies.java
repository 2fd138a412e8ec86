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

  /** RFC 4180 records, by the reader `history import` uses. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    new dev.replylint.history.CsvRecords(new java.io.StringReader(csv)).forEachRemaining(rows::add);
    return rows;
  }
}
