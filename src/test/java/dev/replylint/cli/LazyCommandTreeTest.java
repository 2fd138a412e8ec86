package dev.replylint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@link Main#run} builds only the subcommand its arguments name; whatever the arguments, the user
 * must see exactly what the full command tree ({@link Main#commandLine}) prints.
 */
class LazyCommandTreeTest {
  @TempDir Path dir;

  static List<List<String>> arguments() {
    return List.of(
        List.of("check", "--help"),
        List.of("check", "-V"),
        List.of("check", "--polcy", "x"),
        List.of("check", "--format", "yaml"),
        List.of("check", "--fail-on"),
        List.of("check", "--format", "JSON", "--quiet"),
        List.of("check", "--stacktrace", "--color", "never"),
        List.of("policy", "--help"),
        List.of("policy", "show", "--help"),
        List.of("policy", "validat"),
        List.of("rules", "--help"),
        List.of("rules", "extra"),
        List.of("--help"),
        List.of("chek"));
  }

  @ParameterizedTest
  @MethodSource("arguments")
  void sameOutputAsTheFullTree(List<String> args) {
    String[] argv = args.toArray(String[]::new);
    CliRun lazy = CliRun.run(dir, "Thanks, we are on it.", argv);
    CliRun full = runFullTree(argv);
    assertEquals(full.out(), lazy.out(), "stdout of " + args);
    assertEquals(full.err(), lazy.err(), "stderr of " + args);
    assertEquals(full.exitCode(), lazy.exitCode(), "exit code of " + args);
  }

  @Test
  void rootHelpListsEverySubcommand() {
    String help = CliRun.run(dir, "", "--help").out();
    for (String name : Main.SUBCOMMANDS) {
      assertTrue(help.contains("  " + name + " "), help);
    }
  }

  private CliRun runFullTree(String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment environment =
        new CliEnvironment(
            new ByteArrayInputStream("Thanks, we are on it.".getBytes(StandardCharsets.UTF_8)), Map.of(), dir, false);
    CommandLine cli = Main.commandLine(environment);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    Main.installErrorHandlers(cli, cli.getErr());
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
