package dev.replylint.cli;

import dev.replylint.UserError;
import dev.replylint.policy.DidYouMean;
import dev.replylint.policy.Policy;
import dev.replylint.policy.PolicyLoader;
import dev.replylint.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import picocli.CommandLine.Option;

/** {@code --policy}, shared by the commands that need a policy, and how one is found without it. */
final class PolicyOption {
  @Option(
      names = {"-p", "--policy"},
      paramLabel = "FILE|NAME",
      completionCandidates = PolicyOption.BundledPolicies.class,
      description = {
        "Policy file, or the name of a bundled policy (${COMPLETION-CANDIDATES}).",
        "Without it: the nearest .replylint.yaml from the working directory upwards, else the bundled default."
      })
  String policy;

  /** Completion offers the bundled names; shells add file names themselves. */
  static final class BundledPolicies implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return PolicyLoader.BUNDLED.iterator();
    }
  }

  Policy resolve(RuleRegistry registry, CliEnvironment environment) {
    PolicyLoader loader = new PolicyLoader(registry);
    if (policy == null) {
      return loader.discover(environment.workingDirectory());
    }
    Path file = environment.workingDirectory().resolve(policy);
    if (!Files.exists(file)) {
      if (PolicyLoader.BUNDLED.contains(policy)) {
        return loader.bundled(policy);
      }
      String hint = DidYouMean.hint(policy, PolicyLoader.BUNDLED);
      if (!hint.isEmpty()) {
        throw new UserError(policy + ": no such file, nor a bundled policy" + hint);
      }
    }
    return loader.load(file, policy);
  }
}
