package dev.replylint.rules;

import dev.replylint.rules.tone.CompiledPhrase;
import dev.replylint.rules.tone.LanguageGate;
import dev.replylint.rules.tone.LanguageLexicon;
import dev.replylint.rules.tone.Lexicons;
import dev.replylint.rules.tone.PhraseFinder;
import dev.replylint.text.Analysis;
import dev.replylint.text.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flags a reply that blames, lectures, dismisses or talks down to the customer: "you should have
 * read the FAQ", "as I already told you", "calm down", "did you even try…?", "thanks for nothing".
 *
 * <p>Entries are phrase patterns over words, lemmas and POS tags (see {@code policies/lexicons/
 * judgemental-tone.yaml}), so inflections, contractions and negation count ("you should've",
 * "you shouldn't have", "had you checked") while the brand blaming itself ("we should have caught
 * this") does not. Patterns name the grammar of blame — second person, a modal of obligation in the
 * perfect, any verb — rather than listing sentences, so they reach phrasings nobody wrote down.
 */
@RuleInfo(
    id = "judgemental-tone",
    summary = "Blame, condescension, lecturing, sarcasm and dismissal aimed at the customer.",
    severity = Severity.WARNING,
    rationale = "Talking down to a customer in public escalates the complaint and is read by everyone who follows the brand.",
    source = "seed 000: \"Don't judge or talk down to people\"; seed 003 #6: empathy over levity",
    needs = {Analysis.POS_TAGS, Analysis.LEMMAS, Analysis.LANGUAGE})
public final class JudgementalToneRule implements Rule {
  /**
   * @param languages lexicons by language code: word classes and phrase entries (match, except,
   *     message, suggest); merged by id over the shipped {@code policies/lexicons/judgemental-tone.yaml}
   */
  public record Options(Map<String, LanguageLexicon> languages) {
    public Options {
      languages = Lexicons.withShipped("judgemental-tone", languages);
    }
  }

  private final Map<String, List<CompiledPhrase>> lexicons;

  public JudgementalToneRule(Options options) {
    this.lexicons = Lexicons.compileAll(options.languages());
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    if (draft.text().isBlank()) {
      return List.of();
    }
    String language = LanguageGate.languageOf(draft, lexicons.keySet());
    List<CompiledPhrase> phrases = lexicons.get(language);
    if (phrases == null) {
      return List.of(LanguageGate.skipped(draft, context, language));
    }
    List<Finding> out = new ArrayList<>();
    for (PhraseFinder.Hit hit : PhraseFinder.find(draft, phrases)) {
      if (context.shared().insidePlaceholder(draft.text(), hit.start(), hit.end())) {
        continue;
      }
      RuleContext.FindingBuilder finding =
          context.finding(draft, hit.start(), hit.end(), hit.phrase().message()).property("entry", hit.phrase().id());
      if (hit.phrase().suggest() != null) {
        finding.suggest(hit.phrase().suggest());
      }
      out.add(finding.build());
    }
    return out;
  }
}
