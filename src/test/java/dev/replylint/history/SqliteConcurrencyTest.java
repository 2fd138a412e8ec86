package dev.replylint.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eight real processes create, record into and check against one SQLite history at once. */
class SqliteConcurrencyTest {
  static final int PROCESSES = 8;
  static final int CALLS = 20;

  private static final String[] VOCABULARY =
      ("order parcel refund delay sorry team store card account login phone email week today help "
              + "update router battery menu booking flight room bill plan screen driver courier size colour")
          .split(" ");

  /** Distinct wording per seed, so every recorded reply is its own text. */
  static String words(int seed) {
    StringBuilder sb = new StringBuilder();
    long x = seed * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < 12; i++) {
      x = Fingerprint.mix(x + i);
      sb.append(VOCABULARY[(int) Math.floorMod(x, VOCABULARY.length)]).append(' ');
    }
    return sb.toString().trim();
  }

  @TempDir Path dir;

  @Test
  void eightProcessesLoseNoRecordAndLeaveAHealthyStore() throws Exception {
    Path db = dir.resolve("shared/history.db");
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < PROCESSES; p++) {
      processes.add(
          new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath, ConcurrentRecorder.class.getName(), db.toString(), "w" + p, Integer.toString(CALLS))
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("worker-" + p + ".log").toFile())
              .start());
    }
    for (int p = 0; p < PROCESSES; p++) {
      assertTrue(processes.get(p).waitFor(10, TimeUnit.MINUTES), "worker " + p + " hung");
      assertEquals(0, processes.get(p).exitValue(), "worker " + p + ": " + Files.readString(dir.resolve("worker-" + p + ".log")));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
        rs.next();
        assertEquals("ok", rs.getString(1));
      }
      Set<String> texts = new HashSet<>();
      try (ResultSet rs = s.executeQuery("SELECT text FROM reply")) {
        while (rs.next()) {
          texts.add(rs.getString(1));
        }
      }
      assertEquals(PROCESSES * CALLS, texts.size());
      for (int p = 0; p < PROCESSES; p++) {
        for (int i = 0; i < CALLS; i++) {
          String worker = "w" + p;
          assertTrue(texts.contains("Worker " + worker + " reply " + i + ": " + words(worker.hashCode() * 1000 + i)), worker + " #" + i);
        }
      }
    }
    try (var files = Files.list(db.getParent())) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "a temporary history was left behind");
    }
    assertTrue(new File(db.toString()).length() > 0);
  }
}
