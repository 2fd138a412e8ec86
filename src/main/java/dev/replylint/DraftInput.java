package dev.replylint;

import java.util.Map;

/**
 * One reply to check.
 *
 * @param name how output names it: a file path, {@code <stdin>}, or a row id of a batch
 * @param text the reply
 * @param customerPost the post it answers, or null when unknown (rules that need it stay silent)
 * @param metadata facts from structured input: {@code agent}, {@code channel}, {@code sent-at}, …
 */
public record DraftInput(String name, String text, String customerPost, Map<String, String> metadata) {
  public DraftInput {
    metadata = Map.copyOf(metadata);
  }

  public static DraftInput of(String name, String text) {
    return new DraftInput(name, text, null, Map.of());
  }
}
