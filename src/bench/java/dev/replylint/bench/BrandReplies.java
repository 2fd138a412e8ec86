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

  /** Records of fields; a line break ends a record only outside quotes. */
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
      } else if (c == '\n' || (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n')) {
        if (c == '\r') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
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
