package dev.replylint.rules.privatedata;

/**
 * A piece of private data found in a draft: where it is, what kind it is ({@code email},
 * {@code phone}, {@code card}, …, or a policy pattern's name) and how it reads masked.
 */
public record DataMatch(int start, int end, String kind, String masked, int priority) {
  boolean overlaps(DataMatch other) {
    return start < other.end && other.start < end;
  }
}
