package dev.replylint.rules.tone;

import java.util.List;

/**
 * One lexicon entry as a policy writes it: a {@link TokenPattern}, patterns that cancel it where
 * they match the same words, what to tell the agent and a rewrite to offer. A policy entry with
 * the id of a shipped one overrides the fields it sets; {@code enabled: false} drops it.
 */
public record PhraseEntry(String match, List<String> except, String message, String suggest, Boolean enabled) {
  public PhraseEntry {
    except = except == null ? List.of() : List.copyOf(except);
  }

  /** This entry with the fields {@code override} sets taking precedence. */
  PhraseEntry overriddenBy(PhraseEntry override) {
    return new PhraseEntry(
        override.match != null ? override.match : match,
        override.except.isEmpty() ? except : override.except,
        override.message != null ? override.message : message,
        override.suggest != null ? override.suggest : suggest,
        override.enabled != null ? override.enabled : enabled);
  }

  boolean isEnabled() {
    return enabled == null || enabled;
  }
}
