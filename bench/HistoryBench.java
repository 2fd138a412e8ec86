import dev.replylint.history.CsvRecords;
import dev.replylint.history.EarlierReply;
import dev.replylint.history.Fingerprint;
import dev.replylint.history.HistoryStore;
import dev.replylint.history.MemoryHistory;
import dev.replylint.history.NewReply;
import dev.replylint.history.SimilarityQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Figures for the history (not a test): import rate, lookup latency, size and heap with N replies
 * in SQLite (and optionally PostgreSQL), LSH recall against brute-force exact Jaccard, and the
 * precision of the finding on labelled pairs.
 *
 * <pre>
 * bench/history-bench.sh [replies] [pg-url] [pg-replies]     (replies -1: only recall and precision)
 * -Dexisting=FILE: only lookups on an existing history; -DskipRecall=true: no recall and precision
 * -Dqueries=N: recall queries (default 3000)
 * </pre>
 */
public final class HistoryBench {
  static final double THRESHOLD = 0.6;
  static final int QUERIES = Integer.getInteger("queries", 3000);

  static final String[] GREETINGS = {"Hi @%s,", "Hello @%s!", "Hey @%s,", "@%s Hi there,", "@%s", "Hi %s,", "Thanks for reaching out @%s,", "@%s Hello,"};
  static final String[] OPENERS = {
    "we're sorry to hear about the trouble with your %s.", "thanks for letting us know about your %s.",
    "that's not what we want to hear about your %s.", "we understand how frustrating the %s must be.",
    "we'd be happy to help with your %s.", "sorry for the wait on your %s.", "we hear you about the %s.",
    "great question about the %s!", "we appreciate your patience with the %s.", "oh no, sorry the %s let you down.",
    "thanks for the heads up on the %s.", "we can definitely look into the %s for you.",
  };
  static final String[] NOUNS = {
    "order", "delivery", "refund", "bill", "account", "login", "router", "app", "flight", "booking", "room", "card",
    "subscription", "parcel", "phone", "battery", "screen", "menu", "reservation", "return", "exchange", "voucher",
    "upgrade", "connection", "invoice", "payment", "password", "laptop", "tablet", "charger", "seat", "luggage",
    "coffee", "sandwich", "store visit", "warranty", "repair", "installation", "appointment", "membership"};
  static final String[] ACTIONS = {
    "Please DM us your order number %s and we'll take a look.", "Could you send us a DM with the email on the account?",
    "Please follow us so we can send you a direct message.", "Our team will email you within 24 hours about %s.",
    "Please reach us by phone or chat here: https://help.example.com/%s", "We've sent you a DM with the next steps.",
    "A replacement has been arranged and ships tomorrow, ref %s.", "Please try restarting it and let us know how it goes.",
    "We've passed this on to the team at the store.", "Your case %s has been escalated to our specialists.",
    "Please fill in the form at https://example.com/r/%s so we can help.", "Let's chat in DM so we can sort it out.",
    "We've added a credit of $%s to your account.", "Please check the settings page and update the app.",
    "The fix is rolling out this week.", "Our engineers are on it right now.",
  };
  static final String[] CLOSES = {"", "Thanks for your patience!", "Have a great day!", "Talk soon!", "Cheers!", "We're here if you need anything else.", "Thanks again!", "Sorry again for the hassle."};
  static final String[] SIGNS = {"", " ^JK", " -Becky", " ~AT", " ^MS", " -Sam", " /CH", " ^RT"};
  static final String[] NAMES = {"ann", "bob", "carla", "dmitri", "Priya", "Lee", "Omar", "Yuki", "Zoe", "Ravi", "Nia", "Tom"};

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String pgUrl = args.length > 1 ? args[1] : null;
    Path csv = Path.of("../shared/data/twcs-sample.csv");
    List<String> brand = Files.exists(csv) ? brandReplies(csv) : List.of();
    if (brand.isEmpty()) {
      System.out.println("note: ../shared/data/twcs-sample.csv absent; generating from templates only");
    }
    Path dir = Files.createTempDirectory("replylint-bench");
    Path db = dir.resolve("history.db");

    List<String> drafts = drafts(brand, 10_000, 7);
    if (System.getProperty("existing") != null) {
      try (HistoryStore store = HistoryStore.open(System.getProperty("existing"), false)) {
        System.out.println("existing store: " + store.stats());
        lookups("SQLite", store, drafts);
      }
      return;
    }
    // A negative count measures only recall and precision.
    if (total > 0) {
      sqlite(total, brand, db, drafts);
    }
    if (pgUrl != null) {
      int pgTotal = args.length > 2 ? Integer.parseInt(args[2]) : total;
      long p0 = System.nanoTime();
      long c0 = processCpu();
      try (HistoryStore store = HistoryStore.open(pgUrl, true)) {
        long n = store.addAll(() -> generate(pgTotal, brand, 42), List.of());
        double s = (System.nanoTime() - p0) / 1e9;
        System.out.printf("PostgreSQL import: %,d replies in %.1f s = %,.0f replies/s (client JVM CPU %.1f s; the server's CPU is not counted)%n",
            n, s, n / s, (processCpu() - c0) / 1e9);
        lookups("PostgreSQL", store, drafts);
      }
    }
    if (total != 0 && !Boolean.getBoolean("skipRecall")) {
      recall(brand, dir.resolve("recall.db"));
      precision();
    }
    System.out.println("bench files in " + dir + " (delete when done)");
  }

  static void sqlite(int total, List<String> brand, Path db, List<String> drafts) throws IOException {
    System.gc();
    long t0 = System.nanoTime();
    long c0 = CPU.getCurrentThreadCpuTime();
    long p0 = processCpu();
    long imported;
    try (HistoryStore store = HistoryStore.open(db.toString(), true)) {
      imported = store.addAll(() -> generate(total, brand, 42), List.of());
    }
    double importSeconds = (System.nanoTime() - t0) / 1e9;
    double importCpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
    double importProcessCpu = (processCpu() - p0) / 1e9;
    long size = Files.size(db) + sizeIfExists(Path.of(db + "-wal"));
    System.out.printf("SQLite import: %,d replies in %.1f s wall = %,.0f replies/s; writer thread %.1f s CPU = %,.0f replies per CPU second;"
        + " whole JVM (writer, fingerprinting thread, GC, JIT) %.1f s CPU = %,.0f replies per CPU second; store %,d bytes (%.1f MB, %.0f bytes/reply)%n",
        imported, importSeconds, imported / importSeconds, importCpu, imported / importCpu, importProcessCpu, imported / importProcessCpu,
        size, size / 1e6, (double) size / imported);
    System.out.println("load average while measuring: " + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
        + " on " + Runtime.getRuntime().availableProcessors() + " CPUs");

    try (HistoryStore store = HistoryStore.open(db.toString(), false)) {
      System.out.println("SQLite stats: " + store.stats());
      lookups("SQLite", store, drafts);
    }
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long peak = 0;
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("heap: %.1f MB live after import and lookups (after GC), peak pool usage %.1f MB (-Xmx %d MB)%n",
        (rt.totalMemory() - rt.freeMemory()) / 1e6, peak / 1e6, rt.maxMemory() >> 20);

  }

  static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  static void lookups(String what, HistoryStore store, List<String> drafts) {
    for (int i = 0; i < 500; i++) {
      store.closest(query(drafts.get(i)));
    }
    long[] nanos = new long[drafts.size()];
    long[] cpu = new long[drafts.size()];
    int found = 0;
    for (int i = 0; i < drafts.size(); i++) {
      long c = CPU.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      Optional<EarlierReply> r = store.closest(query(drafts.get(i)));
      nanos[i] = System.nanoTime() - s;
      cpu[i] = CPU.getCurrentThreadCpuTime() - c;
      if (r.isPresent()) {
        found++;
      }
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    System.out.printf("%s lookup incl. fingerprint (%,d drafts, %d%% matched): wall p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.1f ms; CPU p50 %.3f ms, p99 %.3f ms%n", what, drafts.size(),
        100 * found / drafts.size(), nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 9 / 10] / 1e6, nanos[nanos.length * 99 / 100] / 1e6, nanos[nanos.length - 1] / 1e6,
        cpu[cpu.length / 2] / 1e6, cpu[cpu.length * 99 / 100] / 1e6);
  }

  static SimilarityQuery query(String text) {
    return new SimilarityQuery(Fingerprint.of(text, List.of()), THRESHOLD, null, null);
  }

  /** Queries: a third edited copies of generated replies, a third edited brand replies, a third new text. */
  static List<String> drafts(List<String> brand, int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    Iterator<NewReply> gen = generate(n, brand, seed + 1);
    for (int i = 0; i < n; i++) {
      String base = gen.next().text();
      out.add(switch (i % 3) {
        case 0 -> edit(base, r, 1);
        case 1 -> brand.isEmpty() ? edit(base, r, 2) : edit(brand.get(r.nextInt(brand.size())), r, 1);
        default -> fresh(r);
      });
    }
    return out;
  }

  static String fresh(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      sb.append(NOUNS[r.nextInt(NOUNS.length)]).append(i % 4 == 3 ? ". " : " ");
    }
    return sb.toString().trim();
  }

  /** Replaces k random words with other words. */
  static String edit(String text, Random r, int k) {
    String[] w = text.split(" ");
    for (int i = 0; i < k && w.length > 3; i++) {
      w[1 + r.nextInt(w.length - 1)] = NOUNS[r.nextInt(NOUNS.length)];
    }
    return String.join(" ", w);
  }

  static Iterator<NewReply> generate(int total, List<String> brand, long seed) {
    Random r = new Random(seed);
    Instant now = Instant.now();
    return new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < total;
      }

      @Override
      public NewReply next() {
        i++;
        String text;
        int kind = r.nextInt(10);
        String handle = NAMES[r.nextInt(NAMES.length)] + r.nextInt(100_000);
        if (kind < 2 && !brand.isEmpty()) {
          String b = brand.get(r.nextInt(brand.size())).replaceFirst("^@\\w+", "@" + handle);
          text = r.nextInt(3) == 0 ? edit(b, r, 1) : b;
        } else if (kind < 5) {
          // A team's canned replies: few templates, filled in per customer.
          int t = r.nextInt(200);
          text = String.format(GREETINGS[t % GREETINGS.length], handle) + " "
              + String.format(OPENERS[t % OPENERS.length], NOUNS[t % NOUNS.length]) + " "
              + String.format(ACTIONS[t % ACTIONS.length], 10_000 + r.nextInt(90_000)) + " "
              + CLOSES[t % CLOSES.length] + SIGNS[r.nextInt(SIGNS.length)];
        } else {
          // Replies assembled from parts: mostly distinct texts.
          text = String.format(GREETINGS[r.nextInt(GREETINGS.length)], handle) + " "
              + String.format(OPENERS[r.nextInt(OPENERS.length)], NOUNS[r.nextInt(NOUNS.length)]) + " "
              + String.format(ACTIONS[r.nextInt(ACTIONS.length)], 10_000 + r.nextInt(90_000)) + " "
              + String.format(ACTIONS[r.nextInt(ACTIONS.length)], 10_000 + r.nextInt(90_000)).replace("Please", "Also, please") + " "
              + CLOSES[r.nextInt(CLOSES.length)] + SIGNS[r.nextInt(SIGNS.length)];
        }
        return new NewReply(text.trim(), "agent" + r.nextInt(40), "twitter", now.minusSeconds(r.nextInt(180 * 86_400)), "bench");
      }
    };
  }

  /** Recall at the threshold: of the queries brute force answers, how many the LSH lookup answers too, and with the same best similarity. */
  static void recall(List<String> brand, Path db) {
    int n = 100_000;
    List<NewReply> sample = new ArrayList<>(n);
    generate(n, brand, 99).forEachRemaining(sample::add);
    MemoryHistory.Builder brute = MemoryHistory.builder();
    try (HistoryStore store = HistoryStore.open(db.toString(), true)) {
      store.addAll(sample, List.of());
      long id = 0;
      for (NewReply reply : sample) {
        brute.add(Fingerprint.of(reply.text(), List.of()), new EarlierReply(++id, null, reply.text(), null, null, reply.sentAt(), 0));
      }
      MemoryHistory memory = brute.build();
      Random r = new Random(5);
      int queries = 0;
      int answered = 0;
      int lshAny = 0;
      int lshBest = 0;
      for (int i = 0; i < QUERIES; i++) {
        String base = sample.get(r.nextInt(n)).text();
        // From unchanged copies to heavy edits, so similarities spread over the threshold.
        String q = i % 5 == 4 ? fresh(r) : edit(base, r, r.nextInt(6));
        SimilarityQuery query = query(q);
        queries++;
        Optional<EarlierReply> exact = memory.closest(query);
        if (exact.isEmpty()) {
          continue;
        }
        answered++;
        Optional<EarlierReply> lsh = store.closest(query);
        if (lsh.isPresent()) {
          lshAny++;
          if (Math.abs(lsh.get().similarity() - exact.get().similarity()) < 1e-9) {
            lshBest++;
          }
        }
      }
      System.out.printf("LSH recall on a %,d-reply sample at threshold %.2f: %d queries, %d with a match by brute force; LSH found a match for %d (recall %.4f), the best one for %d (%.4f)%n",
          n, THRESHOLD, queries, answered, lshAny, (double) lshAny / answered, lshBest, (double) lshBest / answered);
    }
  }

  /** Labelled pairs (bench/sameness-pairs.tsv, written for this benchmark): does the finding fire when it should? */
  static void precision() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("bench/sameness-pairs.tsv"));
    for (double t : new double[] {0.5, 0.6, 0.7, 0.8}) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      StringBuilder misses = new StringBuilder();
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        boolean copy = f[0].equals("copy") || f[0].equals("template");
        Fingerprint a = Fingerprint.of(f[1], List.of());
        Fingerprint b = Fingerprint.of(f[2], List.of());
        boolean flagged = a.words() >= 6 && a.jaccard(b) >= t;
        if (flagged && copy) {
          tp++;
        } else if (flagged) {
          fp++;
          misses.append(String.format("    false alarm %.2f [%s] %s%n", a.jaccard(b), f[0], f[1]));
        } else if (copy) {
          fn++;
          if (t == THRESHOLD) {
            misses.append(String.format("    missed %.2f [%s] %s%n", a.jaccard(b), f[0], f[1]));
          }
        } else {
          tn++;
        }
      }
      System.out.printf("labelled pairs at threshold %.1f: precision %.3f (%d/%d), recall %.3f (%d/%d), false alarms %d of %d non-copies%n",
          t, tp / (double) Math.max(1, tp + fp), tp, tp + fp, tp / (double) (tp + fn), tp, tp + fn, fp, fp + tn);
      System.out.print(misses);
    }
  }

  static List<String> brandReplies(Path csv) throws IOException {
    List<String> out = new ArrayList<>();
    try (var reader = Files.newBufferedReader(csv)) {
      CsvRecords records = new CsvRecords(reader);
      List<String> header = records.next();
      int inbound = header.indexOf("inbound");
      int text = header.indexOf("text");
      while (records.hasNext()) {
        List<String> row = records.next();
        if (row.size() > text && "False".equals(row.get(inbound))) {
          out.add(row.get(text));
        }
      }
    }
    return out;
  }

  static long sizeIfExists(Path p) throws IOException {
    return Files.exists(p) ? Files.size(p) : 0;
  }
}
