package dev.replylint.history;

import dev.replylint.cli.CliEnvironment;
import dev.replylint.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * One of the processes {@link SqliteConcurrencyTest} starts: runs {@code check --record} and
 * {@code history add} through the real CLI entry point, each call opening and closing the store
 * as a separate invocation would. Exits non-zero on the first call that fails.
 */
public final class ConcurrentRecorder {
  private ConcurrentRecorder() {}

  public static void main(String[] args) {
    String history = args[0];
    String worker = args[1];
    int count = Integer.parseInt(args[2]);
    for (int i = 0; i < count; i++) {
      String text = "Worker " + worker + " reply " + i + ": " + SqliteConcurrencyTest.words(worker.hashCode() * 1000 + i);
      String[] command =
          i % 2 == 0
              ? new String[] {"check", "--history", history, "--record", "--agent", worker}
              : new String[] {"history", "add", "--history", history, "--agent", worker};
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CliEnvironment env =
          new CliEnvironment(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(), Path.of("").toAbsolutePath(), false);
      int code = Main.run(command, env, new PrintWriter(out), new PrintWriter(err));
      if (code != 0) {
        System.err.println("worker " + worker + " call " + i + " exit " + code + ": " + err + out);
        System.exit(3);
      }
    }
    System.exit(0);
  }
}
