package dev.replylint.rules.tone;

import java.util.List;

/** A lexicon entry ready to match: its id, pattern, cancelling patterns, message and rewrite. */
public record CompiledPhrase(String id, TokenPattern match, List<TokenPattern> except, String message, String suggest) {
  public CompiledPhrase {
    except = List.copyOf(except);
  }

  boolean usesTags() {
    return match.usesTags() || except.stream().anyMatch(TokenPattern::usesTags);
  }
}
