package dev.replylint.report;

import dev.replylint.rules.Severity;

/**
 * How to print: {@code redact} masks matched text in every field; {@code quiet} keeps only
 * findings at or above the fail level and drops the summary line; {@code color} adds ANSI colours.
 */
public record ReportOptions(boolean color, boolean redact, boolean quiet, Severity failOn, String policyOrigin) {}
