package dev.replylint.cli;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replylint.policy.Policy;
import dev.replylint.policy.PolicyLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validates or shows policies.",
    subcommands = {PolicyCommand.Validate.class, PolicyCommand.Show.class})
final class PolicyCommand implements Runnable {
  @ParentCommand ReplylintCommand root;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: say validate or show");
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Checks a policy file and what it extends; prints file:line:col: message for the first problem.")
  static final class Validate implements Callable<Integer> {
    @ParentCommand PolicyCommand parent;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The policy file to validate.")
    String file;

    @Override
    public Integer call() {
      CliEnvironment environment = parent.root.environment();
      Path path = environment.workingDirectory().resolve(file);
      Policy policy = new PolicyLoader(parent.root.registry()).load(path, file);
      long enabled = policy.rules().values().stream().filter(r -> r.enabled()).count();
      spec.commandLine().getOut().println(file + ": ok (" + enabled + " rules enabled, fail-on " + policy.failOn().label() + ")");
      return ExitCodes.CLEAN;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Prints the effective policy, extends resolved and every default filled in, as YAML.")
  static final class Show implements Callable<Integer> {
    @ParentCommand PolicyCommand parent;

    @Spec CommandSpec spec;

    @Mixin PolicyOption policyOption;

    @Override
    public Integer call() throws Exception {
      Policy policy = policyOption.resolve(parent.root.registry(), parent.root.environment());
      ObjectMapper yaml =
          new ObjectMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .build());
      spec.commandLine().getOut().println("# effective policy from " + policy.origin());
      spec.commandLine().getOut().print(yaml.writeValueAsString(policy.toTree()));
      return ExitCodes.CLEAN;
    }
  }
}
