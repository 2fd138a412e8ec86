package dev.replylint.cli;

/** The exit codes replylint promises (README "Exit codes", man page EXIT STATUS). */
public final class ExitCodes {
  /** No finding at or above the fail level. */
  public static final int CLEAN = 0;

  /** At least one finding at or above the fail level. */
  public static final int VIOLATIONS = 1;

  /** Bad usage, a bad policy, unreadable input, or an internal error: nothing was judged. */
  public static final int ERROR = 2;

  private ExitCodes() {}
}
