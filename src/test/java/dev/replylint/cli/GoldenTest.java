package dev.replylint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.replylint.policy.PolicyLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end cases, one folder each under {@code src/test/resources/golden/}:
 *
 * <ul>
 *   <li>{@code args}: the arguments, one per line;
 *   <li>{@code stdin}: optional, the bytes on standard input;
 *   <li>{@code drafts/}: optional, copied into the working directory as {@code drafts/};
 *   <li>{@code policy}: optional, copied into the working directory as {@code .replylint.yaml}, so
 *       discovery finds it (without it, the bundled default applies);
 *   <li>{@code expected-out}, {@code expected-exit}, and {@code expected-err} (absent: stderr is
 *       empty). In all three, {@code $WORK} stands for the working directory.
 * </ul>
 *
 * Run with {@code -Dgolden.update=true} to write what the CLI prints into the expected files; read
 * the diff before committing it.
 */
class GoldenTest {
  private static final Path CASES = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(CASES)) {
      cases = list.filter(Files::isDirectory).sorted().toList();
    }
    assertFalse(cases.isEmpty(), "no golden cases under " + CASES);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> runCase(c)));
  }

  private void runCase(Path caseDir) throws IOException {
    Path workingDirectory = Files.createDirectories(work.resolve(caseDir.getFileName().toString()));
    if (Files.exists(caseDir.resolve("policy"))) {
      Files.copy(caseDir.resolve("policy"), workingDirectory.resolve(PolicyLoader.DISCOVERED_FILE));
    } else {
      assumeTrue(PolicyLoader.findNearest(workingDirectory).isEmpty(), "a .replylint.yaml above the temp dir would decide this case");
    }
    if (Files.isDirectory(caseDir.resolve("drafts"))) {
      copyTree(caseDir.resolve("drafts"), workingDirectory.resolve("drafts"));
    }
    String[] args = Files.readAllLines(caseDir.resolve("args"), StandardCharsets.UTF_8).toArray(String[]::new);
    byte[] stdin = Files.exists(caseDir.resolve("stdin")) ? Files.readAllBytes(caseDir.resolve("stdin")) : new byte[0];

    CliRun run = CliRun.run(workingDirectory, stdin, Map.of(), false, args);
    String out = run.out().replace(workingDirectory.toString(), "$WORK");
    String err = run.err().replace(workingDirectory.toString(), "$WORK");
    String exit = run.exitCode() + "\n";

    if (UPDATE) {
      Files.writeString(caseDir.resolve("expected-out"), out);
      Files.writeString(caseDir.resolve("expected-exit"), exit);
      if (err.isEmpty()) {
        Files.deleteIfExists(caseDir.resolve("expected-err"));
      } else {
        Files.writeString(caseDir.resolve("expected-err"), err);
      }
      return;
    }
    String name = caseDir.getFileName() + ": ";
    assertEquals(read(caseDir.resolve("expected-err")), err, name + "stderr");
    assertEquals(read(caseDir.resolve("expected-out")), out, name + "stdout");
    assertEquals(read(caseDir.resolve("expected-exit")).strip(), exit.strip(), name + "exit code");
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.sorted(Comparator.naturalOrder()).forEach(source -> {
        try {
          Path target = to.resolve(from.relativize(source).toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.copy(source, target);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
