package dev.replylint.rules;

/**
 * Thrown from an options record's constructor when a value is out of range or malformed, naming
 * the option so the policy loader can point at its line. For list items, {@code index} says which.
 */
public final class InvalidOptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String option;
  private final int index;

  public InvalidOptionException(String option, String message) {
    this(option, -1, message);
  }

  public InvalidOptionException(String option, int index, String message) {
    super(message);
    this.option = option;
    this.index = index;
  }

  /** The option's key as written in the policy (kebab-case). */
  public String option() {
    return option;
  }

  /** Index of the offending list item, or -1. */
  public int index() {
    return index;
  }
}
