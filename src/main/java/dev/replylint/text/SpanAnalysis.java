package dev.replylint.text;

import java.util.List;

/**
 * OpenNLP's tokens, UD POS tags and lemmas for one stretch of a draft (usually a sentence), so a
 * rule can pay for the models only where a cheap scan found something worth a closer look.
 * Token offsets are into the whole draft.
 */
public record SpanAnalysis(Span span, List<Token> tokens, List<String> tags, List<String> lemmas) {
  public SpanAnalysis {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    lemmas = List.copyOf(lemmas);
  }
}
