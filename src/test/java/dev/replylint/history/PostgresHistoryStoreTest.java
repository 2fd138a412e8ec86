package dev.replylint.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The same store on PostgreSQL: same schema, same lookups, and eight threads at once. */
class PostgresHistoryStoreTest {
  static final String SORRY = "Hi @ann, we're sorry to hear order 123 is late! Please DM us and we'll sort it out. ^JK";
  static final String SORRY_AGAIN = "Hi @bob, we're sorry to hear order 456 is late! Please DM us and we'll sort it out. ^MS";

  @AfterAll
  static void dropSchemas() throws Exception {
    PostgresTestDatabase.dropCreatedSchemas();
  }

  @Test
  void recordsFindsAndPrunesLikeSqlite() {
    String url = PostgresTestDatabase.freshSchemaUrl();
    try (HistoryStore store = HistoryStore.open(url, false)) {
      long id = store.add(new NewReply(SORRY, "JK", "twitter", Instant.now().minus(2, ChronoUnit.DAYS), "test"), List.of());
      store.add(new NewReply("An old reply about the spring sale nobody needs any more", "JK", null, Instant.now().minus(400, ChronoUnit.DAYS), null), List.of());
      Optional<EarlierReply> match = store.closest(new SimilarityQuery(Fingerprint.of(SORRY_AGAIN, List.of()), 0.6, null, null));
      assertTrue(match.isPresent());
      assertEquals(id, match.get().id());
      assertEquals(1, store.pruneBefore(Instant.now().minus(180, ChronoUnit.DAYS)));
      assertEquals(1, store.stats().replies());
    }
    try (HistoryStore reopened = HistoryStore.open(url, false)) {
      assertEquals(HistoryStore.SCHEMA_VERSION, reopened.schemaVersion());
      assertEquals(1, reopened.stats().distinctTexts());
    }
  }

  @Test
  void schemaOneHistoryIsMigratedOnOpen() throws Exception {
    String url = PostgresTestDatabase.freshSchemaUrl();
    try (Connection c = DriverManager.getConnection(url)) {
      SchemaV1.create(c, false, List.of(new NewReply(SORRY, "JK", "twitter", Instant.now().minus(2, ChronoUnit.DAYS), "test")));
    }
    try (HistoryStore store = HistoryStore.open(url, false)) {
      assertEquals(HistoryStore.SCHEMA_VERSION, store.schemaVersion());
      Optional<EarlierReply> match = store.closest(new SimilarityQuery(Fingerprint.of(SORRY_AGAIN, List.of()), 0.6, null, null));
      assertTrue(match.isPresent());
      assertEquals("JK", match.get().agent());
    }
    try (Connection c = DriverManager.getConnection(url)) {
      assertEquals(Fingerprint.BANDS, SchemaV1.count(c, "band"));
    }
  }

  @Test
  void aDatabaseWithOtherTablesIsRefusedAndLeftAlone() throws Exception {
    String url = PostgresTestDatabase.freshSchemaUrl();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name TEXT)");
    }
    HistoryException e = assertThrows(HistoryException.class, () -> HistoryStore.open(url, true));
    assertTrue(e.getMessage().contains("not a replylint history"), e.getMessage());
    assertTrue(!e.getMessage().contains("password=replylint"), "the password leaked: " + e.getMessage());
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
      rs.next();
      assertEquals(1, rs.getLong(1));
    }
  }

  @Test
  void eightThreadsRecordingAndCheckingLoseNoRecord() throws Exception {
    String url = PostgresTestDatabase.freshSchemaUrl();
    int threads = 8;
    int each = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int worker = t;
      futures.add(
          pool.submit(
              () -> {
                // Each thread is an agent's process: its own connection, opening a maybe-new store.
                try (HistoryStore store = HistoryStore.open(url, true)) {
                  for (int i = 0; i < each; i++) {
                    String text = "Worker " + worker + " reply " + i + ": " + SqliteConcurrencyTest.words(worker * 1000 + i);
                    store.closest(new SimilarityQuery(Fingerprint.of(text, List.of()), 0.6, null, null));
                    // Half the threads also share one template, so signature rows are contended.
                    store.add(new NewReply(text, "a" + worker, null, Instant.now(), null), List.of());
                    if (worker % 2 == 0) {
                      store.add(new NewReply("Hi @x" + i + ", order " + i + " ships today, thanks for waiting!", "a" + worker, null, Instant.now(), null), List.of());
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      Set<String> texts = new HashSet<>();
      long rows = 0;
      try (ResultSet rs = s.executeQuery("SELECT text FROM reply")) {
        while (rs.next()) {
          texts.add(rs.getString(1));
          rows++;
        }
      }
      assertEquals(threads * each + (threads / 2) * each, rows);
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM signature")) {
        rs.next();
        assertEquals(threads * each + 1, rs.getLong(1), "one signature per distinct normalised text");
      }
    }
  }
}
