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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When the customer's post is negative (a complaint, a problem), flags a reply that neither
 * apologises nor acknowledges how it feels: straight to "DM us your order number" reads as a
 * ticket number, not a person. The post's polarity comes from a word-polarity list with negation
 * ({@code Sentiment}); a post it reads as neutral still counts when it reports a problem in plain
 * words ("the engineer left mud all over my carpet", "why is my bill so high??"), by the shipped
 * {@code policies/lexicons/empathy-trouble.yaml}. Without the post the rule stays silent.
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
   * @param troubles problem reports told calmly, by language, merged by id over the shipped {@code
   *     policies/lexicons/empathy-trouble.yaml}
   * @param suggestion the opening to suggest prepending
   */
  public record Options(Map<String, LanguageLexicon> languages, Map<String, LanguageLexicon> troubles, String suggestion) {
    public Options {
      languages = Lexicons.withShipped("empathy", languages);
      troubles = Lexicons.withShipped("empathy-trouble", troubles);
      suggestion = suggestion == null ? "Sorry about this, we know how frustrating it is." : suggestion;
      if (suggestion.isBlank()) {
        throw new InvalidOptionException("suggestion", "cannot be blank");
      }
    }
  }

  private final Map<String, List<CompiledPhrase>> lexicons;
  private final Map<String, List<CompiledPhrase>> troubles;
  private final String suggestion;

  public EmpathyRule(Options options) {
    this.lexicons = Lexicons.compileAll(options.languages());
    this.troubles = Lexicons.compileAll(options.troubles());
    this.suggestion = options.suggestion();
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    Span whole = WholeDraft.trimmed(draft);
    if (whole == null || context.customerPost().isEmpty()) {
      return List.of();
    }
    Draft post = context.customerPost().get();
    Sentiment.Polarity polarity = Sentiment.of(post);
    if (polarity == Sentiment.Polarity.POSITIVE) {
      return List.of();
    }
    // a neutral post counts only if it reports a problem in some language's words; few do, and the
    // lexicon's word index skips most entries, so the reply's language and
    // acknowledgements are read only for those posts
    Set<String> reportedIn = Set.of();
    if (polarity == Sentiment.Polarity.NEUTRAL) {
      reportedIn = troubles.entrySet().stream().filter(reports -> PhraseFinder.any(post, reports.getValue())).map(Map.Entry::getKey).collect(Collectors.toSet());
      if (reportedIn.isEmpty()) {
        return List.of();
      }
    }
    String language = LanguageGate.languageOf(draft, lexicons.keySet());
    List<CompiledPhrase> acknowledgements = lexicons.get(language);
    if (polarity == Sentiment.Polarity.NEUTRAL) {
      // the problem must be told in the words of the reply's language, whose acknowledgements are read
      if (acknowledgements == null || !reportedIn.contains(language) || PhraseFinder.any(draft, acknowledgements)) {
        return List.of();
      }
    } else if (acknowledgements == null) {
      return List.of(LanguageGate.skipped(draft, context, language));
    } else if (PhraseFinder.any(draft, acknowledgements)) {
      return List.of();
    }
    return List.of(
        context
            .finding(draft, whole.start(), whole.end(), "the customer is unhappy and the reply neither apologises nor acknowledges it")
            .suggest(suggestion + " " + draft.slice(whole.start(), whole.end()))
            .build());
  }
}
