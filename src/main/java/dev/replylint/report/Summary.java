package dev.replylint.report;

import dev.replylint.LintResult;
import dev.replylint.rules.Finding;
import dev.replylint.rules.Severity;

/** Totals over a run; {@link #failed()} decides exit code 1. */
public final class Summary {
  private final Severity failOn;
  private long inputs;
  private long errors;
  private long warnings;
  private long infos;
  private boolean failed;

  public Summary(Severity failOn) {
    this.failOn = failOn;
  }

  public void add(LintResult result) {
    inputs++;
    for (Finding f : result.findings()) {
      switch (f.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case INFO -> infos++;
      }
      failed |= f.severity().atLeast(failOn);
    }
  }

  public Severity failOn() {
    return failOn;
  }

  public long inputs() {
    return inputs;
  }

  public long problems() {
    return errors + warnings + infos;
  }

  public long errors() {
    return errors;
  }

  public long warnings() {
    return warnings;
  }

  public long infos() {
    return infos;
  }

  public boolean failed() {
    return failed;
  }
}
