package dev.replylint.rules;

import dev.replylint.rules.tone.CompiledPhrase;
import dev.replylint.rules.tone.LanguageGate;
import dev.replylint.rules.tone.LanguageLexicon;
import dev.replylint.rules.tone.Lexicons;
import dev.replylint.rules.tone.PhraseFinder;
import dev.replylint.rules.tone.Sentiment;
import dev.replylint.rules.tone.WholeDraft;
import dev.replylint.text.Analysis;
import dev.replylint.text.Draft;
import dev.replylint.text.Span;
import java.util.List;
import java.util.Map;

/**
 * When the customer's post is negative (a complaint, a problem), flags a reply that neither
 * apologises nor acknowledges how it feels: straight to "DM us your order number" reads as a
 * ticket number, not a person. The post's polarity comes from a word-polarity list with negation
 * ({@code Sentiment}); without the post the rule stays silent.
 */
@RuleInfo(
    id = "empathy",
    summary = "A reply to an unhappy customer that neither apologises nor acknowledges the problem.",
    severity = Severity.WARNING,
    rationale = "An upset customer who gets a procedure without a word of acknowledgement feels processed, not heard, in front of everyone.",
    source = "seed 001: show empathy on negative comments; seed 003 #5: thank and apologise",
    needs = {Analysis.LANGUAGE},
    needsCustomerPost = true)
public final class EmpathyRule implements Rule {
  /**
   * @param languages acknowledgements and apologies by language, merged by id over the shipped
   *     {@code policies/lexicons/empathy.yaml}
   * @param suggestion the opening to suggest prepending
   */
  public record Options(Map<String, LanguageLexicon> languages, String suggestion) {
    public Options {
      languages = Lexicons.withShipped("empathy", languages);
      suggestion = suggestion == null ? "Sorry about this, we know how frustrating it is." : suggestion;
      if (suggestion.isBlank()) {
        throw new InvalidOptionException("suggestion", "cannot be blank");
      }
    }
  }

  private final Map<String, List<CompiledPhrase>> lexicons;
  private final String suggestion;

  public EmpathyRule(Options options) {
    this.lexicons = Lexicons.compileAll(options.languages());
    this.suggestion = options.suggestion();
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    Span whole = WholeDraft.trimmed(draft);
    if (whole == null || context.customerPost().isEmpty()) {
      return List.of();
    }
    if (Sentiment.of(context.customerPost().get()) != Sentiment.Polarity.NEGATIVE) {
      return List.of();
    }
    String language = LanguageGate.languageOf(draft, lexicons.keySet());
    List<CompiledPhrase> acknowledgements = lexicons.get(language);
    if (acknowledgements == null) {
      return List.of(LanguageGate.skipped(draft, context, language));
    }
    if (PhraseFinder.any(draft, acknowledgements)) {
      return List.of();
    }
    return List.of(
        context
            .finding(draft, whole.start(), whole.end(), "the customer is unhappy and the reply neither apologises nor acknowledges it")
            .suggest(suggestion + " " + draft.slice(whole.start(), whole.end()))
            .build());
  }
}
