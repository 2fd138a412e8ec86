package dev.replylint.cli;

import dev.replylint.UserError;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point: {@code main} only exits with what {@link #run} returns. */
public final class Main {
  /** The subcommands of {@code replylint}, in the order help lists them. */
  static final List<String> SUBCOMMANDS = List.of("check", "history", "policy", "rules");

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
    int code;
    if (isPlainCheck(args)) {
      code = runPlainCheck(args, environment, out, err);
    } else {
      CommandLine cli =
          args.length > 0 && SUBCOMMANDS.contains(args[0])
              ? commandLine(environment, List.of(args[0]))
              : commandLine(environment, SUBCOMMANDS);
      cli.setOut(out);
      cli.setErr(err);
      installErrorHandlers(cli, err);
      code = cli.execute(args);
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * {@code check} followed by nothing but files (or {@code -}): the common case, and one picocli
   * has nothing to decide in. Building picocli's model reads every annotation by reflection, which
   * generates a proxy class per annotation type at run time — the largest part of a check's
   * start-up, and one no class-data archive saves — so this command line runs {@link CheckCommand}
   * directly, its fields at their defaults. An argument that picocli could read otherwise (an
   * option, {@code --}, an {@code @file}) goes through picocli. CheckCommandShortcutTest compares
   * both ways.
   */
  static boolean isPlainCheck(String[] args) {
    if (args.length == 0 || !args[0].equals("check")) {
      return false;
    }
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if ((arg.startsWith("-") && !arg.equals("-")) || arg.startsWith("@")) {
        return false;
      }
    }
    return true;
  }

  private static int runPlainCheck(String[] args, CliEnvironment environment, PrintWriter out, PrintWriter err) {
    try {
      CheckCommand check = new CheckCommand();
      check.root = new ReplylintCommand(environment);
      check.files.addAll(Arrays.asList(args).subList(1, args.length));
      return check.check(out, err);
    } catch (Exception e) {
      return new ErrorReporter(err).failed(e, false);
    }
  }

  /** Usage errors and failed commands become one line on {@code err} and exit code 2. */
  static void installErrorHandlers(CommandLine cli, PrintWriter err) {
    ErrorReporter errors = new ErrorReporter(err);
    cli.setParameterExceptionHandler(errors);
    cli.setExecutionExceptionHandler(errors);
  }

  /** The full command tree; also what the completion and man-page generators read. */
  public static CommandLine commandLine(CliEnvironment environment) {
    return commandLine(environment, SUBCOMMANDS);
  }

  /**
   * The tree with only the named subcommands under the root. picocli builds a command's model by
   * reflection when it is added, which is a large part of a check's start-up, so {@link #run} builds
   * only the subcommand its arguments start with; nothing a user sees changes, since the arguments
   * after a subcommand's name are that subcommand's alone.
   */
  private static CommandLine commandLine(CliEnvironment environment, List<String> subcommands) {
    CommandLine cli = new CommandLine(new ReplylintCommand(environment));
    for (String name : subcommands) {
      cli.addSubcommand(subcommand(name));
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  private static Object subcommand(String name) {
    return switch (name) {
      case "check" -> new CheckCommand();
      case "history" -> new HistoryCommand();
      case "policy" -> new PolicyCommand();
      case "rules" -> new RulesCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
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
      return failed(e, stacktraceRequested(parseResult));
    }

    /** What a command that threw prints: one line, the stack trace only on request. */
    int failed(Exception e, boolean stacktrace) {
      if (e instanceof UserError) {
        err.println("replylint: " + oneLine(e.getMessage()));
      } else {
        err.println("replylint: internal error: " + oneLine(String.valueOf(e)) + " (rerun with --stacktrace for details)");
      }
      if (stacktrace) {
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
