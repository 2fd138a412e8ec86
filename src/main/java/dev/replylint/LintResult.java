package dev.replylint;

import dev.replylint.rules.Finding;
import dev.replylint.rules.Severity;
import java.util.List;

/** The findings for one draft, ordered by position, then rule id. */
public record LintResult(String name, List<Finding> findings) {
  public LintResult {
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** True when some finding is at or above the level. */
  public boolean fails(Severity level) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(level));
  }
}
