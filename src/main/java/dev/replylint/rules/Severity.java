package dev.replylint.rules;

import java.util.Locale;

/** How serious a finding is; also the policy's fail level. Ordered from most to least serious. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** True when this severity is as serious as {@code level} or more. */
  public boolean atLeast(Severity level) {
    return compareTo(level) <= 0;
  }

  /** The lower-case name used in policies, output and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a policy or command-line value; null when it names no severity. */
  public static Severity parse(String value) {
    for (Severity s : values()) {
      if (s.label().equals(value)) {
        return s;
      }
    }
    return null;
  }
}
