package dev.replylint.bench;

import dev.replylint.DraftInput;
import dev.replylint.LintResult;
import dev.replylint.Linter;
import dev.replylint.policy.Policy;
import dev.replylint.policy.PolicyLoader;
import dev.replylint.rules.BuiltinRules;
import dev.replylint.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Drafts per second through the engine ({@link Linter#lint}) in one JVM, over the real brand
 * replies of the twcs sample, one draft per operation; run with {@code -t 2} for two threads
 * sharing one linter (the score is then the total over both).
 *
 * <p>{@code rules} picks the policy: {@code default} is the bundled default policy; a rule id runs
 * the default policy with every other rule disabled, to see what each rule costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LintThroughput {
  @Param("default")
  public String rules;

  private Linter linter;
  private DraftInput[] drafts;

  @Setup
  public void setUp() throws IOException {
    RuleRegistry registry = BuiltinRules.registry();
    Policy policy = policy(registry, rules);
    linter = Linter.create(policy, registry);
    Path sample = BrandReplies.sample();
    List<String> replies = BrandReplies.read(sample);
    drafts = new DraftInput[replies.size()];
    for (int i = 0; i < drafts.length; i++) {
      drafts[i] = new DraftInput("reply-" + i, replies.get(i), null, Map.of());
    }
    System.out.printf(
        "%n%d brand replies from %s; rules: %s%n", drafts.length, sample, String.join(", ", linter.ruleIds()));
  }

  static Policy policy(RuleRegistry registry, String rules) {
    PolicyLoader loader = new PolicyLoader(registry);
    Policy defaults = loader.bundled("default");
    if (rules.equals("default")) {
      return defaults;
    }
    // one rule id, or several separated by commas (e.g. "emoticon,all-caps")
    List<String> kept = List.of(rules.split(","));
    for (String id : kept) {
      if (!defaults.rules().containsKey(id)) {
        throw new IllegalArgumentException("no rule " + id + " in the default policy: " + defaults.rules().keySet());
      }
    }
    StringBuilder yaml = new StringBuilder("version: 1\nextends: default\nrules:\n");
    for (String id : defaults.rules().keySet()) {
      if (!kept.contains(id)) {
        yaml.append("  ").append(id).append(": {enabled: false}\n");
      }
    }
    return loader.parse("only-" + rules, yaml.toString(), null);
  }

  /** Which draft a thread lints next: each thread walks the whole sample in order. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Benchmark
  public LintResult lintOneDraft(Cursor cursor) {
    DraftInput draft = drafts[cursor.next];
    cursor.next = cursor.next + 1 == drafts.length ? 0 : cursor.next + 1;
    return linter.lint(draft);
  }
}
