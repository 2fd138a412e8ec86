package dev.replylint.policy;

import dev.replylint.UserError;

/** A policy that cannot be used, reported as {@code file:line:col: message}. */
public final class PolicyException extends UserError {
  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;

  public PolicyException(SourceLocation location, String message) {
    super(location + ": " + message);
    this.location = location;
  }

  public SourceLocation location() {
    return location;
  }
}
