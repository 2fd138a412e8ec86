package dev.replylint.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What the commands read from the outside world, passed in so tests can fake each part: standard
 * input, environment variables, the working directory and whether stdout is a terminal. The
 * terminal is probed only when asked (only {@code --color auto} with text output asks).
 */
public record CliEnvironment(InputStream stdin, Map<String, String> env, Path workingDirectory, BooleanSupplier terminalProbe) {
  public CliEnvironment(InputStream stdin, Map<String, String> env, Path workingDirectory, boolean stdoutIsTerminal) {
    this(stdin, env, workingDirectory, () -> stdoutIsTerminal);
  }

  public boolean stdoutIsTerminal() {
    return terminalProbe.getAsBoolean();
  }

  public static CliEnvironment system() {
    return new CliEnvironment(System.in, System.getenv(), Path.of("").toAbsolutePath(), new StdoutProbe());
  }

  /** A class, not a method reference: a lambda costs the launcher a class spun at startup. */
  private static final class StdoutProbe implements BooleanSupplier {
    @Override
    public boolean getAsBoolean() {
      return probeStdout();
    }
  }

  /**
   * On Linux, where fd 1 points tells it even when stdin is piped ({@code echo … | replylint check}
   * in a terminal), which {@link System#console()} cannot: it needs both ends on the terminal.
   */
  static boolean probeStdout() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return consoleIsTerminal();
    }
  }

  /**
   * From JDK 22, {@code System.console()} returns a console even when the streams are redirected and
   * only {@code Console.isTerminal()} (absent from the Java 17 API, hence the reflection) tells.
   */
  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
