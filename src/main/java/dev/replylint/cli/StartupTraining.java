package dev.replylint.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The workload the launcher records a class-data archive from (JDK 17–24 AppCDS, JDK 25+ AOT
 * cache): {@code check} on the bundled default policy, as text and as JSON, on a clean draft and
 * on one every shipped rule has something to say about, with the policy discovered as a user's would
 * be. Everything runs in-process on faked streams, so recording reads
 * no user input and prints nothing.
 *
 * <p>Only the {@code check} path is trained on purpose: the JDK 25 cache loads every class it holds
 * at start-up, so classes that {@code rules}, {@code policy show} or {@code --help} need would slow
 * down every check.
 */
public final class StartupTraining {
  private static final String[] DRAFTS = {
    "Thanks for reaching out! We've sent you a DM with the next steps.",
    "OMG this is NOT our fault :( we fixed it, {{agent}} ^_^ \uD83D\uDE00\nCall 1-800-555-0199 ASAP!!!",
  };

  private StartupTraining() {}

  public static void main(String[] args) {
    // A directory that does not exist holds no .replylint.yaml; creating a real temporary one would
    // start SecureRandom, and the archive would carry the security providers into every check.
    Path workingDirectory =
        Path.of(System.getProperty("java.io.tmpdir"), "replylint-training-" + ProcessHandle.current().pid(), "drafts");
    // Plain "check" runs without picocli; with an option it goes through picocli: train both.
    String[][] commandLines = {{"check"}, {"check", "--format", "json"}};
    for (String draft : DRAFTS) {
      for (String[] commandLine : commandLines) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        CliEnvironment environment =
            new CliEnvironment(
                new ByteArrayInputStream(draft.getBytes(StandardCharsets.UTF_8)), Map.of(), workingDirectory, false);
        Main.run(commandLine, environment, sink, sink);
      }
    }
    // Like Main: the archive is written at exit, after the same shutdown path a real run takes.
    System.exit(ExitCodes.CLEAN);
  }
}
