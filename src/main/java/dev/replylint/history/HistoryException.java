package dev.replylint.history;

import dev.replylint.UserError;

/** The history cannot be used as asked: not a replylint history, unreachable, newer schema, … */
public final class HistoryException extends UserError {
  private static final long serialVersionUID = 1L;

  public HistoryException(String message) {
    super(message);
  }

  public HistoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
