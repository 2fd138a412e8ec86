package dev.replylint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code check [FILE...]} runs without picocli ({@link Main#isPlainCheck}); the user must see exactly
 * what picocli's way prints, and every field must start at the default its option declares.
 */
class CheckCommandShortcutTest {
  private static final String STDIN = "OMG this is NOT our fault :( we fixed it, CALL US";

  @TempDir Path dir;

  @BeforeEach
  void drafts() throws IOException {
    Files.writeString(dir.resolve("clean.txt"), "Thanks for reaching out, we are on it.");
    Files.writeString(dir.resolve("shouty.txt"), "WE ARE SO SORRY :( :) ^_^ \uD83D\uDE00 OMG");
    Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    Files.createDirectory(dir.resolve("folder"));
    Files.createDirectory(dir.resolve("bad-policy"));
    Files.writeString(dir.resolve("bad-policy/.replylint.yaml"), "version: 1\nrulez: {}\n");
  }

  static List<List<String>> commandLines() {
    return List.of(
        List.of("check"),
        List.of("check", "-"),
        List.of("check", "clean.txt"),
        List.of("check", "shouty.txt", "clean.txt", "-"),
        List.of("check", "nope.txt"),
        List.of("check", "folder", "clean.txt"),
        List.of("check", "latin1.txt", "shouty.txt"),
        List.of("check", ""));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void sameAsPicocli(List<String> args) {
    assertTrue(Main.isPlainCheck(args.toArray(String[]::new)), args + " takes the shortcut");
    assertSameAsPicocli(dir, args);
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void sameAsPicocliWithABadDiscoveredPolicy(List<String> args) {
    assertSameAsPicocli(dir.resolve("bad-policy"), args);
  }

  @Test
  void anythingPicocliCouldReadOtherwiseGoesThroughPicocli() {
    for (List<String> args :
        List.<List<String>>of(
            List.of("check", "--quiet"),
            List.of("check", "a.txt", "-q"),
            List.of("check", "--", "a.txt"),
            List.of("check", "@args.txt"),
            List.of("--stacktrace", "check"),
            List.of("policy", "show"),
            List.of())) {
      assertFalse(Main.isPlainCheck(args.toArray(String[]::new)), args.toString());
    }
  }

  /** A new option with a default but no matching field initialiser would make the shortcut differ. */
  @Test
  void everyFieldStartsAtItsOptionsDefault() throws Exception {
    CommandLine cli = Main.commandLine(environment(dir));
    CommandLine.ParseResult parsed = cli.parseArgs("check");
    Object byPicocli = parsed.subcommand().commandSpec().userObject();
    CheckCommand fresh = new CheckCommand();
    assertSameOptionFields(byPicocli, fresh);
    assertSameOptionFields(((CheckCommand) byPicocli).policyOption, fresh.policyOption);
  }

  private static void assertSameOptionFields(Object byPicocli, Object fresh) throws IllegalAccessException {
    for (Field field : fresh.getClass().getDeclaredFields()) {
      boolean isArgument = field.isAnnotationPresent(CommandLine.Option.class) || field.isAnnotationPresent(CommandLine.Parameters.class);
      if (!isArgument || Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      assertEquals(field.get(byPicocli), field.get(fresh), field.getName());
    }
  }

  private static void assertSameAsPicocli(Path workingDirectory, List<String> args) {
    String[] argv = args.toArray(String[]::new);
    CliRun shortcut = CliRun.run(workingDirectory, STDIN.getBytes(StandardCharsets.UTF_8), Map.of(), false, argv);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine(environment(workingDirectory));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    Main.installErrorHandlers(cli, cli.getErr());
    int code = cli.execute(argv);

    assertEquals(out.toString(), shortcut.out(), "stdout of " + args);
    assertEquals(err.toString(), shortcut.err(), "stderr of " + args);
    assertEquals(code, shortcut.exitCode(), "exit code of " + args);
  }

  private static CliEnvironment environment(Path workingDirectory) {
    return new CliEnvironment(new ByteArrayInputStream(STDIN.getBytes(StandardCharsets.UTF_8)), Map.of(), workingDirectory, false);
  }
}
