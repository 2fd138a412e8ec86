package dev.replylint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract where findings decide it: exit codes and fail levels, quiet, colour, redaction, the
 * JSON values, positions in CRLF and BOM drafts, policies found by discovery and extends, and a
 * 5 MB draft. Drafts get findings from {@code emoticon} (error) and {@code all-caps} (warning); the
 * policy names just those two, so rules added later cannot change these results.
 */
class CliFindingsTest {
  private static final String RULES = "rules.yaml";
  private static final String EMOTICON = "Sorry about that :( we fixed it.";
  private static final String SHOUTING = "WE ARE NOT SORRY for the delay.";
  private static final String BOTH = "OMG this is NOT our fault :( we fixed it";
  private static final String CLEAN = "Thanks for waiting, we fixed it.";

  @TempDir Path dir;

  @BeforeEach
  void writePolicy() throws IOException {
    Files.writeString(dir.resolve(RULES), "version: 1\nrules:\n  emoticon: {}\n  all-caps: {}\n");
  }

  private CliRun check(String stdin, String... options) {
    List<String> args = new ArrayList<>(List.of("check", "--policy", RULES));
    args.addAll(List.of(options));
    return CliRun.run(dir, stdin, args.toArray(String[]::new));
  }

  private CliRun check(String stdin, Map<String, String> env, boolean terminal, String... options) {
    List<String> args = new ArrayList<>(List.of("check", "--policy", RULES));
    args.addAll(List.of(options));
    return CliRun.run(dir, stdin.getBytes(StandardCharsets.UTF_8), env, terminal, args.toArray(String[]::new));
  }

  @Test
  void theReadmeExampleIsWhatTheCliPrints() throws IOException {
    // as the README runs it: no --policy, so the bundled default
    CliRun r = CliRun.run(dir, BOTH, "check");
    assertEquals(ExitCodes.VIOLATIONS, r.exitCode(), r.err());
    assertEquals("", r.err());
    String readme = Files.readString(Path.of("README.md"));
    int example = readme.indexOf("Output is one line per finding");
    assertTrue(example >= 0, "README lost its output example");
    List<String> shown =
        readme.substring(example).lines().skip(1).dropWhile(String::isBlank).takeWhile(l -> l.startsWith("    ")).map(String::strip).toList();
    assertEquals(shown, r.out().lines().toList(), "README \"Using it\" shows other output than the CLI prints for: " + BOTH);
  }

  @Test
  void exitCodesFollowTheFailLevel() {
    assertEquals(ExitCodes.CLEAN, check(CLEAN).exitCode());
    assertEquals(ExitCodes.VIOLATIONS, check(EMOTICON).exitCode());
    assertEquals(ExitCodes.CLEAN, check(SHOUTING).exitCode(), "a warning does not fail at the default level, error");
    assertEquals(ExitCodes.VIOLATIONS, check(SHOUTING, "--fail-on", "warning").exitCode());
    assertEquals(ExitCodes.VIOLATIONS, check(SHOUTING, "--fail-on", "info").exitCode());
    assertEquals(ExitCodes.VIOLATIONS, check(EMOTICON, "--fail-on", "error").exitCode());
    assertEquals(ExitCodes.CLEAN, check(CLEAN, "--fail-on", "info").exitCode());
  }

  @Test
  void warningsArePrintedEvenWhenTheyDoNotFail() {
    CliRun r = check(SHOUTING);
    assertEquals(ExitCodes.CLEAN, r.exitCode());
    assertTrue(r.out().startsWith("<stdin>:1:1: warning [all-caps] "), r.out());
    assertTrue(r.out().endsWith("1 problem (1 warning)\n"), r.out());
  }

  @Test
  void thePolicyFailLevelAppliesAndTheOptionOverridesIt() throws IOException {
    Files.writeString(dir.resolve("strict.yaml"), "version: 1\nfail-on: warning\nrules:\n  all-caps: {}\n");
    CliRun byPolicy = CliRun.run(dir, SHOUTING, "check", "--policy", "strict.yaml");
    assertEquals(ExitCodes.VIOLATIONS, byPolicy.exitCode(), byPolicy.out());
    CliRun overridden = CliRun.run(dir, SHOUTING, "check", "--policy", "strict.yaml", "--fail-on", "error");
    assertEquals(ExitCodes.CLEAN, overridden.exitCode(), overridden.out());
  }

  @Test
  void thePolicySeverityOfARuleDecides() throws IOException {
    Files.writeString(dir.resolve("mild.yaml"), "version: 1\nrules:\n  emoticon: {severity: info}\n");
    CliRun r = CliRun.run(dir, EMOTICON, "check", "--policy", "mild.yaml");
    assertEquals(ExitCodes.CLEAN, r.exitCode(), r.out());
    assertTrue(r.out().startsWith("<stdin>:1:18: info [emoticon] "), r.out());
    assertTrue(r.out().endsWith("1 problem (1 info)\n"), r.out());
  }

  @Test
  void quietKeepsOnlyWhatFailsAndDropsTheSummary() {
    CliRun quiet = check(BOTH, "--quiet");
    assertEquals(ExitCodes.VIOLATIONS, quiet.exitCode());
    assertEquals("<stdin>:1:27: error [emoticon] emoticon \":(\" in a brand reply; remove it\n", quiet.out());

    CliRun quietWarnings = check(BOTH, "-q", "--fail-on", "warning");
    assertTrue(quietWarnings.out().contains("warning [all-caps]"), quietWarnings.out());
    assertFalse(quietWarnings.out().contains("problem"), quietWarnings.out());

    CliRun quietPass = check(SHOUTING, "-q");
    assertEquals(ExitCodes.CLEAN, quietPass.exitCode());
    assertEquals("", quietPass.out());

    JsonNode json = JsonShape.parseDocument(check(BOTH, "--quiet", "--format", "json").out());
    JsonNode findings = json.get("results").get(0).get("findings");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("emoticon", findings.get(0).get("rule").textValue());
    assertTrue(json.get("summary").get("failed").booleanValue());
  }

  @Test
  void colourFollowsTheOptionTheTerminalAndNoColor() {
    Map<String, String> none = Map.of();
    assertTrue(coloured(check(BOTH, none, false, "--color", "always")), "always");
    assertTrue(coloured(check(BOTH, Map.of("NO_COLOR", "1"), false, "--color", "always")), "always wins over NO_COLOR");
    assertFalse(coloured(check(BOTH, none, true, "--color", "never")), "never");
    assertTrue(coloured(check(BOTH, none, true)), "auto on a terminal");
    assertTrue(coloured(check(BOTH, none, true, "--color", "auto")), "auto on a terminal");
    assertFalse(coloured(check(BOTH, none, false)), "auto, output redirected");
    assertFalse(coloured(check(BOTH, Map.of("NO_COLOR", "1"), true)), "auto with NO_COLOR");
    assertTrue(coloured(check(BOTH, Map.of("NO_COLOR", ""), true)), "an empty NO_COLOR is not set");
    assertFalse(coloured(check(BOTH, Map.of("TERM", "dumb"), true)), "auto on a dumb terminal");
    assertFalse(coloured(check(BOTH, none, true, "--color", "always", "--format", "json")), "JSON is never coloured");
  }

  @Test
  void colouredLinesSayTheSameThing() {
    CliRun plain = check(BOTH);
    CliRun coloured = check(BOTH, "--color", "always");
    assertEquals(plain.out(), coloured.out().replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  private static boolean coloured(CliRun r) {
    assertEquals(ExitCodes.VIOLATIONS, r.exitCode(), r.err());
    return r.out().contains("\u001b[");
  }

  @Test
  void redactMasksTheMatchedTextInTextOutput() {
    String draft = "WE ARE NOT SORRY :( call us";
    CliRun plain = check(draft, "--fail-on", "warning");
    assertTrue(plain.out().toLowerCase(Locale.ROOT).contains("sorry"), "the test needs the unredacted output to show it: " + plain.out());
    CliRun redacted = check(draft, "--fail-on", "warning", "--redact");
    assertEquals(plain.exitCode(), redacted.exitCode());
    String out = redacted.out().toLowerCase(Locale.ROOT);
    for (String secret : List.of("we are not sorry", "sorry", ":(")) {
      assertFalse(out.contains(secret), secret + " leaked: " + redacted.out());
    }
    assertTrue(redacted.out().contains("<stdin>:1:18: error [emoticon] "), "positions stay: " + redacted.out());
    assertTrue(redacted.out().contains("██"), redacted.out());
    assertEquals(plain.out().lines().count(), redacted.out().lines().count());
  }

  @Test
  void redactMasksTheMatchedTextEverywhereInJson() {
    String draft = "Hello, we are NOT SORRY 😀 please call us any time today\r\nthanks and OMG :(";
    JsonNode plain = JsonShape.parseDocument(check(draft, "--format", "json").out());
    String redactedOutput = check(draft, "--format", "json", "--redact").out();
    JsonNode redacted = JsonShape.parseDocument(redactedOutput);
    JsonNode plainFindings = plain.get("results").get(0).get("findings");
    JsonNode redactedFindings = redacted.get("results").get(0).get("findings");
    assertTrue(plainFindings.size() >= 4, plainFindings.toString());
    assertEquals(plainFindings.size(), redactedFindings.size());
    for (int i = 0; i < plainFindings.size(); i++) {
      JsonNode before = plainFindings.get(i);
      JsonNode after = redactedFindings.get(i);
      String text = before.get("text").textValue();
      for (String field : List.of("rule", "severity", "start", "end", "line", "column", "endLine", "endColumn")) {
        assertEquals(before.get(field), after.get(field), field);
      }
      assertEquals("█".repeat(text.codePointCount(0, text.length())), after.get("text").textValue());
      for (JsonNode suggestion : after.get("suggestions")) {
        assertTrue(suggestion.textValue().matches("█*"), "suggestion " + suggestion);
      }
      String lowerOutput = redactedOutput.toLowerCase(Locale.ROOT);
      assertFalse(lowerOutput.contains(text.toLowerCase(Locale.ROOT)), text + " leaked into " + redactedOutput);
      for (JsonNode suggestion : before.get("suggestions")) {
        if (!suggestion.textValue().isBlank()) {
          assertFalse(lowerOutput.contains(suggestion.textValue().toLowerCase(Locale.ROOT)), suggestion + " leaked");
        }
      }
    }
    assertFalse(redactedOutput.toLowerCase(Locale.ROOT).contains("sorry"), redactedOutput);
    assertEquals(plain.get("summary"), redacted.get("summary"));
  }

  @Test
  void jsonCarriesTheValuesTheReadmeShows() {
    CliRun r = check(BOTH, "--format", "json");
    assertEquals(ExitCodes.VIOLATIONS, r.exitCode());
    JsonNode doc = JsonShape.parseDocument(r.out());
    assertEquals(RULES, doc.get("policy").textValue());
    JsonNode emoticon = null;
    for (JsonNode finding : doc.get("results").get(0).get("findings")) {
      if (finding.get("rule").textValue().equals("emoticon")) {
        emoticon = finding;
      }
    }
    if (emoticon == null) {
      fail("no emoticon finding in " + r.out());
    }
    assertEquals("error", emoticon.get("severity").textValue());
    assertEquals("emoticon \":(\" in a brand reply; remove it", emoticon.get("message").textValue());
    assertEquals(26, emoticon.get("start").intValue());
    assertEquals(28, emoticon.get("end").intValue());
    assertEquals(1, emoticon.get("line").intValue());
    assertEquals(27, emoticon.get("column").intValue());
    assertEquals(1, emoticon.get("endLine").intValue());
    assertEquals(29, emoticon.get("endColumn").intValue());
    assertEquals(":(", emoticon.get("text").textValue());
    assertEquals("[\"\"]", emoticon.get("suggestions").toString());
    JsonNode summary = doc.get("summary");
    assertEquals(1, summary.get("inputs").intValue());
    assertEquals(1, summary.get("errors").intValue());
    assertEquals("error", summary.get("failOn").textValue());
    assertTrue(summary.get("failed").booleanValue());
  }

  @Test
  void offsetsAreUtf16AndColumnsAreCodePoints() {
    JsonNode doc = JsonShape.parseDocument(check("😀😀 :(", "--format", "json").out());
    JsonNode findings = doc.get("results").get(0).get("findings");
    assertEquals(3, findings.size(), findings.toString());
    JsonNode last = findings.get(2);
    assertEquals(5, last.get("start").intValue());
    assertEquals(4, last.get("column").intValue());
    assertEquals(2, findings.get(1).get("start").intValue());
    assertEquals(2, findings.get(1).get("column").intValue());
    assertEquals(3, findings.get(1).get("endColumn").intValue());
  }

  @Test
  void crlfDraftsGetTheRightLineNumbers() throws IOException {
    Files.writeString(dir.resolve("crlf.txt"), "Hi there,\r\nsorry for the wait :(\r\n\r\nWE ARE NOT SORRY\r\n");
    CliRun r = CliRun.run(dir, "", "check", "--policy", RULES, "crlf.txt");
    assertTrue(r.out().contains("crlf.txt:2:20: error [emoticon] "), r.out());
    assertTrue(r.out().contains("crlf.txt:4:1: warning [all-caps] "), r.out());
    JsonNode doc = JsonShape.parseDocument(CliRun.run(dir, "", "check", "--policy", RULES, "--format", "json", "crlf.txt").out());
    JsonNode emoticon = doc.get("results").get(0).get("findings").get(0);
    assertEquals(30, emoticon.get("start").intValue(), "offsets count the CRs");
    assertEquals(2, emoticon.get("endLine").intValue());
  }

  @Test
  void aByteOrderMarkDoesNotShiftColumns() throws IOException {
    Files.write(dir.resolve("bom.txt"), "\uFEFF:( sorry\nsecond :(\n".getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.run(dir, "", "check", "--policy", RULES, "bom.txt");
    assertEquals(ExitCodes.VIOLATIONS, r.exitCode());
    assertTrue(r.out().startsWith("bom.txt:1:1: error [emoticon] emoticon \":(\""), r.out());
    assertTrue(r.out().contains("bom.txt:2:8: error [emoticon] "), r.out());
    assertFalse(r.out().contains("\uFEFF"), "the mark is not part of the draft");
  }

  @Test
  void severalFilesAreReportedByNameAndCountedTogether() throws IOException {
    Files.writeString(dir.resolve("a.txt"), CLEAN);
    Files.writeString(dir.resolve("b.txt"), EMOTICON);
    CliRun r = CliRun.run(dir, SHOUTING, "check", "--policy", RULES, "a.txt", "b.txt", "-");
    assertEquals(ExitCodes.VIOLATIONS, r.exitCode());
    assertEquals(
        List.of(
            "b.txt:1:18: error [emoticon] emoticon \":(\" in a brand reply; remove it",
            "<stdin>:1:1: warning [all-caps] \"WE ARE NOT SORRY\" reads as shouting; write \"we are not sorry\"",
            "2 problems (1 error, 1 warning)"),
        r.out().lines().toList());
  }

  @Test
  void anUnreadableFileStillLetsTheOthersBeReported() throws IOException {
    Files.writeString(dir.resolve("b.txt"), EMOTICON);
    CliRun r = CliRun.run(dir, "", "check", "--policy", RULES, "missing.txt", "b.txt");
    assertEquals(ExitCodes.ERROR, r.exitCode(), "exit 2 wins over 1: something was not checked");
    assertTrue(r.out().startsWith("b.txt:1:18: error [emoticon] "), r.out());
    assertEquals("replylint: missing.txt: no such file\n", r.err());
  }

  @Test
  void aDiscoveredPolicyInAParentDirectoryDecides() throws IOException {
    Path deeper = Files.createDirectories(dir.resolve("team/drafts"));
    Files.writeString(dir.resolve(".replylint.yaml"), "version: 1\nrules:\n  emoticon: {enabled: false}\n  all-caps: {}\n");
    CliRun r = CliRun.run(deeper, BOTH, "check");
    assertEquals(ExitCodes.CLEAN, r.exitCode(), r.out());
    assertFalse(r.out().contains("[emoticon]"), r.out());
    assertTrue(r.out().contains("[all-caps]"), r.out());
  }

  @Test
  void extendsThroughTheCliMergesRuleSettings() throws IOException {
    Files.writeString(dir.resolve("base.yaml"), "version: 1\nextends: default\nrules:\n  emoticon: {severity: warning}\n");
    Files.writeString(dir.resolve("team.yaml"), "version: 1\nextends: ./base.yaml\nrules:\n  emoticon: {allow: [\":(\"]}\n");
    CliRun base = CliRun.run(dir, EMOTICON, "check", "--policy", "base.yaml");
    assertTrue(base.out().contains("1:18: warning [emoticon]"), base.out());
    CliRun team = CliRun.run(dir, EMOTICON, "check", "--policy", "team.yaml");
    assertFalse(team.out().contains("[emoticon]"), "allowed by the child: " + team.out());
    CliRun other = CliRun.run(dir, "Sorry :-( we fixed it", "check", "--policy", "team.yaml");
    assertTrue(other.out().contains("warning [emoticon]"), "severity from the parent, allow from the child: " + other.out());
  }

  @Test
  void aFiveMegabyteDraftIsCheckedInBoundedTimeAndMemory() throws Exception {
    StringBuilder draft = new StringBuilder();
    String[] replies = {
      "Thanks for reaching out, we are looking into your order right now.",
      "Sorry for the wait! Could you send us a DM with your order number?",
      "We have passed this on to our delivery team and will update you soon.",
      "Happy to help. The refund should show on your statement within 5 days."
    };
    int emoticons = 0;
    int shouts = 0;
    for (int line = 0; draft.length() < 5 << 20; line++) {
      if (line % 70 == 0) {
        draft.append("WE ARE SO SORRY about this. ");
        shouts++;
      }
      draft.append(replies[line % replies.length]);
      if (line % 50 == 0) {
        draft.append(" :(");
        emoticons++;
      }
      draft.append('\n');
    }
    Files.writeString(dir.resolve("big.txt"), draft);
    // A separate JVM with a small heap: memory is bounded if it does not run out.
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "check",
                "--policy",
                RULES,
                "--quiet",
                "--fail-on",
                "warning",
                "big.txt")
            .directory(dir.toFile())
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("a 5 MB draft took more than 5 minutes");
    }
    String err = Files.readString(dir.resolve("err.txt"));
    assertEquals("", err);
    assertEquals(ExitCodes.VIOLATIONS, process.exitValue());
    Map<String, Integer> byRule = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("out.txt"))) {
      byRule.merge(line.replaceAll(".*\\[(.*?)\\].*", "$1"), 1, Integer::sum);
    }
    assertEquals(Map.of("emoticon", emoticons, "all-caps", shouts), byRule);
  }

  @Test
  void aLongSingleLineFullOfEmojiIsCheckedInBoundedTime() {
    // One finding per emoji, each placed on a 1 MB line: positions must not cost a scan of the line.
    String draft = "Thanks for waiting 😀 we are on it. ".repeat(30_000);
    CliRun r =
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> check(draft, "--format", "json"), "a 1 MB line of emoji took over 3 minutes");
    assertEquals(ExitCodes.VIOLATIONS, r.exitCode(), r.err());
    JsonNode findings = JsonShape.parse(r.out()).get("results").get(0).get("findings");
    assertEquals(30_000, findings.size());
    JsonNode last = findings.get(findings.size() - 1);
    assertEquals(1, last.get("line").intValue());
    assertEquals(29_999 * 35 + 20, last.get("column").intValue(), "35 code points per sentence, the emoji 20th");
    assertEquals(29_999 * 36 + 19, last.get("start").intValue(), "36 UTF-16 units per sentence");
  }
}
