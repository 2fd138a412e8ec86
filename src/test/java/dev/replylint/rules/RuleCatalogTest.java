package dev.replylint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.replylint.DraftInput;
import dev.replylint.Linter;
import dev.replylint.policy.Policy;
import dev.replylint.policy.PolicyLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the catalogue honest: every rule class is registered, and every registered rule has its
 * fixture, its default-policy entry and its README paragraph, and survives edge inputs.
 */
class RuleCatalogTest {
  private static final RuleRegistry REGISTRY = BuiltinRules.registry();

  @Test
  void everyRuleClassIsRegisteredOnceAndTheListIsAlphabetical() throws IOException, URISyntaxException {
    Path dir = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("dev/replylint/rules");
    Set<String> classes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = dir.relativize(f).toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        String className = "dev.replylint.rules." + name.replace('/', '.').replace(".class", "");
        try {
          Class<?> c = Class.forName(className);
          if (Rule.class.isAssignableFrom(c) && !c.isInterface() && c.isAnnotationPresent(RuleInfo.class)) {
            classes.add(c.getName());
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
    Set<String> registered = new TreeSet<>();
    REGISTRY.all().forEach(t -> registered.add(t.ruleClass().getName()));
    assertEquals(classes, registered, "rule classes vs BuiltinRules");
  }

  @Test
  void everyRuleIdIsKebabCase() {
    for (RuleType<?> t : REGISTRY.all()) {
      assertTrue(t.id().matches("[a-z]+(-[a-z]+)*"), t.id());
      assertTrue(!t.info().summary().isBlank() && !t.info().rationale().isBlank() && !t.info().source().isBlank(), t.id());
    }
  }

  @Test
  void defaultPolicyEnablesEveryRule() {
    Policy policy = new PolicyLoader(REGISTRY).bundled("default");
    for (RuleType<?> t : REGISTRY.all()) {
      assertTrue(policy.rules().containsKey(t.id()), "policies/default.yaml lacks " + t.id());
    }
  }

  @Test
  void everyRuleHasAFixtureFile() {
    for (RuleType<?> t : REGISTRY.all()) {
      assertTrue(RuleFixtures.exists(t.id()), "missing src/test/resources/fixtures/" + t.id() + ".yaml");
    }
  }

  @Test
  void readmeHasAParagraphPerRule() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (RuleType<?> t : REGISTRY.all()) {
      assertTrue(readme.contains("### `" + t.id() + "`"), "README lacks a ### `" + t.id() + "` paragraph");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRuleSurvivesEdgeInputs() {
    Map<String, String> inputs =
        Map.of(
            "empty", "",
            "whitespace", " \n\t ",
            "emoji only", "😀🙏🏽👨‍👩‍👧🇫🇷",
            "crlf", "Hi there,\r\nWE ARE SORRY :(\r\n\r\nDM us\r\n",
            "lone surrogates", "bad \uD83D text \uDE00 here",
            "100 KB", "Thanks for reaching out, we can help with that. ".repeat(2100),
            "control characters", "a\u0000b\u0007c\u001b[31m");
    Policy policy = new PolicyLoader(REGISTRY).bundled("default");
    Linter linter = Linter.create(policy, REGISTRY);
    List<DynamicTest> tests = new ArrayList<>();
    inputs.forEach(
        (name, text) ->
            tests.add(
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      for (Finding f : linter.lint(new DraftInput(name, text, "It is broken AGAIN :(", Map.of())).findings()) {
                        assertTrue(0 <= f.start() && f.start() <= f.end() && f.end() <= text.length(), f.toString());
                        assertEquals(text.substring(f.start(), f.end()), f.text());
                      }
                    })));
    return tests.stream();
  }
}
