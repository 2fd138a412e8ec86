package dev.replylint.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the commands read from the outside world, passed in so tests can fake each part: standard
 * input, environment variables, the working directory and whether stdout is a terminal.
 */
public record CliEnvironment(InputStream stdin, Map<String, String> env, Path workingDirectory, boolean stdoutIsTerminal) {
  public static CliEnvironment system() {
    return new CliEnvironment(System.in, System.getenv(), Path.of("").toAbsolutePath(), System.console() != null);
  }
}
