package dev.replylint.bench;

import dev.replylint.DraftInput;
import dev.replylint.Linter;
import dev.replylint.policy.Policy;
import dev.replylint.policy.PolicyLoader;
import dev.replylint.rules.BuiltinRules;
import dev.replylint.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Benchmark and corpus report for {@code private-data}, run by {@code bench/private-data.sh}:
 *
 * <ol>
 *   <li>the brand replies of the twcs sample: findings per kind (and, with {@code --show}, each
 *       finding for judging by hand; never committed), then throughput in drafts/s on one thread;
 *   <li>a policy whose patterns are catastrophic for backtracking engines ({@code (a+)+$}) on a 1 MB
 *       draft: the time it takes, which stays linear because every policy regex runs on RE2/J.
 * </ol>
 */
public final class PrivateDataBench {
  private PrivateDataBench() {}

  public static void main(String[] args) throws Exception {
    boolean show = List.of(args).contains("--show");
    String policyName = args.length > 0 && !args[0].startsWith("--") ? args[0] : "default";
    PolicyLoader loader = new PolicyLoader(BuiltinRules.registry());
    Policy policy = loader.bundled(policyName);
    Linter linter = Linter.create(policy, BuiltinRules.registry());
    System.out.println("policy: " + policyName + ", rules: " + linter.ruleIds());

    Path csv = TwcsReplies.DEFAULT;
    if (Files.exists(csv)) {
      List<String[]> replies = TwcsReplies.read(csv);
      Map<String, Integer> byKind = new TreeMap<>();
      int withFinding = 0;
      for (String[] reply : replies) {
        List<Finding> findings = linter.lint(DraftInput.of(reply[0], reply[2])).findings();
        if (!findings.isEmpty()) {
          withFinding++;
        }
        for (Finding f : findings) {
          byKind.merge(String.valueOf(f.properties().get("kind")), 1, Integer::sum);
          if (show) {
            System.out.println(reply[0] + " " + reply[1] + " [" + f.properties().get("kind") + "] «" + f.text() + "» in: " + reply[2].replace('\n', ' '));
          }
        }
      }
      System.out.printf("twcs brand replies: %d, with a private-data finding: %d, findings by kind: %s%n", replies.size(), withFinding, byKind);
      for (int warm = 0; warm < 3; warm++) {
        replies.forEach(r -> linter.lint(DraftInput.of(r[0], r[2])));
      }
      int rounds = 5;
      long t0 = System.nanoTime();
      for (int round = 0; round < rounds; round++) {
        replies.forEach(r -> linter.lint(DraftInput.of(r[0], r[2])));
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf("throughput (%s policy, one thread, %d rounds after 3 warm-up rounds): %.0f drafts/s%n", policyName, rounds, rounds * replies.size() / seconds);
    } else {
      System.out.println("skipped the twcs report: " + csv.toAbsolutePath() + " is absent");
    }

    String hostile =
        "version: 1\nrules:\n  private-data:\n    patterns:\n"
            + "      - {name: evil, regex: '(a+)+$'}\n      - {name: evil2, regex: '(a|aa)*b'}\n      - {name: evil3, regex: '(.*a){20}'}\n"
            + "    allow-patterns: ['(x+x+)+y']\n";
    Linter hostileLinter = Linter.create(loader.parse("hostile.yaml", hostile, null), BuiltinRules.registry());
    hostileLinter.lint(DraftInput.of("warm-up", "a".repeat(1000) + "!"));
    for (int kb : new int[] {256, 512, 1024}) {
      String draft = "a".repeat(kb * 1024) + "!";
      long t1 = System.nanoTime();
      int found = hostileLinter.lint(DraftInput.of(kb + "KB", draft)).findings().size();
      System.out.printf("hostile policy ((a+)+$, (a|aa)*b, (.*a){20}, (x+x+)+y) on %4d KB of 'a': %.2f s, %d findings%n", kb, (System.nanoTime() - t1) / 1e9, found);
    }
    String unit = "mail jo.k@example.org or call (312) 847-2291 about {{ref}}. ";
    for (int kb : new int[] {256, 1024}) {
      String dense = unit.repeat(kb * 1024 / unit.length());
      long t3 = System.nanoTime();
      int found = linter.lint(DraftInput.of("dense", dense)).findings().size();
      System.out.printf("%s policy on %4d KB dense with e-mails and phone numbers: %.2f s, %d findings%n", policyName, kb, (System.nanoTime() - t3) / 1e9, found);
    }
    for (int kb : new int[] {256, 1024}) {
      String sentence = "Thanks for reaching out, please DM us your order number and we'll check 0800 123 4567. ";
      String prose = sentence.repeat(kb * 1024 / sentence.length());
      long t2 = System.nanoTime();
      int found = hostileLinter.lint(DraftInput.of("prose", prose)).findings().size();
      System.out.printf("hostile policy on %4d KB of reply prose: %.2f s, %d findings%n", kb, (System.nanoTime() - t2) / 1e9, found);
    }
  }
}
