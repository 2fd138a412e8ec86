package dev.replylint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.replylint.Version;
import dev.replylint.policy.PolicyLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of the command-line contract that hold whatever rules exist: inputs, policy discovery
 * and extends, the policy and rules commands, usage and internal errors, help and version. Where
 * a test needs a clean run it names a policy without rules, so rules added later cannot change it.
 */
class CliContractTest {
  /** A policy that runs no rule. */
  private static final String NO_RULES = "no-rules.yaml";

  @TempDir Path dir;

  @BeforeEach
  void writePolicyWithoutRules() throws IOException {
    Files.writeString(dir.resolve(NO_RULES), "version: 1\n");
  }

  private static List<String> inputNames(JsonNode doc) {
    List<String> names = new ArrayList<>();
    doc.get("results").forEach(r -> names.add(r.get("input").textValue()));
    return names;
  }

  @Test
  void noFileReadsStandardInput() {
    CliRun r = CliRun.run(dir, "Thanks for waiting, it is fixed now.", "check", "--format", "json", "-p", NO_RULES);
    assertEquals(ExitCodes.CLEAN, r.exitCode(), r.err());
    assertEquals(List.of("<stdin>"), inputNames(JsonShape.parseDocument(r.out())));
  }

  @Test
  void severalFilesAndDashAreEachOneDraftInTheOrderGiven() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Thanks for waiting.");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "Happy to help.");
    CliRun r = CliRun.run(dir, "From stdin.", "check", "--format", "json", "-p", NO_RULES, "a.txt", "-", "sub/b.txt");
    assertEquals(ExitCodes.CLEAN, r.exitCode(), r.err());
    JsonNode doc = JsonShape.parseDocument(r.out());
    assertEquals(List.of("a.txt", "<stdin>", "sub/b.txt"), inputNames(doc));
    assertEquals(3, doc.get("summary").get("inputs").intValue());
  }

  @Test
  void cleanDraftsPrintNothingAndExitZero() throws IOException {
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.writeString(dir.resolve("ok.txt"), "Thanks for reaching out, we fixed it.");
    CliRun r = CliRun.run(dir, "", "check", "-p", NO_RULES, "empty.txt", "ok.txt");
    assertEquals(ExitCodes.CLEAN, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertEquals("", r.err());
  }

  @Test
  void cleanJsonRunHasTheDocumentedShape() {
    CliRun r = CliRun.run(dir, "Thanks!", "check", "-f", "JSON", "-p", NO_RULES);
    JsonNode doc = JsonShape.parseDocument(r.out());
    assertEquals(NO_RULES, doc.get("policy").textValue(), "the policy as the user named it");
    assertEquals(0, doc.get("results").get(0).get("findings").size());
    assertEquals("error", doc.get("summary").get("failOn").textValue());
    assertFalse(doc.get("summary").get("failed").booleanValue());
  }

  @Test
  void aDraftWithAByteOrderMarkIsRead() throws IOException {
    Files.write(dir.resolve("bom.txt"), ("\uFEFFThanks for waiting.").getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.run(dir, "", "check", "-p", NO_RULES, "bom.txt");
    assertEquals(ExitCodes.CLEAN, r.exitCode(), r.err());
  }

  @Test
  void aDraftOverTheLimitIsRefusedWithItsSize() throws IOException {
    byte[] big = new byte[(17 << 20)];
    java.util.Arrays.fill(big, (byte) 'a');
    Files.write(dir.resolve("big.txt"), big);
    CliRun r = CliRun.run(dir, "", "check", "big.txt");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertEquals("replylint: big.txt: draft is 17.0 MB; the limit is 16.0 MB\n", r.err());
  }

  @Test
  void anOversizedStdinIsRefusedToo() {
    byte[] big = new byte[(16 << 20) + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    CliRun r = CliRun.run(dir, big, Map.of(), false, "check");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().startsWith("replylint: <stdin>: draft is 16.0 MB; the limit is 16.0 MB"), r.err());
  }

  @Test
  void aDirectoryGivenAsThePolicyIsAnError() throws IOException {
    Files.createDirectories(dir.resolve("policies"));
    CliRun check = CliRun.run(dir, "Thanks!", "check", "--policy", "policies");
    assertEquals(ExitCodes.ERROR, check.exitCode());
    assertEquals("replylint: policies: is a directory, not a policy file\n", check.err());
    CliRun validate = CliRun.run(dir, "", "policy", "validate", "policies");
    assertEquals(ExitCodes.ERROR, validate.exitCode());
    assertEquals("replylint: policies: is a directory, not a policy file\n", validate.err());
  }

  @Test
  void anUnreadableDraftIsAnError() throws IOException {
    Path draft = dir.resolve("secret.txt");
    Files.writeString(draft, "Thanks!");
    assumeTrue(draft.toFile().setReadable(false, false) && !Files.isReadable(draft), "running as root: every file is readable");
    CliRun r = CliRun.run(dir, "", "check", "-p", NO_RULES, "secret.txt");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertEquals("replylint: secret.txt: permission denied\n", r.err());
  }

  @Test
  void theNearestPolicyFromTheWorkingDirectoryUpwardsIsUsed() throws IOException {
    assumeTrue(PolicyLoader.findNearest(dir).isEmpty(), "a .replylint.yaml above the temp dir would decide this test");
    Path deeper = Files.createDirectories(dir.resolve("team/drafts/today"));
    Files.writeString(dir.resolve(".replylint.yaml"), "version: 1\nextends: default\nfail-on: info\n");
    CliRun fromParent = CliRun.run(deeper, "Thanks!", "check", "--format", "json");
    JsonNode doc = JsonShape.parseDocument(fromParent.out());
    assertEquals(dir.resolve(".replylint.yaml").toString(), doc.get("policy").textValue());
    assertEquals("info", doc.get("summary").get("failOn").textValue());

    Files.writeString(dir.resolve("team/.replylint.yaml"), "version: 1\nextends: default\nfail-on: warning\n");
    JsonNode nearer = JsonShape.parseDocument(CliRun.run(deeper, "Thanks!", "check", "--format", "json").out());
    assertEquals(dir.resolve("team/.replylint.yaml").toString(), nearer.get("policy").textValue());
    assertEquals("warning", nearer.get("summary").get("failOn").textValue());

    JsonNode explicit = JsonShape.parseDocument(CliRun.run(deeper, "Thanks!", "check", "--format", "json", "--policy", "default").out());
    assertEquals("bundled:default", explicit.get("policy").textValue());
  }

  @Test
  void withoutAPolicyFileTheBundledDefaultIsUsed() {
    assumeTrue(PolicyLoader.findNearest(dir).isEmpty(), "a .replylint.yaml above the temp dir would decide this test");
    CliRun r = CliRun.run(dir, "", "policy", "show");
    assertEquals(ExitCodes.CLEAN, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("# effective policy from bundled:default\n"), r.out());
  }

  @Test
  void aBrokenDiscoveredPolicyIsAnErrorNotIgnored() throws IOException {
    Path deeper = Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/.replylint.yaml"), "version: 1\nfail-on: loud\n");
    CliRun r = CliRun.run(deeper, "Thanks!", "check");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().startsWith("replylint: " + dir.resolve("a/.replylint.yaml") + ":2:10: "), r.err());
  }

  @Test
  void extendsChainsThroughFilesAndBundledPolicies() throws IOException {
    Files.createDirectories(dir.resolve("shared"));
    Files.writeString(dir.resolve("shared/base.yaml"), "version: 1\nextends: strict\nbrand-terms: [ACME]\n");
    Files.writeString(dir.resolve("team.yaml"), "version: 1\nextends: ./shared/base.yaml\nbrand-terms: [AcmePay]\n");
    CliRun show = CliRun.run(dir, "", "policy", "show", "--policy", "team.yaml");
    assertEquals(ExitCodes.CLEAN, show.exitCode(), show.err());
    assertTrue(show.out().contains("fail-on: warning"), "fail-on comes from strict through base: " + show.out());
    assertTrue(show.out().contains("- AcmePay"), show.out());
    assertFalse(show.out().contains("- ACME\n"), "a list is replaced whole: " + show.out());

    JsonNode doc = JsonShape.parseDocument(CliRun.run(dir, "Thanks!", "check", "--format", "json", "-p", "team.yaml").out());
    assertEquals("warning", doc.get("summary").get("failOn").textValue());

    CliRun validate = CliRun.run(dir, "", "policy", "validate", "team.yaml");
    assertEquals(ExitCodes.CLEAN, validate.exitCode(), validate.err());
  }

  @Test
  void extendsAMissingFileIsLocated() throws IOException {
    Files.writeString(dir.resolve("team.yaml"), "version: 1\nextends: ./nowhere.yaml\n");
    CliRun r = CliRun.run(dir, "Thanks!", "check", "--policy", "team.yaml");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().startsWith("replylint: team.yaml:2:10: "), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void policyShowPrintsAPolicyThatValidates() throws IOException {
    Files.writeString(dir.resolve("team.yaml"), "version: 1\nextends: strict\nbrand-terms: [ACME]\n");
    CliRun show = CliRun.run(dir, "", "policy", "show", "--policy", "team.yaml");
    assertEquals(ExitCodes.CLEAN, show.exitCode(), show.err());
    Files.writeString(dir.resolve("shown.yaml"), show.out());
    CliRun validate = CliRun.run(dir, "", "policy", "validate", "shown.yaml");
    assertEquals(ExitCodes.CLEAN, validate.exitCode(), validate.err());
    assertTrue(validate.out().startsWith("shown.yaml: ok"), validate.out());
    assertTrue(validate.out().contains("fail-on warning"), validate.out());
    CliRun again = CliRun.run(dir, "", "policy", "show", "--policy", "shown.yaml");
    assertEquals(show.out().lines().skip(1).toList(), again.out().lines().skip(1).toList(), "show is a fixed point");
  }

  @Test
  void policyShowOfABundledPolicyByName() {
    CliRun r = CliRun.run(dir, "", "policy", "show", "--policy", "strict");
    assertEquals(ExitCodes.CLEAN, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("# effective policy from bundled:strict\n"), r.out());
    assertTrue(r.out().contains("fail-on: warning"), r.out());
  }

  @Test
  void anUnknownBundledNameGetsADidYouMean() {
    CliRun r = CliRun.run(dir, "", "check", "--policy", "strcit");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertEquals("replylint: strcit: no such file, nor a bundled policy; did you mean \"strict\"?\n", r.err());
  }

  @Test
  void policyValidateNeedsAFile() {
    CliRun r = CliRun.run(dir, "", "policy", "validate");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertEquals("replylint: Missing required parameter: 'FILE'; see 'replylint policy validate --help'\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void policyWithoutASubcommandIsAUsageError() {
    CliRun r = CliRun.run(dir, "", "policy");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertEquals("replylint: Missing command: say validate or show; see 'replylint policy --help'\n", r.err());
  }

  @Test
  void usageErrorsAreOneLineWithAGuessAndWhereTheHelpIs() {
    CliRun command = CliRun.run(dir, "", "chek");
    assertEquals(ExitCodes.ERROR, command.exitCode());
    assertEquals("replylint: Unmatched argument at index 0: 'chek' (did you mean check?); see 'replylint --help'\n", command.err());

    CliRun option = CliRun.run(dir, "", "check", "--quite");
    assertEquals(ExitCodes.ERROR, option.exitCode());
    assertEquals(1, option.err().lines().count(), option.err());
    assertTrue(option.err().startsWith("replylint: Unknown option: '--quite'"), option.err());
    assertTrue(option.err().contains("did you mean"), option.err());
    assertTrue(option.err().endsWith("; see 'replylint check --help'\n"), option.err());
    assertEquals("", option.out());
  }

  @Test
  void badOptionValuesListTheValidOnesInLowerCase() {
    assertEquals(
        "replylint: Invalid value for option '--format': 'xml' is not one of text, json; see 'replylint check --help'\n",
        CliRun.run(dir, "", "check", "--format", "xml").err());
    assertEquals(
        "replylint: Invalid value for option '--fail-on': 'loud' is not one of error, warning, info; see 'replylint check --help'\n",
        CliRun.run(dir, "", "check", "--fail-on", "loud").err());
    assertEquals(
        "replylint: Invalid value for option '--color': 'sometimes' is not one of auto, always, never; see 'replylint check --help'\n",
        CliRun.run(dir, "", "check", "--color", "sometimes").err());
  }

  @Test
  void optionValuesAreAcceptedInAnyCase() {
    CliRun r = CliRun.run(dir, "Thanks!", "check", "--format", "Json", "--fail-on", "WARNING", "--color", "Never", "-p", NO_RULES);
    assertEquals(ExitCodes.CLEAN, r.exitCode(), r.err());
    assertEquals("warning", JsonShape.parseDocument(r.out()).get("summary").get("failOn").textValue());
  }

  @Test
  void helpShowsTheExitStatusEnvironmentAndPolicyDiscovery() {
    CliRun root = CliRun.run(dir, "", "--help");
    assertEquals(ExitCodes.CLEAN, root.exitCode());
    for (String expected : List.of("Exit status:", "  0 ", "  1 ", "  2 ", "Environment:", "NO_COLOR", "Files:", ".replylint.yaml", "Examples:")) {
      assertTrue(root.out().contains(expected), expected + " in\n" + root.out());
    }
    CliRun check = CliRun.run(dir, "", "check", "-h");
    for (String option : List.of("--policy", "--format", "--fail-on", "--quiet", "--color", "--redact", "--stacktrace", "text, json", "error, warning, info", "auto, always, never")) {
      assertTrue(check.out().contains(option), option + " in\n" + check.out());
    }
    assertEquals("", check.err());
  }

  @Test
  void versionNamesTheBuild() {
    for (String[] args : new String[][] {{"--version"}, {"-V"}, {"check", "-V"}, {"policy", "show", "--version"}}) {
      CliRun r = CliRun.run(dir, "", args);
      assertEquals(ExitCodes.CLEAN, r.exitCode());
      assertEquals("replylint " + Version.get() + "\n", r.out());
    }
    assertFalse(Version.get().equals("unknown"), "version.properties is filtered into the build");
  }

  @Test
  void anInternalErrorIsOneLineWithAHintAndTheTraceOnlyOnRequest() {
    CliRun plain = run(failingStdin(), "check");
    assertEquals(ExitCodes.ERROR, plain.exitCode());
    assertEquals(
        "replylint: internal error: java.lang.IllegalStateException: disk on fire (rerun with --stacktrace for details)\n",
        plain.err());

    CliRun traced = run(failingStdin(), "check", "--stacktrace");
    assertEquals(ExitCodes.ERROR, traced.exitCode());
    assertTrue(traced.err().startsWith("replylint: internal error: java.lang.IllegalStateException: disk on fire"), traced.err());
    assertTrue(traced.err().contains("\tat "), "the stack trace follows: " + traced.err());

    CliRun tracedFromTheRoot = run(failingStdin(), "--stacktrace", "check");
    assertTrue(tracedFromTheRoot.err().contains("\tat "), tracedFromTheRoot.err());
  }

  @Test
  void aUserErrorNeverShowsATraceUnlessAsked() {
    CliRun plain = CliRun.run(dir, "", "check", "--policy", "nope.yaml");
    assertEquals("replylint: nope.yaml: no such file\n", plain.err());
    CliRun traced = CliRun.run(dir, "", "check", "--stacktrace", "--policy", "nope.yaml");
    assertTrue(traced.err().startsWith("replylint: nope.yaml: no such file\n"), traced.err());
    assertEquals(ExitCodes.ERROR, traced.exitCode());
  }

  @Test
  void rulesNeedsNoPolicyAndExitsZero() throws IOException {
    Files.writeString(dir.resolve(".replylint.yaml"), "this is: [not valid");
    CliRun r = CliRun.run(dir, "", "rules");
    assertEquals(ExitCodes.CLEAN, r.exitCode(), r.err());
    assertEquals("", r.err());
  }

  @Test
  void theSystemTerminalProbeSeesRedirectedOutput() {
    // The forked test JVM writes to a pipe: a probe that answers "terminal" here would colour logs.
    assertFalse(CliEnvironment.system().stdoutIsTerminal());
  }

  @Test
  void theTerminalIsProbedOnlyWhenColourDependsOnIt() {
    int[] probes = {0};
    CliEnvironment environment =
        new CliEnvironment(new ByteArrayInputStream("Thanks!".getBytes(StandardCharsets.UTF_8)), Map.of(), dir, () -> ++probes[0] > 0);
    Main.run(new String[] {"check", "--format", "json"}, environment, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    Main.run(new String[] {"check", "--color", "never"}, environment, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertEquals(0, probes[0]);
    Main.run(new String[] {"check"}, environment, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertEquals(1, probes[0]);
  }

  private CliRun run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new CliEnvironment(stdin, Map.of(), dir, false), new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  private static InputStream failingStdin() {
    return new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("disk on fire");
      }

      @Override
      public int read(byte[] b, int off, int len) {
        throw new IllegalStateException("disk on fire");
      }
    };
  }
}
