package dev.replylint;

/**
 * A problem the user can fix (bad policy, unreadable input, bad option), reported as one line and
 * exit code 2 — never as a stack trace. The message is complete as it stands: it names the file
 * and, where there is one, the line and column.
 */
public class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
