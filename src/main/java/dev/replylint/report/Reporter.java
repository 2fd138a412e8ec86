package dev.replylint.report;

import dev.replylint.LintResult;

/**
 * Turns results into one output format. Results arrive one at a time so a batch of millions is
 * never held in memory; {@link #finish} writes whatever closes the output. Reporters write only to
 * the writer they were given.
 */
public interface Reporter {
  void result(LintResult result);

  void finish(Summary summary);
}
