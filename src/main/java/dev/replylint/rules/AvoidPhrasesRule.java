package dev.replylint.rules;

import dev.replylint.rules.tone.CompiledPhrase;
import dev.replylint.rules.tone.LanguageLexicon;
import dev.replylint.rules.tone.LexiconFindings;
import dev.replylint.rules.tone.Lexicons;
import dev.replylint.text.Analysis;
import dev.replylint.text.Draft;
import java.util.List;
import java.util.Map;

/**
 * Flags phrases the brand's agents agreed not to send — "lol", "no worries", "we apologize for
 * any inconvenience", "we're sorry to hear about your experience", "per our policy" — each with
 * why and a replacement. The list is policy data ({@code policies/lexicons/avoid-phrases.yaml}),
 * matched on words so case, punctuation and contractions vary freely.
 */
@RuleInfo(
    id = "avoid-phrases",
    summary = "Phrases the brand has decided agents should not use, with a replacement for each.",
    severity = Severity.WARNING,
    rationale = "Canned and careless phrases (\"sorry for any inconvenience\", \"lol\") read as automated or flippant and escalate complaints.",
    source = "seed 001: point out things agents should avoid saying (\"lol\"?); seed 003 #6: generic \"We're sorry to hear about your experience\"",
    needs = {Analysis.LANGUAGE})
public final class AvoidPhrasesRule implements Rule {
  /**
   * @param languages phrase entries by language (match, except, message, suggest), merged by id
   *     over the shipped {@code policies/lexicons/avoid-phrases.yaml}
   */
  public record Options(Map<String, LanguageLexicon> languages) {
    public Options {
      languages = Lexicons.withShipped("avoid-phrases", languages);
    }
  }

  private final Map<String, List<CompiledPhrase>> lexicons;

  public AvoidPhrasesRule(Options options) {
    this.lexicons = Lexicons.compileAll(options.languages());
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    return LexiconFindings.report(draft, context, lexicons);
  }
}
