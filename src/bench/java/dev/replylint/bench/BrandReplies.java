package dev.replylint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

  static List<String> read(Path csv) throws IOException {
    if (!Files.isRegularFile(csv)) {
      throw new IOException(
          csv.toAbsolutePath().normalize()
              + " not found: the benchmarks read the twcs sample (see ../shared/data/README.md);"
              + " point -Dreplylint.bench.sample=FILE at a copy");
    }
    List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    int inbound = header.indexOf("inbound");
    int text = header.indexOf("text");
    if (inbound < 0 || text < 0) {
      throw new IOException(csv + ": no inbound or text column in " + header);
    }
    List<String> replies = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() > Math.max(inbound, text) && row.get(inbound).equals("False")) {
        replies.add(row.get(text));
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
