package dev.replylint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets exit 2 and one located line on stderr; never a stack trace. */
class CliErrorsTest {
  @TempDir Path dir;

  private static void assertNoStackTrace(CliRun r) {
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void missingFile() {
    CliRun r = CliRun.run(dir, "", "check", "nope.txt");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertEquals("replylint: nope.txt: no such file\n", r.err());
  }

  @Test
  void directoryWhereAFileBelongs() throws IOException {
    Files.createDirectory(dir.resolve("drafts"));
    CliRun r = CliRun.run(dir, "", "check", "drafts");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertEquals("replylint: drafts: is a directory, not a draft file\n", r.err());
  }

  @Test
  void invalidUtf8NamesTheByteOffset() throws IOException {
    Files.write(dir.resolve("latin1.txt"), "caf".getBytes(StandardCharsets.US_ASCII));
    Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'});
    CliRun r = CliRun.run(dir, "", "check", "latin1.txt");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertEquals("replylint: latin1.txt: not valid UTF-8 at byte offset 3; save the draft as UTF-8\n", r.err());
  }

  @Test
  void invalidUtf8OnStdin() {
    CliRun r = CliRun.run(dir, new byte[] {'o', 'k', (byte) 0xFF}, Map.of(), false, "check");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertEquals("replylint: <stdin>: not valid UTF-8 at byte offset 2; save the draft as UTF-8\n", r.err());
  }

  @Test
  void binaryFile() throws IOException {
    Files.write(dir.resolve("img.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    CliRun r = CliRun.run(dir, "", "check", "img.png");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().startsWith("replylint: img.png: looks like a binary file (NUL byte at offset 4)"), r.err());
  }

  @Test
  void oneBadFileDoesNotHideTheOthers() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Thanks, happy to help.");
    CliRun r = CliRun.run(dir, "", "check", "missing.txt", "good.txt");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().contains("missing.txt: no such file"), r.err());
  }

  @Test
  void emptyDraftIsCheckedAndClean() {
    CliRun r = CliRun.run(dir, "", "check");
    assertEquals(ExitCodes.CLEAN, r.exitCode(), r.err());
    assertEquals("", r.err());
  }

  @Test
  void policyThatIsNotYaml() throws IOException {
    Files.writeString(dir.resolve("p.yaml"), "version: 1\nrules: {emoticon: [\n");
    CliRun r = CliRun.run(dir, "hi", "check", "--policy", "p.yaml");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().matches("replylint: p\\.yaml:\\d+:\\d+: not valid YAML: .*\n"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void yamlBombPolicy() throws IOException {
    Files.writeString(
        dir.resolve("bomb.yaml"),
        "version: 1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nd: [*c,*c,*c,*c]\n");
    CliRun r = CliRun.run(dir, "hi", "check", "--policy", "bomb.yaml");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().startsWith("replylint: bomb.yaml:2:4: YAML anchors and aliases"), r.err());
  }

  @Test
  void tenMegabytePolicy() throws IOException {
    Files.writeString(dir.resolve("huge.yaml"), "version: 1\nbrand-terms:\n" + "  - ACME\n".repeat(1_165_100));
    CliRun r = CliRun.run(dir, "hi", "check", "--policy", "huge.yaml");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertEquals("replylint: huge.yaml: policy is 10.0 MB; the limit is 1.0 MB\n", r.err());
  }

  @Test
  void extendsCycle() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "version: 1\nextends: ./b.yaml\n");
    Files.writeString(dir.resolve("b.yaml"), "version: 1\nextends: ./a.yaml\n");
    CliRun r = CliRun.run(dir, "hi", "check", "--policy", "a.yaml");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().contains("b.yaml:2:10: extends cycle"), r.err());
  }

  @Test
  void missingPolicyFile() {
    CliRun r = CliRun.run(dir, "hi", "check", "--policy", "nope.yaml");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertEquals("replylint: nope.yaml: no such file\n", r.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun r = CliRun.run(dir, "hi", "check", "--frmat", "json");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().contains("Unknown option: '--frmat'"), r.err());
  }

  @Test
  void badFormatValueIsAUsageError() {
    CliRun r = CliRun.run(dir, "hi", "check", "--format", "xml");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().contains("--format"), r.err());
  }

  @Test
  void badFailOnValueIsAUsageError() {
    CliRun r = CliRun.run(dir, "hi", "check", "--fail-on", "loud");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().contains("'--fail-on': 'loud'"), r.err());
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun r = CliRun.run(dir, "", new String[0]);
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().contains("Missing command"), r.err());
  }

  @Test
  void helpAndVersionOnEveryCommand() {
    for (String[] command : new String[][] {{}, {"check"}, {"policy"}, {"policy", "validate"}, {"policy", "show"}, {"rules"}}) {
      String[] help = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--help")).toArray(String[]::new);
      CliRun h = CliRun.run(dir, "", help);
      assertEquals(ExitCodes.CLEAN, h.exitCode(), String.join(" ", help));
      assertTrue(h.out().startsWith("Usage: replylint"), h.out());
      String[] version = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--version")).toArray(String[]::new);
      CliRun v = CliRun.run(dir, "", version);
      assertEquals(ExitCodes.CLEAN, v.exitCode());
      assertTrue(v.out().matches("replylint \\S+\n"), v.out());
    }
  }

  @Test
  void policyValidateReportsOkOrTheLocatedError() throws IOException {
    Files.writeString(dir.resolve("good.yaml"), "version: 1\nextends: default\n");
    CliRun ok = CliRun.run(dir, "", "policy", "validate", "good.yaml");
    assertEquals(ExitCodes.CLEAN, ok.exitCode(), ok.err());
    assertTrue(ok.out().startsWith("good.yaml: ok"), ok.out());

    Files.writeString(dir.resolve("bad.yaml"), "version: 1\nfail-on: eror\n");
    CliRun bad = CliRun.run(dir, "", "policy", "validate", "bad.yaml");
    assertEquals(ExitCodes.ERROR, bad.exitCode());
    assertEquals("replylint: bad.yaml:2:10: \"eror\" is not a severity (error, warning, info); did you mean \"error\"?\n", bad.err());
  }

  @Test
  void policyShowPrintsTheEffectivePolicy() throws IOException {
    Files.writeString(dir.resolve(".replylint.yaml"), "version: 1\nextends: default\nfail-on: warning\nbrand-terms: [ACME]\n");
    CliRun r = CliRun.run(dir, "", "policy", "show");
    assertEquals(ExitCodes.CLEAN, r.exitCode(), r.err());
    assertTrue(r.out().contains("fail-on: warning"), r.out());
    assertTrue(r.out().contains("- ACME"), r.out());
    assertTrue(r.out().startsWith("# effective policy from " + dir.resolve(".replylint.yaml")), r.out());
  }

  @Test
  void rulesListsEveryRegisteredRule() {
    CliRun r = CliRun.run(dir, "", "rules");
    assertEquals(ExitCodes.CLEAN, r.exitCode());
    for (var type : dev.replylint.rules.BuiltinRules.registry().all()) {
      assertTrue(r.out().contains(type.id() + " (" + type.info().severity().label() + ")"), type.id());
    }
  }
}
