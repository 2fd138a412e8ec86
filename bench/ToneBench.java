import dev.replylint.DraftInput;
import dev.replylint.LintResult;
import dev.replylint.Linter;
import dev.replylint.policy.Policy;
import dev.replylint.policy.PolicyLoader;
import dev.replylint.rules.BuiltinRules;
import dev.replylint.rules.Finding;
import dev.replylint.rules.RuleRegistry;
import dev.replylint.text.Draft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput of the tone rules over the real brand replies in ../shared/data/twcs-sample.csv
 * (each with the customer's post it answers, when the sample holds it), and where the time goes.
 *
 * <pre>
 *   mvn -q -DskipTests package
 *   java -cp target/replylint.jar bench/ToneBench.java [threads] [seconds] [--findings N]
 * </pre>
 *
 * Prints: drafts/s for the default policy on N threads; ms/draft for each tone rule alone (one
 * thread, models warm); the cost of the full OpenNLP pipeline on every draft for comparison; how
 * many replies each rule flags; and, with --findings, that many findings to read.
 */
public class ToneBench {
  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int show = 0;
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--findings")) {
        show = Integer.parseInt(args[i + 1]);
      }
    }
    Path csv = Path.of("../shared/data/twcs-sample.csv");
    if (!Files.exists(csv)) {
      System.out.println("skipped: " + csv + " is absent");
      return;
    }
    List<DraftInput> inputs = brandReplies(csv);
    System.out.printf(Locale.ROOT, "%d brand replies, %d with the customer's post%n", inputs.size(), inputs.stream().filter(d -> d.customerPost() != null).count());

    RuleRegistry registry = BuiltinRules.registry();
    Policy policy = new PolicyLoader(registry).bundled("default");
    Linter linter = Linter.create(policy, registry);
    System.out.println("rules: " + linter.ruleIds());

    // warm: load models, JIT
    for (int i = 0; i < 3; i++) {
      inputs.forEach(linter::lint);
    }
    double perSecond = throughput(linter, inputs, threads, seconds);
    System.out.printf(Locale.ROOT, "default policy: %.0f drafts/s on %d threads%n", perSecond, threads);

    System.out.println("\nwhere the time goes (one thread, each rule alone):");
    for (String rule : linter.ruleIds()) {
      Policy only = new PolicyLoader(registry).parse("bench", "version: 1\nrules:\n  " + rule + ": {}\n", null);
      Linter one = Linter.create(only, registry);
      double rate = throughput(one, inputs, 1, Math.max(2, seconds / 3));
      System.out.printf(Locale.ROOT, "  %-18s %8.1f µs/draft%n", rule, 1e6 / rate);
    }
    long start = System.nanoTime();
    int n = Math.min(inputs.size(), 500);
    for (int i = 0; i < n; i++) {
      Draft d = Draft.of(inputs.get(i).text());
      d.lemmas();
    }
    System.out.printf(Locale.ROOT, "  %-18s %8.1f µs/draft  (sentences+tokens+POS+lemmas on every draft, for comparison)%n", "full OpenNLP", (System.nanoTime() - start) / 1e3 / n);

    Map<String, Integer> fired = new TreeMap<>();
    List<String> samples = new ArrayList<>();
    int step = Math.max(1, inputs.size() / Math.max(1, show * 3));
    int index = 0;
    for (DraftInput input : inputs) {
      LintResult result = linter.lint(input);
      java.util.Set<String> rulesHere = new java.util.TreeSet<>();
      for (Finding f : result.findings()) {
        if (f.severity().atLeast(dev.replylint.rules.Severity.WARNING)) {
          rulesHere.add(f.ruleId());
        }
      }
      rulesHere.forEach(r -> fired.merge(r, 1, Integer::sum));
      if (show > 0 && samples.size() < show && index++ % step == 0) {
        for (Finding f : result.findings()) {
          if (f.severity().atLeast(dev.replylint.rules.Severity.WARNING) && samples.size() < show) {
            samples.add(String.format("[%s %s] %s\n      reply: %s\n      post:  %s", f.ruleId(), f.properties().getOrDefault("entry", ""), f.message(), input.text().replace('\n', ' '), String.valueOf(input.customerPost()).replace('\n', ' ')));
          }
        }
      }
    }
    System.out.println("\nreplies flagged (warning or above), of " + inputs.size() + ":");
    fired.forEach((rule, count) -> System.out.printf(Locale.ROOT, "  %-18s %5d  (%.1f%%)%n", rule, count, 100.0 * count / inputs.size()));
    if (show > 0) {
      System.out.println("\nsample findings:");
      samples.forEach(s -> System.out.println("  " + s));
    }
  }

  static double throughput(Linter linter, List<DraftInput> inputs, int threads, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<Long>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = t * 97;
      futures.add(
          pool.submit(
              () -> {
                long done = 0;
                int i = offset;
                while (System.nanoTime() < deadline) {
                  linter.lint(inputs.get(i++ % inputs.size()));
                  done++;
                }
                return done;
              }));
    }
    long total = 0;
    for (Future<Long> f : futures) {
      total += f.get();
    }
    pool.shutdown();
    return total / ((System.nanoTime() - start) / 1e9);
  }

  /** Brand replies (inbound False) with the text of the tweet they answer, when present. */
  static List<DraftInput> brandReplies(Path csv) throws Exception {
    List<List<String>> rows = parse(Files.readString(csv));
    List<String> header = rows.get(0);
    int id = header.indexOf("tweet_id");
    int inbound = header.indexOf("inbound");
    int text = header.indexOf("text");
    int replyTo = header.indexOf("in_response_to_tweet_id");
    Map<String, String> byId = new HashMap<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() > text) {
        byId.put(r.get(id), r.get(text));
      }
    }
    List<DraftInput> out = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() > replyTo && r.get(inbound).equals("False")) {
        String to = r.get(replyTo).replace(".0", "");
        out.add(new DraftInput("tweet " + r.get(id), r.get(text), byId.get(to), Map.of()));
      }
    }
    return out;
  }

  /** RFC 4180 records, by the reader `history import` uses. */
  static List<List<String>> parse(String data) {
    List<List<String>> rows = new ArrayList<>();
    new dev.replylint.history.CsvRecords(new java.io.StringReader(data)).forEachRemaining(rows::add);
    return rows;
  }
}
