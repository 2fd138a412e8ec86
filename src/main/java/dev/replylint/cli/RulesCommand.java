package dev.replylint.cli;

import dev.replylint.policy.PolicyLoader;
import dev.replylint.rules.RuleInfo;
import dev.replylint.rules.RuleType;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lists every rule: id, default severity, what it flags, why, its source and its options.")
final class RulesCommand implements Callable<Integer> {
  @ParentCommand ReplylintCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (RuleType<?> type : root.registry().all()) {
      RuleInfo info = type.info();
      out.println(info.id() + " (" + info.severity().label() + ")");
      out.println("  " + info.summary());
      out.println("  why: " + info.rationale());
      out.println("  source: " + info.source());
      Map<String, String> options = PolicyLoader.defaultOptions(type);
      if (!options.isEmpty()) {
        out.println("  options:");
        options.forEach((k, v) -> out.println("    " + k + ": " + v));
      }
      out.println();
    }
    return ExitCodes.CLEAN;
  }
}
