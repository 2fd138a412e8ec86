package dev.replylint.rules.tone;

import dev.replylint.rules.Finding;
import dev.replylint.rules.RuleContext;
import dev.replylint.rules.Severity;
import dev.replylint.text.Draft;
import java.util.Set;

/**
 * Keeps lexicon rules to the languages their lexicons cover: a Spanish reply is not rude because
 * no English phrase of politeness occurs in it. Such a draft gets one {@code info} note from the
 * rule instead of false findings.
 */
public final class LanguageGate {
  private LanguageGate() {}

  /** The language code to use for the draft, from the lexicon languages the rule has. */
  public static String languageOf(Draft draft, Set<String> covered) {
    if (covered.size() == 1 && !covered.contains(DraftLanguage.ENGLISH)) {
      return covered.iterator().next();
    }
    return DraftLanguage.of(draft);
  }

  /** The info note for a draft in a language the rule has no lexicon for. */
  public static Finding skipped(Draft draft, RuleContext context, String language) {
    String trimmedEndText = draft.text().stripTrailing();
    int start = draft.text().length() - draft.text().stripLeading().length();
    int end = Math.max(start, trimmedEndText.length());
    return context
        .finding(
            draft,
            start,
            end,
            "draft is not in a language " + context.ruleId() + " has a lexicon for (detected: " + DraftLanguage.name(language) + "), so it was not checked")
        .atMost(Severity.INFO)
        .property("language", language)
        .build();
  }
}
