package dev.replylint;

import dev.replylint.history.HistoryLookup;
import dev.replylint.policy.Policy;
import dev.replylint.policy.RuleSettings;
import dev.replylint.rules.Finding;
import dev.replylint.rules.Rule;
import dev.replylint.rules.RuleContext;
import dev.replylint.rules.RuleRegistry;
import dev.replylint.rules.RuleType;
import dev.replylint.text.Analysis;
import dev.replylint.text.Draft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The engine: built once from a policy, then asked to check any number of drafts from any number
 * of threads. The CLI, the batch audit and a service all go through {@link #lint}.
 */
public final class Linter {
  /** By start, end, then rule id. A class, not comparator lambdas, which cost JDK 17 start-up. */
  private static final Comparator<Finding> ORDER =
      new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
          if (a.start() != b.start()) {
            return Integer.compare(a.start(), b.start());
          }
          if (a.end() != b.end()) {
            return Integer.compare(a.end(), b.end());
          }
          return a.ruleId().compareTo(b.ruleId());
        }
      };

  private final Policy policy;
  private final List<ConfiguredRule> rules;
  private final HistoryLookup history;

  private record ConfiguredRule(RuleType<?> type, RuleSettings settings, Rule rule) {}

  private Linter(Policy policy, List<ConfiguredRule> rules, HistoryLookup history) {
    this.policy = policy;
    this.rules = List.copyOf(rules);
    this.history = history;
  }

  /** A linter running the policy's enabled rules, taken from the registry. */
  public static Linter create(Policy policy, RuleRegistry registry) {
    return create(policy, registry, HistoryLookup.NONE);
  }

  /** The same, with earlier replies for rules that compare a draft with them ({@code sameness}). */
  public static Linter create(Policy policy, RuleRegistry registry, HistoryLookup history) {
    List<ConfiguredRule> rules = new ArrayList<>();
    for (RuleSettings settings : policy.rules().values()) {
      if (!settings.enabled()) {
        continue;
      }
      RuleType<?> type = registry.find(settings.id()).orElse(null);
      if (type == null) {
        throw new IllegalArgumentException("policy names unknown rule " + settings.id());
      }
      rules.add(new ConfiguredRule(type, settings, type.create(settings.options())));
    }
    return new Linter(policy, rules, history);
  }

  public Policy policy() {
    return policy;
  }

  /** Ids of the rules that run, alphabetical. */
  public List<String> ruleIds() {
    return rules.stream().map(r -> r.type().id()).toList();
  }

  /** Everything the enabled rules will ask of a draft; a service warms these models at start. */
  public Set<Analysis> needs() {
    Set<Analysis> needs = EnumSet.noneOf(Analysis.class);
    rules.forEach(r -> needs.addAll(List.of(r.type().info().needs())));
    return needs;
  }

  public LintResult lint(DraftInput input) {
    Draft draft = Draft.of(input.text());
    Draft customerPost = input.customerPost() == null ? null : Draft.of(input.customerPost());
    List<Finding> findings = new ArrayList<>();
    HistoryLookup earlier = history.excluding(input.name());
    for (ConfiguredRule configured : rules) {
      RuleContext context =
          new RuleContext(
              configured.type().id(),
              configured.settings().severity(),
              policy.shared(),
              customerPost,
              input.metadata(),
              earlier);
      try {
        findings.addAll(configured.rule().check(draft, context));
      } catch (RuntimeException e) {
        throw new RuleFailedException(configured.type().id(), input.name(), e);
      }
    }
    findings.sort(ORDER);
    return new LintResult(input.name(), findings);
  }

  /** A rule threw: a bug in replylint, reported with the rule and input so it can be reproduced. */
  public static final class RuleFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RuleFailedException(String ruleId, String inputName, Throwable cause) {
      super("rule " + ruleId + " failed on " + inputName + ": " + cause, cause);
    }
  }
}
