package dev.replylint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The committed completions and man page are what the code generates, and they work: bash
 * completes from the model, zsh parses the script, the man page documents every option and the
 * promised sections.
 */
class CliDocsTest {
  @TempDir Path dir;

  @Test
  void committedFilesMatchTheCode() throws IOException {
    CliDocsGenerator.main(new String[] {dir.toString()});
    Map<String, String> generated = CliDocsGenerator.render();
    assertEquals(3, generated.size());
    for (String file : generated.keySet()) {
      Path committed = Path.of(file);
      String expected = Files.readString(dir.resolve(file));
      String actual = Files.exists(committed) ? Files.readString(committed) : "(missing)";
      assertEquals(
          expected,
          actual,
          file + " is out of date with the commands in src/main/java/dev/replylint/cli; regenerate it with: "
              + CliDocsGenerator.REGENERATE + " (then commit it)");
    }
  }

  @Test
  void manPageDocumentsEveryOptionExitCodeAndTheEnvironment() throws IOException {
    String page = Files.readString(Path.of("man/replylint.1"));
    for (String section : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "\"EXIT STATUS\"", "ENVIRONMENT", "FILES", "EXAMPLES")) {
      assertTrue(page.contains("\n.SH " + section + "\n"), section);
    }
    for (String code : List.of("0", "1", "2")) {
      assertTrue(page.contains("\n.TP\n.B " + code + "\n"), "exit status " + code);
    }
    assertTrue(page.contains("\\fBNO_COLOR\\fR"), "NO_COLOR");
    assertTrue(page.contains("\\fB\\&.replylint.yaml\\fR\nthe policy used without \\-\\-policy"), "policy discovery");
    for (CommandSpec command : allCommands(Main.commandLine(quietEnvironment()).getCommandSpec())) {
      for (OptionSpec option : command.options()) {
        assertTrue(page.contains("\\fB" + ManPageWriter.escape(option.longestName()) + "\\fR"), command.qualifiedName() + " " + option.longestName());
      }
      if (command.subcommands().isEmpty()) {
        assertTrue(page.contains(".SS \"" + command.qualifiedName() + "\""), command.qualifiedName());
      }
    }
  }

  @Test
  void manPageRendersWithoutWarnings() throws Exception {
    assumeTrue(onPath("groff"), "groff not installed; skipping the rendering check");
    Process groff = new ProcessBuilder("groff", "-man", "-ww", "-z", "man/replylint.1").redirectErrorStream(true).start();
    String warnings = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(groff.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, groff.exitValue(), warnings);
    assertEquals("", warnings);
  }

  @Test
  void bashCompletesCommandsAndOptionValues() throws Exception {
    assumeTrue(onPath("bash"), "bash not installed; skipping the completion check");
    assertEquals("check history policy rules", bashComplete("replylint", ""));
    assertEquals("validate show", bashComplete("replylint", "policy", ""));
    assertEquals("text json", bashComplete("replylint", "check", "--format", ""));
    assertEquals("error warning info", bashComplete("replylint", "check", "--fail-on", ""));
    assertEquals("auto always never", bashComplete("replylint", "check", "--color", ""));
    assertEquals("default strict", bashComplete("replylint", "check", "--policy", ""));
    assertEquals("--fail-on --format", sortedWords(bashComplete("replylint", "check", "--f")));
  }

  @Test
  void zshParsesItsCompletion() throws Exception {
    assumeTrue(onPath("zsh"), "zsh not installed; skipping the syntax check");
    Process zsh = new ProcessBuilder("zsh", "-n", "completions/_replylint").redirectErrorStream(true).start();
    String output = new String(zsh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(zsh.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, zsh.exitValue(), output);
  }

  private static String bashComplete(String... words) throws Exception {
    StringBuilder script = new StringBuilder("source completions/replylint.bash 2>/dev/null\nCOMP_WORDS=(");
    for (String word : words) {
      script.append("'").append(word).append("' ");
    }
    String line = String.join(" ", words);
    script.append(")\nCOMP_CWORD=").append(words.length - 1)
        .append("\nCOMP_LINE='").append(line).append("'\nCOMP_POINT=").append(line.length())
        .append("\n_complete_replylint 2>/dev/null\necho \"${COMPREPLY[*]}\"\n");
    Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", script.toString()).start();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(bash.waitFor(60, TimeUnit.SECONDS));
    return output;
  }

  private static String sortedWords(String words) {
    return String.join(" ", java.util.Arrays.stream(words.split(" ")).sorted().toList());
  }

  private static boolean onPath(String program) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(directory, program))) {
        return true;
      }
    }
    return false;
  }

  private static List<CommandSpec> allCommands(CommandSpec root) {
    List<CommandSpec> all = new ArrayList<>();
    all.add(root);
    for (CommandLine sub : root.subcommands().values()) {
      all.addAll(allCommands(sub.getCommandSpec()));
    }
    return all;
  }

  private static CliEnvironment quietEnvironment() {
    return new CliEnvironment(new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("."), false);
  }
}
