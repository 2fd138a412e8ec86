package dev.replylint.bench;

import dev.replylint.DraftInput;
import dev.replylint.Linter;
import dev.replylint.rules.BuiltinRules;
import dev.replylint.rules.RuleRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;

/**
 * Drafts per second through {@link Linter#lint}, counted two ways: per second of wall time (what
 * JMH's LintThroughput reports) and per second of the linting threads' own CPU time. On a machine
 * shared with other work the first falls with the load; the second says what a core given to
 * replylint gets through. Usage: {@code CpuThroughput [seconds per measurement] [threads...]};
 * {@code -Dreplylint.bench.posts=true} gives each reply the customer post it answers.
 */
public final class CpuThroughput {
  private CpuThroughput() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    List<Integer> threadCounts = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      threadCounts.add(Integer.parseInt(args[i]));
    }
    if (threadCounts.isEmpty()) {
      threadCounts = List.of(1, 2);
    }
    String rules = System.getProperty("replylint.bench.rules", "default");
    RuleRegistry registry = BuiltinRules.registry();
    Linter linter = Linter.create(LintThroughput.policy(registry, rules), registry);
    // With posts, the rules that read the customer's post (empathy, offer-privacy, help-offer) do
    // their whole work; without, they answer from the reply alone, as a bare `check` does.
    boolean withPosts = Boolean.getBoolean("replylint.bench.posts");
    List<BrandReplies.Reply> replies = BrandReplies.readWithPosts(BrandReplies.sample());
    DraftInput[] drafts = new DraftInput[replies.size()];
    int posts = 0;
    for (int i = 0; i < drafts.length; i++) {
      String post = withPosts ? replies.get(i).post() : null;
      posts += post == null ? 0 : 1;
      drafts[i] = new DraftInput("reply-" + i, replies.get(i).text(), post, Map.of());
    }
    System.out.printf(
        "%d brand replies (%d with the customer's post); rules: %s; %d CPUs%n",
        drafts.length, posts, String.join(", ", linter.ruleIds()), Runtime.getRuntime().availableProcessors());
    // Warm-up, not printed: until the JIT has compiled the rules, a draft costs several times more.
    for (int round = 0; round < 3; round++) {
      measure(linter, drafts, 2, seconds);
    }
    System.out.println("| threads | drafts/s (wall) | drafts/s per CPU-second |");
    System.out.println("|---:|---:|---:|");
    for (int threads : threadCounts) {
      double[] r = measure(linter, drafts, threads, seconds);
      System.out.printf("| %d | %,.0f | %,.0f |%n", threads, r[0], r[1]);
    }
  }

  /** Returns {drafts per wall second, drafts per CPU second of the linting threads}. */
  private static double[] measure(Linter linter, DraftInput[] drafts, int threads, double seconds) throws Exception {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long[] counts = new long[threads];
    long[] cpuNanos = new long[threads];
    CyclicBarrier start = new CyclicBarrier(threads + 1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      Thread worker =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                long cpuStart = cpu.getCurrentThreadCpuTime();
                long n = 0;
                int next = id * 997 % drafts.length;
                while (System.nanoTime() < deadline) {
                  for (int k = 0; k < 100; k++) {
                    linter.lint(drafts[next]);
                    next = next + 1 == drafts.length ? 0 : next + 1;
                  }
                  n += 100;
                }
                counts[id] = n;
                cpuNanos[id] = cpu.getCurrentThreadCpuTime() - cpuStart;
              });
      worker.start();
      workers.add(worker);
    }
    long wallStart = System.nanoTime();
    start.await();
    for (Thread worker : workers) {
      worker.join();
    }
    double wall = (System.nanoTime() - wallStart) / 1e9;
    long total = 0;
    long totalCpu = 0;
    for (int t = 0; t < threads; t++) {
      total += counts[t];
      totalCpu += cpuNanos[t];
    }
    return new double[] {total / wall, total / (totalCpu / 1e9)};
  }
}
