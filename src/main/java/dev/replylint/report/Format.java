package dev.replylint.report;

import java.io.PrintWriter;

/** The output formats, by the name used on the command line. */
public enum Format {
  TEXT,
  JSON;

  public Reporter reporter(PrintWriter out, ReportOptions options) {
    return switch (this) {
      case TEXT -> new TextReporter(out, options);
      case JSON -> new JsonReporter(out, options);
    };
  }
}
