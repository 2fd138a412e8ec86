package dev.replylint.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
  static final Instant NOW = Instant.now();

  @TempDir Path dir;

  static NewReply reply(String text, String agent, int daysAgo) {
    return new NewReply(text, agent, "twitter", NOW.minus(daysAgo, ChronoUnit.DAYS), "test");
  }

  static SimilarityQuery query(String text, double threshold) {
    return new SimilarityQuery(Fingerprint.of(text, List.of()), threshold, null, null);
  }

  @Test
  void newFileIsOwnerOnlyAndFindsTemplatedCopies() throws Exception {
    Path file = dir.resolve("sub/history.db");
    try (HistoryStore store = HistoryStore.open(file.toString(), true)) {
      long id = store.add(reply("Hi @ann, we're sorry to hear order 123 is late! Please DM us and we'll sort it out. ^JK", "JK", 3), List.of());
      store.add(reply("Thanks for the kind words, we will pass them on to the whole team today!", "MS", 1), List.of());
      Optional<EarlierReply> match =
          store.closest(query("Hi @bob, we're sorry to hear order 456 is late! Please DM us and we'll sort it out. ^MS", 0.8));
      assertTrue(match.isPresent());
      assertEquals(id, match.get().id());
      assertEquals("JK", match.get().agent());
      assertEquals(1.0, match.get().similarity(), 1e-9);
      assertTrue(store.closest(query("Our store opens at nine tomorrow, see you there with your receipt please", 0.5)).isEmpty());
    }
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void windowAndAgentNarrowTheLookup() {
    try (HistoryStore store = HistoryStore.open(dir.resolve("h.db").toString(), true)) {
      store.add(reply("We are so sorry about the delay with your parcel, please send us a DM with the details", "JK", 200), List.of());
      String draft = "We are so sorry about the delay with your parcel, please send us a DM with the details";
      Fingerprint fp = Fingerprint.of(draft, List.of());
      assertTrue(store.closest(new SimilarityQuery(fp, 0.8, null, null)).isPresent());
      assertTrue(store.closest(new SimilarityQuery(fp, 0.8, NOW.minus(90, ChronoUnit.DAYS), null)).isEmpty());
      assertTrue(store.closest(new SimilarityQuery(fp, 0.8, null, "MS")).isEmpty());
      assertTrue(store.closest(new SimilarityQuery(fp, 0.8, null, "JK")).isPresent());
    }
  }

  @Test
  void missingFileIsNotCreatedWhenOnlyReading() {
    Path file = dir.resolve("none.db");
    HistoryException e = assertThrows(HistoryException.class, () -> HistoryStore.open(file.toString(), false));
    assertTrue(e.getMessage().contains("no history"), e.getMessage());
    assertFalse(Files.exists(file));
  }

  @Test
  void textFileIsRefusedAndLeftAlone() throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "these are my notes, not a database\n".repeat(10));
    assertRefusedUnchanged(file, "not an SQLite database");
  }

  @Test
  void emptyFileIsRefusedAndLeftAlone() throws Exception {
    Path file = dir.resolve("empty.db");
    Files.createFile(file);
    assertRefusedUnchanged(file, "not an SQLite database");
  }

  @Test
  void otherSqliteDatabaseIsRefusedAndLeftAlone() throws Exception {
    Path file = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
      s.execute("INSERT INTO customers (name) VALUES ('ann')");
    }
    assertRefusedUnchanged(file, "without replylint's tables");
  }

  @Test
  void truncatedHistoryIsRefusedAndLeftAlone() throws Exception {
    Path file = dir.resolve("h.db");
    try (HistoryStore store = HistoryStore.open(file.toString(), true)) {
      List<NewReply> many = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        many.add(reply("Reply number " + i + " about topic " + "abcdefghij".charAt(i % 10) + " with some more words in it", "JK", 1));
      }
      store.addAll(many, List.of());
    }
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertRefusedUnchanged(file, "truncated");
  }

  @Test
  void corruptHistoryIsRefusedAndLeftAlone() throws Exception {
    Path file = dir.resolve("h.db");
    HistoryStore.open(file.toString(), true).close();
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 100; i < bytes.length; i++) {
      bytes[i] = (byte) 0xA5;
    }
    Files.write(file, bytes);
    assertRefusedUnchanged(file, "");
  }

  @Test
  void historyFromANewerReplylintIsRefused() throws Exception {
    Path file = dir.resolve("h.db");
    HistoryStore.open(file.toString(), true).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("UPDATE replylint_meta SET value = '99' WHERE name = 'schema'");
    }
    assertRefusedUnchanged(file, "newer replylint");
  }

  @Test
  void importThatFailsHalfWayLeavesTheStoreAsItWas() {
    try (HistoryStore store = HistoryStore.open(dir.resolve("h.db").toString(), true)) {
      store.add(reply("The first reply we ever recorded in this history, kept safe", "JK", 1), List.of());
      Iterable<NewReply> failing =
          () ->
              new Iterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                  return true;
                }

                @Override
                public NewReply next() {
                  if (++n > 3000) {
                    throw new IllegalStateException("line 3001: broken input");
                  }
                  return reply("Imported reply " + n + " with enough words to count here", "MS", 2);
                }
              };
      assertThrows(IllegalStateException.class, () -> store.addAll(failing, List.of()));
      assertEquals(1, store.stats().replies());
      assertEquals(1, store.stats().distinctTexts());
    }
  }

  @Test
  void pruneDropsOldRepliesAndTheirIndexEntries() throws Exception {
    try (HistoryStore store = HistoryStore.open(dir.resolve("h.db").toString(), true)) {
      store.add(reply("An old reply about the spring sale that nobody needs to see again", "JK", 400), List.of());
      store.add(reply("A fresh reply about the winter sale that agents still send to people", "JK", 2), List.of());
      assertEquals(1, store.pruneBefore(NOW.minus(180, ChronoUnit.DAYS)));
      HistoryStats stats = store.stats();
      assertEquals(1, stats.replies());
      assertEquals(1, stats.distinctTexts());
      assertTrue(store.closest(query("An old reply about the spring sale that nobody needs to see again", 0.8)).isEmpty());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("h.db"))) {
      assertEquals(Fingerprint.BANDS, SchemaV1.count(c, "band"));
    }
  }

  @Test
  void schemaOneHistoryIsMigratedOnOpenAndKeepsFindingCopies() throws Exception {
    Path file = dir.resolve("v1.db");
    String old = "Hi @ann, we're sorry to hear order 123 is late! Please DM us and we'll sort it out. ^JK";
    String other = "Thanks for the kind words, we will pass them on to the whole team today!";
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      SchemaV1.create(c, true, List.of(reply(old, "JK", 3), reply(other, "MS", 1)));
    }
    try (HistoryStore store = HistoryStore.open(file.toString(), false)) {
      assertEquals(HistoryStore.SCHEMA_VERSION, store.schemaVersion());
      Optional<EarlierReply> match = store.closest(query("Hi @bob, we're sorry to hear order 456 is late! Please DM us and we'll sort it out. ^MS", 0.8));
      assertTrue(match.isPresent());
      assertEquals("JK", match.get().agent());
      store.add(reply("A newer reply about the winter sale that agents still send to people", "MS", 0), List.of());
      assertTrue(store.closest(query("A newer reply about the winter sale that agents still send to people", 0.8)).isPresent());
      assertEquals(1, store.pruneBefore(NOW.minus(2, ChronoUnit.DAYS)));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      // Every band entry left belongs to a signature still there: prune found the migrated ones.
      assertEquals(2 * Fingerprint.BANDS, SchemaV1.count(c, "band"));
      assertEquals(2, SchemaV1.count(c, "signature"));
    }
  }

  private static void assertRefusedUnchanged(Path file, String reason) throws Exception {
    byte[] before = Files.readAllBytes(file);
    HistoryException e = assertThrows(HistoryException.class, () -> HistoryStore.open(file.toString(), true));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(file), "the file was modified");
  }
}
