package dev.replylint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The brand replies ({@code inbound} False) of the Customer Support on Twitter sample, read from
 * its CSV as written by pandas: RFC 4180 quoting, with commas, quotes ({@code ""}) and line breaks
 * inside quoted fields.
 */
final class BrandReplies {
  /** Relative to the repository root, where the benchmarks run from; the data is never copied in. */
  static final Path DEFAULT_SAMPLE = Path.of("../shared/data/twcs-sample.csv");

  private BrandReplies() {}

  static Path sample() {
    String configured = System.getProperty("replylint.bench.sample");
    return configured != null ? Path.of(configured) : DEFAULT_SAMPLE;
  }

  /** A brand reply (its tweet id and text) and the customer post it answers (null when the sample lacks it). */
  record Reply(String id, String text, String post) {}

  static List<String> read(Path csv) throws IOException {
    return readWithPosts(csv).stream().map(Reply::text).toList();
  }

  static List<Reply> readWithPosts(Path csv) throws IOException {
    if (!Files.isRegularFile(csv)) {
      throw new IOException(
          csv.toAbsolutePath().normalize()
              + " not found: the benchmarks read the twcs sample (see ../shared/data/README.md);"
              + " point -Dreplylint.bench.sample=FILE at a copy");
    }
    List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    int id = header.indexOf("tweet_id");
    int inbound = header.indexOf("inbound");
    int text = header.indexOf("text");
    int answers = header.indexOf("in_response_to_tweet_id");
    if (id < 0 || inbound < 0 || text < 0 || answers < 0) {
      throw new IOException(csv + ": no tweet_id, inbound, text or in_response_to_tweet_id column in " + header);
    }
    int width = Math.max(Math.max(id, inbound), Math.max(text, answers));
    Map<String, String> textById = new HashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() > width) {
        textById.put(row.get(id), row.get(text));
      }
    }
    List<Reply> replies = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() > width && row.get(inbound).equals("False")) {
        // pandas wrote the float column as "3.0"
        String answered = row.get(answers).replaceFirst("\\.0$", "");
        replies.add(new Reply(row.get(id), row.get(text), textById.get(answered)));
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
