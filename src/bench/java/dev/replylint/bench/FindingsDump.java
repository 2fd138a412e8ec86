package dev.replylint.bench;

import dev.replylint.DraftInput;
import dev.replylint.Linter;
import dev.replylint.rules.BuiltinRules;
import dev.replylint.rules.Finding;
import dev.replylint.rules.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every finding of a policy (default: the bundled default policy, or {@code
 * -Dreplylint.bench.rules}) over the brand replies of the twcs sample, each reply checked once
 * alone and once with the customer's post it answers, one finding a line: the differential check
 * of bench/differential.sh, which compares two such dumps so a speed change that alters a finding
 * shows. Usage: {@code FindingsDump OUTPUT-FILE}.
 */
public final class FindingsDump {
  private FindingsDump() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench/findings.tsv");
    RuleRegistry registry = BuiltinRules.registry();
    Linter linter = Linter.create(LintThroughput.policy(registry, System.getProperty("replylint.bench.rules", "default")), registry);
    List<BrandReplies.Reply> replies = BrandReplies.readWithPosts(BrandReplies.sample());
    int findings = 0;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      for (BrandReplies.Reply reply : replies) {
        for (String post : reply.post() == null ? new String[] {null} : new String[] {null, reply.post()}) {
          String name = "tweet-" + reply.id() + (post == null ? "" : "+post");
          for (Finding f : linter.lint(new DraftInput(name, reply.text(), post, Map.of())).findings()) {
            w.printf("%s\t%s\t%d-%d\t%s\t%s%n", name, f.ruleId(), f.start(), f.end(), oneLine(f.text()), oneLine(f.message()));
            findings++;
          }
        }
      }
    }
    System.out.printf("%d brand replies, %d findings, written to %s%n", replies.size(), findings, out);
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }
}
