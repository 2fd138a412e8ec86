package dev.replylint.cli;

import dev.replylint.Version;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Generates the shell completions and the man page from the picocli model, so they cannot drift
 * from the options the code accepts. Maven runs it in the {@code package} phase (after the tests,
 * one of which fails while the committed files are stale); run by hand it takes the repository root.
 */
public final class CliDocsGenerator {
  /** The command that refreshes the committed files; error messages and file headers name it. */
  public static final String REGENERATE = "mvn -q -DskipTests package";

  private CliDocsGenerator() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    for (Map.Entry<String, String> file : render().entrySet()) {
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
      // Rewriting identical files would touch their timestamps on every build.
      if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), content)) {
        Files.write(target, content);
        System.out.println("replylint docs: wrote " + target);
      }
    }
  }

  /** Each generated file by its path relative to the repository root. */
  public static Map<String, String> render() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("completions/replylint.bash", bash(commandLine()));
    files.put("completions/_replylint", ZshCompletionWriter.write(commandLine(), REGENERATE));
    files.put("man/replylint.1", ManPageWriter.write(commandLine(), Version.get(), REGENERATE));
    return files;
  }

  private static String bash(CommandLine cli) {
    String script = AutoComplete.bash("replylint", cli);
    int afterShebang = script.startsWith("#!") ? script.indexOf('\n') + 1 : 0;
    return script.substring(0, afterShebang)
        + "# Generated from the picocli model by picocli.AutoComplete via " + CliDocsGenerator.class.getName() + "; do not edit.\n"
        + "# Regenerate with: " + REGENERATE + "\n"
        + "# Install: source this file, or copy it to /usr/share/bash-completion/completions/replylint.\n"
        + "# zsh users: completions/_replylint is a native zsh completion.\n"
        + script.substring(afterShebang);
  }

  private static CommandLine commandLine() {
    CliEnvironment none = new CliEnvironment(new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("."), false);
    return Main.commandLine(none);
  }
}
