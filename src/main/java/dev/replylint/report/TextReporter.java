package dev.replylint.report;

import dev.replylint.LintResult;
import dev.replylint.rules.Finding;
import dev.replylint.rules.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiler-style lines, one per finding, that editors and terminals can jump to:
 * {@code draft.txt:1:28: error [emoticon] emoticon ":(" in a brand reply; remove it}, then a
 * summary such as {@code 2 problems (1 error, 1 warning)}. A clean run prints nothing.
 */
public final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  private final PrintWriter out;
  private final ReportOptions options;

  public TextReporter(PrintWriter out, ReportOptions options) {
    this.out = out;
    this.options = options;
  }

  @Override
  public void result(LintResult result) {
    for (Finding finding : result.findings()) {
      if (options.quiet() && !finding.severity().atLeast(options.failOn())) {
        continue;
      }
      Finding f = options.redact() ? finding.redacted() : finding;
      out.println(line(result.name(), f));
    }
  }

  private String line(String name, Finding f) {
    String where = name + ":" + f.startPosition().line() + ":" + f.startPosition().column() + ":";
    String severity = f.severity().label();
    String rule = "[" + f.ruleId() + "]";
    if (options.color()) {
      where = BOLD + where + RESET;
      severity = colour(f.severity()) + severity + RESET;
      rule = DIM + rule + RESET;
    }
    return where + " " + severity + " " + rule + " " + f.message();
  }

  private static String colour(Severity s) {
    return switch (s) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
  }

  @Override
  public void finish(Summary summary) {
    if (!options.quiet() && summary.problems() > 0) {
      List<String> parts = new ArrayList<>();
      addCount(parts, summary.errors(), "error");
      addCount(parts, summary.warnings(), "warning");
      addCount(parts, summary.infos(), "info");
      out.println(plural(summary.problems(), "problem") + " (" + String.join(", ", parts) + ")");
    }
    out.flush();
  }

  private static void addCount(List<String> parts, long n, String noun) {
    if (n > 0) {
      parts.add(plural(n, noun));
    }
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 || noun.equals("info") ? "" : "s");
  }
}
