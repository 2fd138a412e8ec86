package dev.replylint.cli;

import dev.replylint.UserError;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

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
    ErrorReporter errors = new ErrorReporter(err);
    cli.setParameterExceptionHandler(errors);
    cli.setExecutionExceptionHandler(errors);
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

  /**
   * Turns what went wrong into exit code 2 and one line on stderr. A class rather than two lambdas:
   * each lambda costs the launcher a class spun at startup.
   */
  private static final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
    private final PrintWriter err;

    ErrorReporter(PrintWriter err) {
      this.err = err;
    }

    /**
     * GNU style: what is wrong, a guess when the user mistyped a name, and where the help is
     * (picocli's default prints the whole usage, which buries the one line that matters).
     */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine command = e.getCommandLine();
      StringBuilder line = new StringBuilder("replylint: ").append(oneLine(e.getMessage()));
      if (e instanceof UnmatchedArgumentException unmatched) {
        List<String> suggestions = unmatched.getSuggestions();
        if (!suggestions.isEmpty()) {
          line.append(" (did you mean ").append(String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))).append("?)");
        }
      }
      line.append("; see '").append(command.getCommandSpec().qualifiedName()).append(" --help'");
      err.println(line);
      err.flush();
      return ExitCodes.ERROR;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
      if (e instanceof UserError) {
        err.println("replylint: " + oneLine(e.getMessage()));
      } else {
        err.println("replylint: internal error: " + oneLine(String.valueOf(e)) + " (rerun with --stacktrace for details)");
      }
      if (stacktraceRequested(parseResult)) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.ERROR;
    }
  }

  private static boolean stacktraceRequested(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
