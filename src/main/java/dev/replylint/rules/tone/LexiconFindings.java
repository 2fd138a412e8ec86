package dev.replylint.rules.tone;

import dev.replylint.rules.Finding;
import dev.replylint.rules.RuleContext;
import dev.replylint.text.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every "flag the phrases of a lexicon" rule does: pick the draft's language (one info note
 * when the rule has no lexicon for it), find the entries, skip template placeholders, and report
 * each hit with its entry's message, its suggestion and its id as the {@code entry} property.
 */
public final class LexiconFindings {
  private LexiconFindings() {}

  public static List<Finding> report(Draft draft, RuleContext context, Map<String, List<CompiledPhrase>> lexicons) {
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
      if (context.shared().insidePlaceholder(draft, hit.start(), hit.end())) {
        continue;
      }
      out.add(finding(draft, context, hit));
    }
    return out;
  }

  /** The finding for one phrase hit: the entry's message, its rewrite if it has one, its id. */
  public static Finding finding(Draft draft, RuleContext context, PhraseFinder.Hit hit) {
    RuleContext.FindingBuilder finding =
        context.finding(draft, hit.start(), hit.end(), hit.phrase().message()).property("entry", hit.phrase().id());
    if (hit.phrase().suggest() != null) {
      finding.suggest(hit.phrase().suggest());
    }
    return finding.build();
  }
}
