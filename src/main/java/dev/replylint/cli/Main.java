package dev.replylint.cli;

import dev.replylint.UserError;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point: {@code main} only exits with what {@link #run} returns. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, CliEnvironment.system(), out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line; never throws, never exits. */
  public static int run(String[] args, CliEnvironment environment, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(environment);
    cli.setOut(out);
    cli.setErr(err);
    boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UserError) {
            err.println("replylint: " + e.getMessage());
          } else {
            err.println("replylint: internal error: " + e + " (rerun with --stacktrace for details)");
          }
          if (stacktrace) {
            e.printStackTrace(err);
          }
          err.flush();
          return ExitCodes.ERROR;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The full command tree; also what the completion and man-page generators read. */
  public static CommandLine commandLine(CliEnvironment environment) {
    CommandLine cli = new CommandLine(new ReplylintCommand(environment));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
