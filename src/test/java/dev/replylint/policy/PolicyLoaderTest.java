package dev.replylint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.replylint.rules.Severity;
import dev.replylint.testing.BannedWordRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {
  private final PolicyLoader loader = new PolicyLoader(BannedWordRule.registry());

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private PolicyException fails(String text) throws IOException {
    Path file = write("p.yaml", text);
    return assertThrows(PolicyException.class, () -> loader.load(file, "p.yaml"));
  }

  @Test
  void readsRuleSettingsAndTypedOptions() throws IOException {
    Policy p =
        loader.load(
            write("p.yaml", "version: 1\nfail-on: warning\nrules:\n  banned-word:\n    severity: info\n    words: [meh]\n"));
    assertEquals(Severity.WARNING, p.failOn());
    RuleSettings s = p.rules().get("banned-word");
    assertTrue(s.enabled());
    assertEquals(Severity.INFO, s.severity());
    assertEquals(new BannedWordRule.Options(List.of("meh"), 20), s.options());
  }

  @Test
  void ruleWithNoSettingsRunsWithDefaults() throws IOException {
    Policy p = loader.load(write("p.yaml", "version: 1\nrules:\n  banned-word:\n"));
    assertEquals(Severity.WARNING, p.rules().get("banned-word").severity());
    assertEquals(new BannedWordRule.Options(null, null), p.rules().get("banned-word").options());
  }

  @Test
  void unknownTopLevelKeyIsLocatedWithASuggestion() throws IOException {
    PolicyException e = fails("version: 1\nfail_on: error\n");
    assertEquals("p.yaml:2:1: unknown key \"fail_on\"; did you mean \"fail-on\"?", e.getMessage());
  }

  @Test
  void unknownRuleIdSuggestsTheClosest() throws IOException {
    PolicyException e = fails("version: 1\nrules:\n  baned-word: {}\n");
    assertEquals("p.yaml:3:3: unknown rule \"baned-word\"; did you mean \"banned-word\"?", e.getMessage());
  }

  @Test
  void unknownOptionSuggestsTheClosest() throws IOException {
    PolicyException e = fails("version: 1\nrules:\n  banned-word:\n    wrods: [x]\n");
    assertEquals("p.yaml:4:5: unknown option \"wrods\" for rule banned-word; did you mean \"words\"?", e.getMessage());
  }

  @Test
  void wrongTypeIsLocatedAtTheValue() throws IOException {
    PolicyException e = fails("version: 1\nrules:\n  banned-word:\n    max-length: lots\n");
    assertTrue(e.getMessage().startsWith("p.yaml:4:17: max-length:"), e.getMessage());
  }

  @Test
  void scalarWhereAListBelongsIsAnError() throws IOException {
    PolicyException e = fails("version: 1\nrules:\n  banned-word:\n    words: lol\n");
    assertTrue(e.getMessage().startsWith("p.yaml:4:12: words: expected list"), e.getMessage());
  }

  @Test
  void optionValidationPointsAtTheOffendingListItem() throws IOException {
    PolicyException e = fails("version: 1\nrules:\n  banned-word:\n    words:\n      - ok\n      - ' '\n");
    assertEquals("p.yaml:6:9: words: a word cannot be blank", e.getMessage());
  }

  @Test
  void badSeverityIsLocated() throws IOException {
    PolicyException e = fails("version: 1\nrules:\n  banned-word:\n    severity: eror\n");
    assertEquals("p.yaml:4:15: \"eror\" is not a severity (error, warning, info); did you mean \"error\"?", e.getMessage());
  }

  @Test
  void enabledMustBeABoolean() throws IOException {
    PolicyException e = fails("version: 1\nrules:\n  banned-word:\n    enabled: sometimes\n");
    assertTrue(e.getMessage().startsWith("p.yaml:4:14: enabled: expected true or false"), e.getMessage());
  }

  @Test
  void versionIsRequiredAndMustBeOne() throws IOException {
    assertEquals("p.yaml:1:1: missing \"version: 1\"", fails("rules: {}\n").getMessage());
    assertTrue(fails("version: 2\n").getMessage().startsWith("p.yaml:1:10: unsupported version 2"));
  }

  @Test
  void notYamlIsAnErrorWithAPosition() throws IOException {
    PolicyException e = fails("version: 1\nrules: [unclosed\n");
    assertTrue(e.getMessage().matches("p\\.yaml:\\d+:\\d+: not valid YAML: .*"), e.getMessage());
  }

  @Test
  void aListIsNotAPolicy() throws IOException {
    assertTrue(fails("- a\n- b\n").getMessage().contains("a policy is a YAML mapping"));
  }

  @Test
  void duplicateKeysAreErrors() throws IOException {
    String message = fails("version: 1\nfail-on: error\nfail-on: info\n").getMessage();
    assertTrue(message.matches("p\\.yaml:3:\\d+: duplicate key \"fail-on\""), message);
  }

  @Test
  void aliasesAreRefusedSoYamlBombsCannotExpand() throws IOException {
    StringBuilder bomb = new StringBuilder("version: 1\na: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev).append(", *").append(prev).append("]\n");
    }
    PolicyException e = fails(bomb.toString());
    assertTrue(e.getMessage().contains("anchors and aliases"), e.getMessage());
    assertTrue(e.getMessage().startsWith("p.yaml:2:"), e.getMessage());
  }

  @Test
  void oversizedPolicyIsRefusedBeforeParsing() throws IOException {
    Path file = write("big.yaml", "version: 1\n# " + "x".repeat(10 << 20) + "\n");
    dev.replylint.UserError e = assertThrows(dev.replylint.UserError.class, () -> loader.load(file, "big.yaml"));
    assertEquals("big.yaml: policy is 10.0 MB; the limit is 1.0 MB", e.getMessage());
  }

  @Test
  void extendsMergesMapsAndReplacesScalarsAndLists() throws IOException {
    write("base.yaml", "version: 1\nfail-on: info\nbrand-terms: [ACME]\nrules:\n  banned-word:\n    severity: error\n    words: [a, b]\n");
    Policy p = loader.load(write("child.yaml", "version: 1\nextends: base.yaml\nbrand-terms: [Zed]\nrules:\n  banned-word:\n    words: [c]\n"));
    assertEquals(Severity.INFO, p.failOn());
    assertEquals(List.of("Zed"), p.brandTerms());
    assertEquals(Severity.ERROR, p.rules().get("banned-word").severity());
    assertEquals(List.of("c"), ((BannedWordRule.Options) p.rules().get("banned-word").options()).words());
  }

  @Test
  void errorsInAParentPointAtTheParentFile() throws IOException {
    write("base.yaml", "version: 1\nrules:\n  banned-word:\n    severity: loud\n");
    Path child = write("child.yaml", "version: 1\nextends: ./base.yaml\n");
    PolicyException e = assertThrows(PolicyException.class, () -> loader.load(child, "child.yaml"));
    assertTrue(e.getMessage().contains("base.yaml:4:15: \"loud\" is not a severity"), e.getMessage());
  }

  @Test
  void extendsCycleIsAnError() throws IOException {
    write("a.yaml", "version: 1\nextends: b.yaml\n");
    write("b.yaml", "version: 1\nextends: a.yaml\n");
    PolicyException e = assertThrows(PolicyException.class, () -> loader.load(dir.resolve("a.yaml"), "a.yaml"));
    assertTrue(e.getMessage().contains("extends cycle"), e.getMessage());
    assertTrue(e.getMessage().contains("b.yaml:2:10"), e.getMessage());
  }

  @Test
  void extendsSelfIsACycle() throws IOException {
    PolicyException e = fails("version: 1\nextends: p.yaml\n");
    assertTrue(e.getMessage().startsWith("p.yaml:2:10: extends cycle"), e.getMessage());
  }

  @Test
  void extendsAMissingFileIsLocated() throws IOException {
    PolicyException e = fails("version: 1\nextends: nowhere.yaml\n");
    assertTrue(e.getMessage().startsWith("p.yaml:2:10: extends: no such file"), e.getMessage());
  }

  @Test
  void extendsAnUnknownBundledNameSuggests() throws IOException {
    PolicyException e = fails("version: 1\nextends: defualt\n");
    assertEquals("p.yaml:2:10: no bundled policy \"defualt\"; did you mean \"default\"?", e.getMessage());
  }

  @Test
  void extendsBundledDefault() throws IOException {
    // the bundled default names the built-in rules, so it loads against their registry
    Policy p = new PolicyLoader(dev.replylint.rules.BuiltinRules.registry()).load(write("p.yaml", "version: 1\nextends: default\nfail-on: info\n"));
    assertEquals(Severity.INFO, p.failOn());
    assertFalse(p.placeholders().isEmpty(), "placeholders come from the bundled default");
  }

  @Test
  void badPlaceholderRegexIsLocated() throws IOException {
    PolicyException e = fails("version: 1\nplaceholders: ['(unclosed']\n");
    assertTrue(e.getMessage().startsWith("p.yaml:2:16: not a valid regular expression"), e.getMessage());
  }

  @Test
  void discoveryFindsTheNearestPolicyUpwards() throws IOException {
    write(".replylint.yaml", "version: 1\nfail-on: info\n");
    Path nested = Files.createDirectories(dir.resolve("a/b/c"));
    assertEquals(Severity.INFO, loader.discover(nested).failOn());
    assertEquals(dir.resolve(".replylint.yaml"), PolicyLoader.findNearest(nested).orElseThrow());
  }

  @Test
  void showTreeSpellsOutDefaults() throws IOException {
    Policy p = loader.load(write("p.yaml", "version: 1\nrules:\n  banned-word: {}\n"));
    var tree = p.toTree();
    assertEquals("warning", tree.at("/rules/banned-word/severity").asText());
    assertEquals(20, tree.at("/rules/banned-word/max-length").asInt());
    assertEquals("lol", tree.at("/rules/banned-word/words/0").asText());
  }
}
