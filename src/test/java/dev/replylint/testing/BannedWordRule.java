package dev.replylint.testing;

import dev.replylint.rules.Finding;
import dev.replylint.rules.InvalidOptionException;
import dev.replylint.rules.Rule;
import dev.replylint.rules.RuleContext;
import dev.replylint.rules.RuleInfo;
import dev.replylint.rules.RuleRegistry;
import dev.replylint.rules.RuleType;
import dev.replylint.rules.Severity;
import dev.replylint.text.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A tiny rule for engine and policy tests, independent of the shipped rules. */
@RuleInfo(
    id = "banned-word",
    summary = "Flags words from a list.",
    severity = Severity.WARNING,
    rationale = "Test rule.",
    source = "tests")
public final class BannedWordRule implements Rule {
  public record Options(List<String> words, Integer maxLength) {
    public Options {
      words = words == null ? List.of("lol") : List.copyOf(words);
      maxLength = maxLength == null ? 20 : maxLength;
      if (maxLength < 1) {
        throw new InvalidOptionException("max-length", "must be at least 1");
      }
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i).isBlank()) {
          throw new InvalidOptionException("words", i, "a word cannot be blank");
        }
      }
    }
  }

  private final Options options;

  public BannedWordRule(Options options) {
    this.options = options;
  }

  public static RuleRegistry registry() {
    return new RuleRegistry(List.of(RuleType.of(BannedWordRule.class, Options.class, BannedWordRule::new)));
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    List<Finding> out = new ArrayList<>();
    String lower = draft.text().toLowerCase(Locale.ROOT);
    for (String word : options.words()) {
      int from = 0;
      for (int at; (at = lower.indexOf(word, from)) >= 0; from = at + word.length()) {
        out.add(context.finding(draft, at, at + word.length(), "\"" + word + "\" is banned").suggest("").build());
      }
    }
    return out;
  }
}
