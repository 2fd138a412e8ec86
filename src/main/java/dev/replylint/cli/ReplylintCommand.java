package dev.replylint.cli;

import dev.replylint.rules.BuiltinRules;
import dev.replylint.rules.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command; {@link Main} adds its subcommands (check, history, policy, rules). Its footer is also the man page's ENVIRONMENT, FILES and EXAMPLES sections
 * ({@link ManPageWriter} reads it): a heading line {@code %nName:}, then items {@code "  KEY  text"},
 * paragraphs {@code "  text"}, literal lines indented by four, and continuation lines indented by
 * more (lined up under the text for the help screen).
 */
@Command(
    name = "replylint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lints customer-care replies before they go out on public social channels.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no finding at or above the fail level",
      "1:at least one finding at or above the fail level",
      "2:usage error, bad policy, unreadable input (missing, a directory, binary, not UTF-8, too large) or internal error"
    },
    footerHeading = "%nEnvironment:%n",
    footer = {
      "  NO_COLOR  when set and not empty, --color auto prints no colour",
      "  TERM      when dumb, --color auto prints no colour",
      "%nFiles:",
      "  .replylint.yaml  the policy used without --policy: the first one found in",
      "                   the working directory or one of its parents, else the",
      "                   bundled policy default",
      "%nExamples:",
      "  Check a draft file, then a draft on standard input:",
      "    replylint check draft.txt",
      "    echo 'OMG this is NOT our fault :(' | replylint check",
      "  Fail on warnings too, and print JSON:",
      "    replylint check --fail-on warning --format json draft.txt",
      "  Show the policy in effect here, with every default filled in:",
      "    replylint policy show"
    })
public final class ReplylintCommand implements Runnable {
  private final CliEnvironment environment;
  private final RuleRegistry registry = BuiltinRules.registry();

  @Spec CommandSpec spec;

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "On an internal error, print the stack trace too.")
  boolean stacktrace;

  ReplylintCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  CliEnvironment environment() {
    return environment;
  }

  RuleRegistry registry() {
    return registry;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: say check, history, policy or rules");
  }
}
