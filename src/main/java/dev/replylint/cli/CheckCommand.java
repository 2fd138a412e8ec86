package dev.replylint.cli;

import dev.replylint.DraftInput;
import dev.replylint.LintResult;
import dev.replylint.Linter;
import dev.replylint.UserError;
import dev.replylint.history.HistoryLookup;
import dev.replylint.history.HistoryStore;
import dev.replylint.policy.Policy;
import dev.replylint.report.Format;
import dev.replylint.report.ReportOptions;
import dev.replylint.report.Reporter;
import dev.replylint.report.Summary;
import dev.replylint.rules.Severity;
import dev.replylint.text.InputText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks drafts against the policy and prints each violation as file:line:col: severity [rule] message.",
      "Each FILE is one draft; no FILE, or -, reads one draft from standard input."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no finding at or above the fail level",
      "1:at least one finding at or above the fail level",
      "2:usage error, bad policy, unreadable input or internal error"
    })
final class CheckCommand implements Callable<Integer> {
  /** Far beyond any reply; bounds memory and time on a mistaken input. */
  static final long MAX_DRAFT_BYTES = 16L << 20;

  @ParentCommand ReplylintCommand root;

  @Spec CommandSpec spec;

  @Mixin PolicyOption policyOption = new PolicyOption();

  @Mixin HistoryCheckOptions historyOptions = new HistoryCheckOptions();

  @Parameters(paramLabel = "FILE", description = "Drafts to check; - for standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "text",
      converter = EnumValues.Formats.class,
      completionCandidates = EnumValues.Formats.class)
  Format format = Format.TEXT;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} (default: the policy's fail-on, else error).",
      converter = EnumValues.Severities.class,
      completionCandidates = EnumValues.Severities.class)
  Severity failOn;

  @Option(names = {"-q", "--quiet"}, description = "Print only findings at or above the fail level, and no summary.")
  boolean quiet;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto colours a terminal unless NO_COLOR is set or TERM=dumb).",
      defaultValue = "auto",
      converter = EnumValues.ColorModes.class,
      completionCandidates = EnumValues.ColorModes.class)
  ColorMode color = ColorMode.AUTO;

  @Option(
      names = "--redact",
      description = "Mask the matched text, and the suggested replacements, in every output (for private data in logs).")
  boolean redact;

  @Option(
      names = "--in-reply-to",
      paramLabel = "FILE",
      description = "The customer's post the drafts answer; - reads it from standard input. Rules that need it stay silent without it.")
  String inReplyTo;

  enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Override
  public Integer call() {
    return check(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * The command, writing to the given streams. Every field starts at its option's default, so
   * {@link Main} can run a plain {@code check [FILE...]} without building picocli's model.
   */
  int check(PrintWriter out, PrintWriter err) {
    CliEnvironment environment = root.environment();
    Policy policy = policyOption.resolve(root.registry(), environment);
    if (failOn != null) {
      policy = policy.withFailOn(failOn);
    }
    ReportOptions options =
        new ReportOptions(format == Format.TEXT && useColor(environment), redact, quiet, policy.failOn(), policy.origin());
    Reporter reporter = format.reporter(out, options);
    Summary summary = new Summary(policy.failOn());
    List<String> inputs = files.isEmpty() ? List.of("-") : files;
    String customerPost = readCustomerPost(inputs, environment);
    boolean inputErrors = false;
    List<DraftInput> drafts = new ArrayList<>();
    for (String file : inputs) {
      String text;
      String name;
      try {
        if (file.equals("-")) {
          name = "<stdin>";
          text = InputText.readStream(environment.stdin(), name, "draft", MAX_DRAFT_BYTES);
        } else {
          name = file;
          text = InputText.readFile(environment.workingDirectory().resolve(file), file, "draft", MAX_DRAFT_BYTES);
        }
      } catch (UserError e) {
        // Report and go on with the other drafts; the exit code still says something was not checked.
        err.println("replylint: " + e.getMessage());
        inputErrors = true;
        continue;
      }
      drafts.add(new DraftInput(name, text, customerPost, historyOptions.metadata()));
    }
    try (HistoryStore store = historyOptions.history.openForCheck(environment, historyOptions.record)) {
      // The other drafts of this run come first, so near-copies within a batch point at each other.
      HistoryLookup earlier =
          HistoryLookup.both(HistoryCheckOptions.runDrafts(drafts, policy), store == null ? HistoryLookup.NONE : store);
      Linter linter = Linter.create(policy, root.registry(), earlier);
      for (DraftInput draft : drafts) {
        LintResult result = linter.lint(draft);
        summary.add(result);
        reporter.result(result);
        if (historyOptions.record && !result.fails(policy.failOn()) && !draft.text().isBlank()) {
          store.add(historyOptions.toRecord(draft), policy.shared().placeholders());
        }
      }
    }
    reporter.finish(summary);
    if (inputErrors) {
      return ExitCodes.ERROR;
    }
    return summary.failed() ? ExitCodes.VIOLATIONS : ExitCodes.CLEAN;
  }

  /** The post named by --in-reply-to, or null; standard input can feed the post or a draft, not both. */
  private String readCustomerPost(List<String> inputs, CliEnvironment environment) {
    if (inReplyTo == null) {
      return null;
    }
    if (inReplyTo.equals("-")) {
      if (inputs.contains("-")) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--in-reply-to - reads standard input, so the drafts must be files (standard input cannot be read twice)");
      }
      return InputText.readStream(environment.stdin(), "<stdin>", "customer post", MAX_DRAFT_BYTES);
    }
    return InputText.readFile(environment.workingDirectory().resolve(inReplyTo), inReplyTo, "customer post", MAX_DRAFT_BYTES);
  }

  private boolean useColor(CliEnvironment environment) {
    return switch (color) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> environment.stdoutIsTerminal()
          && environment.env().getOrDefault("NO_COLOR", "").isEmpty()
          && !"dumb".equals(environment.env().get("TERM"));
    };
  }
}
