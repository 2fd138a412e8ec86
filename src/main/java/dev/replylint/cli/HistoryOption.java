package dev.replylint.cli;

import dev.replylint.UserError;
import dev.replylint.history.HistoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --history PATH|JDBC-URL}, the same on {@code check} and every {@code history} command.
 * Without it: {@code $XDG_DATA_HOME/replylint/history.db}, else
 * {@code ~/.local/share/replylint/history.db}.
 */
final class HistoryOption {
  @Option(
      names = "--history",
      paramLabel = "PATH|JDBC-URL",
      description = {
        "History of earlier replies: an SQLite file, or a jdbc:postgresql:// URL shared by a team.",
        "Default: $XDG_DATA_HOME/replylint/history.db, else ~/.local/share/replylint/history.db."
      })
  String history;

  boolean explicit() {
    return history != null;
  }

  /** The location to use, or null when none is given and no home directory is known. */
  String location(CliEnvironment environment) {
    if (history != null) {
      if (history.isBlank()) {
        throw new UserError("--history: give a file path or a jdbc:postgresql:// URL");
      }
      return HistoryStore.isJdbcUrl(history) ? history : environment.workingDirectory().resolve(history).toString();
    }
    String xdg = environment.env().get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "replylint", "history.db").toString();
    }
    String home = environment.env().get("HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home, ".local", "share", "replylint", "history.db").toString();
    }
    return null;
  }

  /** Opens (and for writing, creates) the history; exit 2 when there is none to open. */
  HistoryStore open(CliEnvironment environment, boolean create) {
    String location = location(environment);
    if (location == null) {
      throw new UserError("no history: give --history, or set HOME or XDG_DATA_HOME");
    }
    return HistoryStore.open(location, create);
  }

  /**
   * For {@code check}: the history to compare drafts with, or null when there is none yet and
   * nothing will be recorded (a missing default history is simply empty; a missing explicit one
   * is an error, as it is most likely a typo).
   */
  HistoryStore openForCheck(CliEnvironment environment, boolean record) {
    String location = location(environment);
    if (location == null) {
      if (record) {
        throw new UserError("--record: no history to record into: give --history, or set HOME or XDG_DATA_HOME");
      }
      return null;
    }
    if (!record && !explicit() && !HistoryStore.isJdbcUrl(location) && !Files.exists(Path.of(location))) {
      return null;
    }
    return HistoryStore.open(location, record);
  }
}
