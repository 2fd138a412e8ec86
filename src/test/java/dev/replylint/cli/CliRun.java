package dev.replylint.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process with faked streams, environment and working directory. */
public record CliRun(int exitCode, String out, String err) {
  public static CliRun run(Path workingDirectory, String stdin, String... args) {
    return run(workingDirectory, stdin.getBytes(StandardCharsets.UTF_8), Map.of(), false, args);
  }

  public static CliRun run(Path workingDirectory, byte[] stdin, Map<String, String> env, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment environment = new CliEnvironment(new ByteArrayInputStream(stdin), env, workingDirectory, terminal);
    int code = Main.run(args, environment, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }
}
