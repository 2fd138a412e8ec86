package dev.replylint.cli;

import dev.replylint.rules.BuiltinRules;
import dev.replylint.rules.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(
    name = "replylint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lints customer-care replies before they go out on public social channels.",
    subcommands = {CheckCommand.class, HistoryCommand.class, PolicyCommand.class, RulesCommand.class},
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  no finding at or above the fail level",
      "  1  at least one finding at or above the fail level",
      "  2  usage error, bad policy, unreadable input or internal error"
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
