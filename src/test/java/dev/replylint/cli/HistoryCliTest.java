package dev.replylint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCliTest {
  static final String SORRY = "Hi @ann, we're sorry to hear order 123 is late! Please DM us and we'll sort it out for you. ^JK";
  static final String SORRY_AGAIN = "Hi @bob, we're sorry to hear order 456 is late! Please DM us and we'll sort it out for you. ^MS";
  static final String OTHER = "Our summer sale starts on Friday with up to half off outdoor furniture and garden tools.";

  @TempDir Path dir;

  CliRun run(String stdin, String... args) {
    return CliRun.run(dir, stdin.getBytes(StandardCharsets.UTF_8), Map.of("HOME", dir.resolve("home").toString()), false, args);
  }

  @Test
  void addThenCheckQuotesTheEarlierReply() throws Exception {
    CliRun added = run(SORRY, "history", "add", "--history", "h.db", "--agent", "JK", "--channel", "twitter", "--sent-at", "2026-11-02T10:00:00Z");
    assertEquals(0, added.exitCode(), added.err());
    assertTrue(added.out().startsWith("recorded #1"), added.out());
    Files.writeString(dir.resolve("draft.txt"), SORRY_AGAIN);
    CliRun checked = run("", "check", "--history", "h.db", "draft.txt");
    assertEquals(0, checked.exitCode(), checked.err());
    assertTrue(
        checked.out().contains("draft.txt:1:1: warning [sameness] 100% like a reply sent 2026-11-02 by JK (#1): \"Hi @ann, we're sorry"),
        checked.out());
  }

  @Test
  void sentAtOutsideTheWindowIsNotACopy() throws Exception {
    run(SORRY, "history", "add", "--history", "h.db", "--sent-at", "2020-01-01T00:00:00Z");
    CliRun checked = run(SORRY_AGAIN, "check", "--history", "h.db");
    assertEquals("", checked.out());
  }

  @Test
  void defaultHistoryFollowsXdgDataHomeAndRecordCreatesItOwnerOnly() throws Exception {
    Map<String, String> env = Map.of("HOME", dir.resolve("home").toString(), "XDG_DATA_HOME", dir.resolve("data").toString());
    CliRun first = CliRun.run(dir, SORRY.getBytes(StandardCharsets.UTF_8), env, false, "check", "--record", "--agent", "JK");
    assertEquals(0, first.exitCode(), first.err());
    Path db = dir.resolve("data/replylint/history.db");
    assertTrue(Files.exists(db));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
    CliRun second = CliRun.run(dir, SORRY_AGAIN.getBytes(StandardCharsets.UTF_8), env, false, "check");
    assertTrue(second.out().contains("[sameness] 100% like a reply sent") && second.out().contains(" by JK (#1)"), second.out());
    assertFalse(Files.exists(dir.resolve("home/.local/share/replylint/history.db")));
  }

  @Test
  void checkWithoutAnyHistoryCreatesNothing() {
    CliRun checked = run(SORRY, "check");
    assertEquals(0, checked.exitCode(), checked.err());
    assertFalse(Files.exists(dir.resolve("home/.local/share/replylint/history.db")));
  }

  @Test
  void recordSkipsDraftsThatFail() {
    CliRun checked = run(SORRY, "check", "--history", "h.db", "--record", "--fail-on", "info");
    assertEquals(0, checked.exitCode(), checked.err());
    CliRun again = run(SORRY_AGAIN, "check", "--history", "h.db", "--record", "--fail-on", "warning");
    assertEquals(1, again.exitCode(), again.out());
    CliRun stats = run("", "history", "stats", "--history", "h.db");
    assertTrue(stats.out().contains("replies:        1"), stats.out());
  }

  @Test
  void nearCopiesWithinOneRunPointAtEachOther() throws Exception {
    Files.writeString(dir.resolve("a.txt"), SORRY);
    Files.writeString(dir.resolve("b.txt"), SORRY_AGAIN);
    Files.writeString(dir.resolve("c.txt"), OTHER);
    CliRun checked = run("", "check", "a.txt", "b.txt", "c.txt");
    assertTrue(checked.out().contains("a.txt:1:1: warning [sameness] 100% like b.txt in this run"), checked.out());
    assertTrue(checked.out().contains("b.txt:1:1: warning [sameness] 100% like a.txt in this run"), checked.out());
    assertFalse(checked.out().lines().anyMatch(l -> l.startsWith("c.txt:") && l.contains("[sameness]")), checked.out());
  }

  @Test
  void importJsonlCsvAndTextThenExportStatsAndPrune() throws Exception {
    Files.writeString(
        dir.resolve("past.jsonl"),
        "{\"text\": \"" + SORRY + "\", \"agent\": \"JK\", \"channel\": \"twitter\", \"sent-at\": \"" + java.time.Instant.now().minus(java.time.Duration.ofDays(3)) + "\"}\n\n"
            + "{\"text\": \"" + OTHER + "\", \"agent\": \"MS\", \"sent-at\": \"2019-05-01\"}\n");
    Files.writeString(dir.resolve("past.csv"), "agent,text,sent-at\nJK,\"Thanks, we're on it: a fix ships \"\"soon\"\"\nand we'll tell you\"," + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(10) + "\n");
    Files.writeString(dir.resolve("past.txt"), "First reply line that we sent\n\nSecond reply line that we sent\n");
    CliRun imported = run("", "history", "import", "--history", "h.db", "past.jsonl", "past.csv", "past.txt");
    assertEquals(0, imported.exitCode(), imported.err());
    assertTrue(imported.out().contains("imported 2 replies from past.jsonl"), imported.out());
    assertTrue(imported.out().contains("imported 1 replies from past.csv"), imported.out());
    assertTrue(imported.out().contains("imported 2 replies from past.txt"), imported.out());
    CliRun exported = run("", "history", "export", "--history", "h.db");
    assertEquals(5, exported.out().lines().count(), exported.out());
    assertTrue(exported.out().lines().findFirst().orElseThrow().contains("\"sent-at\":\"2019-05-01T00:00:00Z\""), exported.out());
    assertTrue(exported.out().contains("a fix ships \\\"soon\\\"\\nand we'll tell you"), exported.out());
    CliRun pruned = run("", "history", "prune", "--history", "h.db", "--older-than", "180d");
    assertTrue(pruned.out().startsWith("pruned 1 replies"), pruned.out());
    CliRun stats = run("", "history", "stats", "--history", "h.db");
    assertTrue(stats.out().contains("replies:        4"), stats.out());
  }

  @Test
  void importWithABadLineImportsNothingAndSaysWhere() throws Exception {
    run(OTHER, "history", "add", "--history", "h.db");
    Files.writeString(dir.resolve("bad.jsonl"), "{\"text\": \"fine reply number one here\"}\n{\"text\": \"fine two\"}\n{\"agent\": \"JK\"}\n");
    CliRun imported = run("", "history", "import", "--history", "h.db", "bad.jsonl");
    assertEquals(2, imported.exitCode());
    assertTrue(imported.err().contains("bad.jsonl:3: a reply needs a non-empty \"text\""), imported.err());
    CliRun stats = run("", "history", "stats", "--history", "h.db");
    assertTrue(stats.out().contains("replies:        1"), stats.out());
  }

  @Test
  void aFileThatIsNotAHistoryIsRefusedWithExit2AndLeftAlone() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "my notes\n");
    for (String[] args :
        new String[][] {
          {"check", "--history", "notes.txt"},
          {"check", "--history", "notes.txt", "--record"},
          {"history", "add", "--history", "notes.txt"},
          {"history", "stats", "--history", "notes.txt"},
          {"history", "prune", "--history", "notes.txt", "--older-than", "1d"}
        }) {
      CliRun r = run(SORRY, args);
      assertEquals(2, r.exitCode(), String.join(" ", args));
      assertTrue(r.err().contains("notes.txt: not a replylint history"), r.err());
      assertEquals("my notes\n", Files.readString(notes));
    }
  }

  @Test
  void aMissingExplicitHistoryIsAnErrorWhenOnlyReading() {
    CliRun r = run(SORRY, "check", "--history", "typo.db");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("typo.db: no history there"), r.err());
    assertFalse(Files.exists(dir.resolve("typo.db")));
  }

  @Test
  void scopeAgentComparesOnlyWithTheSameAgent() throws Exception {
    run(SORRY, "history", "add", "--history", "h.db", "--agent", "JK");
    Files.writeString(dir.resolve(".replylint.yaml"), "version: 1\nextends: default\nrules:\n  sameness:\n    scope: agent\n");
    assertEquals("", run(SORRY_AGAIN, "check", "--history", "h.db", "--agent", "MS").out());
    assertTrue(run(SORRY_AGAIN, "check", "--history", "h.db", "--agent", "JK").out().contains("[sameness]"));
  }

  @Test
  void anUnreachableOrUnsupportedDatabaseIsExit2WithoutThePassword() {
    CliRun unreachable = run(SORRY, "check", "--history", "jdbc:postgresql://127.0.0.1:1/care?user=u&password=secret");
    assertEquals(2, unreachable.exitCode());
    assertTrue(unreachable.err().contains("cannot open the history"), unreachable.err());
    assertFalse(unreachable.err().contains("secret"), unreachable.err());
    CliRun unsupported = run("", "history", "stats", "--history", "jdbc:mysql://localhost/care");
    assertEquals(2, unsupported.exitCode());
    assertTrue(unsupported.err().contains("only jdbc:postgresql:// and jdbc:sqlite: URLs"), unsupported.err());
  }
}
