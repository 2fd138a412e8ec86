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
import java.util.HashMap;
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
    List<List<String>> rows = BrandReplies.parse(Files.readString(BrandReplies.sample(), StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    int id = header.indexOf("tweet_id");
    int inbound = header.indexOf("inbound");
    int text = header.indexOf("text");
    int inReplyTo = header.indexOf("in_response_to_tweet_id");
    Map<String, String> posts = new HashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      posts.put(row.get(id), row.get(text));
    }
    int replies = 0;
    int findings = 0;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      for (List<String> row : rows.subList(1, rows.size())) {
        if (!row.get(inbound).equals("False")) {
          continue;
        }
        replies++;
        // "3.0": pandas wrote the id column as floats
        String parentId = row.get(inReplyTo).replaceAll("\\.0$", "");
        String post = posts.get(parentId);
        for (String post2 : post == null ? new String[] {null} : new String[] {null, post}) {
          String name = "tweet-" + row.get(id) + (post2 == null ? "" : "+post");
          for (Finding f : linter.lint(new DraftInput(name, row.get(text), post2, Map.of())).findings()) {
            w.printf("%s\t%s\t%d-%d\t%s\t%s%n", name, f.ruleId(), f.start(), f.end(), oneLine(f.text()), oneLine(f.message()));
            findings++;
          }
        }
      }
    }
    System.out.printf("%d brand replies, %d findings, written to %s%n", replies, findings, out);
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }
}
