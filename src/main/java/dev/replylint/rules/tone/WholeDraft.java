package dev.replylint.rules.tone;

import dev.replylint.text.Draft;
import dev.replylint.text.Span;
import dev.replylint.text.Words;

/** Helpers for rules whose finding covers the whole draft, or a sentence of it. */
public final class WholeDraft {
  private WholeDraft() {}

  /** The draft without leading and trailing white space, as a span; null for a blank draft. */
  public static Span trimmed(Draft draft) {
    String text = draft.text();
    int start = text.length() - text.stripLeading().length();
    int end = text.stripTrailing().length();
    return end > start ? new Span(start, end) : null;
  }

  /** The scanned sentence holding the offset, or null. */
  public static Words sentenceAt(Draft draft, int offset) {
    for (Words w : draft.scannedSentences()) {
      if (w.span().start() <= offset && offset < w.span().end()) {
        return w;
      }
    }
    return null;
  }

  /** True when any word of the draft is one of these forms. */
  public static boolean anyForm(Draft draft, java.util.Set<String> forms) {
    for (Words w : draft.scannedSentences()) {
      if (anyForm(w, forms)) {
        return true;
      }
    }
    return false;
  }

  public static boolean anyForm(Words words, java.util.Set<String> forms) {
    for (int i = 0; i < words.size(); i++) {
      if (forms.contains(words.form(i))) {
        return true;
      }
    }
    return false;
  }
}
