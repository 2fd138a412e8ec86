package dev.replylint.rules.privatedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.replylint.DraftInput;
import dev.replylint.Linter;
import dev.replylint.cli.CliRun;
import dev.replylint.policy.PolicyException;
import dev.replylint.policy.PolicyLoader;
import dev.replylint.rules.BuiltinRules;
import dev.replylint.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the fixtures cannot say: redaction, kinds and masks, hostile policies, option errors. */
class PrivateDataRuleTest {
  private static final String DRAFT =
      "Refunded 4111 1111 1111 1111 and emailed jane.doe@gmail.com; we'll text (312) 847-2291. "
          + "Can you confirm jane.doe@gmail.com is still your email address?";

  private static final List<String> RAW_FORMS =
      List.of("4111 1111 1111 1111", "4111111111111111", "jane.doe@gmail.com", "jane.doe", "(312) 847-2291", "3128472291", "847-2291");

  @TempDir Path dir;

  private static Linter linter(String policyYaml) {
    PolicyLoader loader = new PolicyLoader(BuiltinRules.registry());
    return Linter.create(loader.parse("test.yaml", policyYaml, null), BuiltinRules.registry());
  }

  @Test
  void findingsNameTheKindAndSuggestAMaskedValue() {
    List<Finding> findings = linter("version: 1\nrules:\n  private-data: {}\n").lint(DraftInput.of("d", DRAFT)).findings();
    List<String> kinds = findings.stream().map(f -> String.valueOf(f.properties().get("kind"))).toList();
    assertEquals(List.of("card", "email", "phone", "request", "email"), kinds);
    assertEquals(List.of("****1111"), findings.get(0).suggestions());
    assertEquals(List.of("j***@gmail.com"), findings.get(1).suggestions());
    assertEquals(List.of("****91"), findings.get(2).suggestions());
    assertTrue(findings.get(0).message().startsWith("payment card number"));
    assertEquals(List.of("Please send us a DM so we can look into this privately."), findings.get(3).suggestions());
  }

  @Test
  void applyingTheSuggestionsLeavesNothingToReport() {
    Linter linter = linter("version: 1\nrules:\n  private-data: {}\n");
    String text = DRAFT + " Also your SSN 536-82-1947 and IBAN DE89 3704 0044 0532 0130 00.";
    List<Finding> all = linter.lint(DraftInput.of("d", text)).findings();
    // a request sentence's fix replaces the data inside it too
    List<Finding> findings =
        new java.util.ArrayList<>(
            all.stream()
                .filter(f -> all.stream().noneMatch(o -> o != f && o.start() <= f.start() && f.end() <= o.end() && o.end() - o.start() > f.end() - f.start()))
                .toList());
    findings.sort((a, b) -> Integer.compare(b.start(), a.start()));
    StringBuilder fixed = new StringBuilder(text);
    int appliedFrom = Integer.MAX_VALUE;
    for (Finding f : findings) {
      if (f.end() <= appliedFrom) {
        fixed.replace(f.start(), f.end(), f.suggestions().get(0));
        appliedFrom = f.start();
      }
    }
    assertEquals(List.of(), linter.lint(DraftInput.of("fixed", fixed.toString())).findings(), fixed.toString());
  }

  @Test
  void messagesAndPropertiesNeverRepeatTheValue() {
    for (Finding f : linter("version: 1\nrules:\n  private-data: {}\n").lint(DraftInput.of("d", DRAFT)).findings()) {
      String outside = f.message() + f.properties() + (f.properties().get("kind").equals("request") ? "" : f.suggestions());
      for (String raw : RAW_FORMS) {
        assertFalse(outside.contains(raw), raw + " in " + outside);
      }
    }
  }

  @Test
  void redactMasksPrivateDataInTextAndJsonOutput() throws Exception {
    Path draft = Files.writeString(dir.resolve("draft.txt"), DRAFT);
    for (String format : List.of("text", "json")) {
      CliRun run = CliRun.run(dir, "", "check", "--redact", "--format", format, draft.toString());
      assertEquals(1, run.exitCode(), run.err());
      String all = run.out() + run.err();
      for (String raw : RAW_FORMS) {
        assertFalse(all.contains(raw), format + " output shows " + raw + ":\n" + all);
      }
      assertTrue(all.contains("payment card number"), all);
      if (format.equals("json")) {
        assertTrue(all.contains("\"text\" : \"" + "█".repeat(19) + "\""), "JSON text field is masked:\n" + all);
        CliRun plain = CliRun.run(dir, "", "check", "--format", format, draft.toString());
        assertTrue(plain.out().contains("4111 1111 1111 1111"), "without --redact, JSON shows the text");
      }
    }
  }

  @Test
  void aPolicyWithCatastrophicBacktrackingPatternsCompletesOnAMegabyteDraft() {
    Linter hostile =
        linter(
            "version: 1\nrules:\n  private-data:\n    patterns:\n      - {name: evil, regex: '(a+)+$'}\n"
                + "      - {name: evil-too, regex: '(x+x+)+y'}\n    allow-patterns: ['(x|xx)+$']\n");
    String megabyte = "a".repeat(1 << 20) + "!";
    // No time limit here (timed unit tests flake on shared machines); bench/private-data.sh
    // prints the time. A backtracking engine would not return at all.
    List<Finding> findings = hostile.lint(DraftInput.of("1MB", megabyte)).findings();
    assertTrue(findings.isEmpty(), findings.toString());
    List<Finding> matched = hostile.lint(DraftInput.of("small", "aaaa")).findings();
    assertEquals("evil", matched.get(0).properties().get("kind"));
  }

  @Test
  void thousandsOfMatchesAreAllReported() {
    // 128 KB here; bench/private-data.sh times 1 MB of the same
    String unit = "mail jo.k@example.org or call (312) 847-2291 about {{ref}}. ";
    String text = unit.repeat((1 << 17) / unit.length());
    List<Finding> findings = linter("version: 1\nplaceholders: ['\\{\\{[^{}]*\\}\\}']\nrules:\n  private-data: {}\n").lint(DraftInput.of("big", text)).findings();
    assertEquals(2 * ((1 << 17) / unit.length()), findings.size());
  }

  @Test
  void badOptionsAreReportedWhereTheyAreWritten() {
    PolicyException badRegex =
        assertThrows(
            PolicyException.class,
            () -> linter("version: 1\nrules:\n  private-data:\n    patterns:\n      - {name: x, regex: '(a'}\n"));
    assertTrue(badRegex.getMessage().contains("patterns") && badRegex.getMessage().contains("RE2"), badRegex.getMessage());
    assertTrue(badRegex.getMessage().contains(":5:"), badRegex.getMessage());
    PolicyException lookbehind =
        assertThrows(
            PolicyException.class,
            () -> linter("version: 1\nrules:\n  private-data:\n    allow-patterns: ['(?<=x)y']\n"));
    assertTrue(lookbehind.getMessage().contains("allow-patterns"), lookbehind.getMessage());
    PolicyException region =
        assertThrows(PolicyException.class, () -> linter("version: 1\nrules:\n  private-data:\n    phone-regions: [XX]\n"));
    assertTrue(region.getMessage().contains("phone-regions"), region.getMessage());
    PolicyException leniency =
        assertThrows(PolicyException.class, () -> linter("version: 1\nrules:\n  private-data:\n    phone-leniency: LOOSE\n"));
    assertTrue(leniency.getMessage().contains("phone-leniency"), leniency.getMessage());
    PolicyException kind =
        assertThrows(PolicyException.class, () -> linter("version: 1\nrules:\n  private-data:\n    kinds: [passport]\n"));
    assertTrue(kind.getMessage().contains("kinds"), kind.getMessage());
    PolicyException unshippedLanguage =
        assertThrows(
            PolicyException.class,
            () -> linter("version: 1\nrules:\n  private-data:\n    languages:\n      sv: {private-channels: [dm]}\n"));
    assertTrue(unshippedLanguage.getMessage().contains("languages.sv"), unshippedLanguage.getMessage());
    PolicyException blankCue =
        assertThrows(
            PolicyException.class,
            () -> linter("version: 1\nrules:\n  private-data:\n    languages:\n      es: {request-cues: ['']}\n"));
    assertTrue(blankCue.getMessage().contains("request-cues"), blankCue.getMessage());
  }

  @Test
  void aPolicyAddsALanguageAndKeepsTheShippedOnes() {
    Linter linter =
        linter(
            "version: 1\nrules:\n  private-data:\n    languages:\n      sv:\n        request-cues: [skicka oss]\n"
                + "        requested-data: {identity: [personnummer]}\n        private-channels: [dm]\n");
    assertEquals(1, linter.lint(DraftInput.of("d", "Skicka oss ditt personnummer här.")).findings().size());
    assertEquals(0, linter.lint(DraftInput.of("d", "Skicka oss ditt personnummer i ett DM.")).findings().size());
    assertEquals(1, linter.lint(DraftInput.of("d", "Envíanos tu número de teléfono aquí.")).findings().size());
  }

  @Test
  void strictPolicyChecksAddressesAndDefaultDoesNot() {
    PolicyLoader loader = new PolicyLoader(BuiltinRules.registry());
    String text = "Shipped to 42 Elm Street, London NW1 6XE.";
    Linter strict = Linter.create(loader.bundled("strict"), BuiltinRules.registry());
    Linter byDefault = Linter.create(loader.bundled("default"), BuiltinRules.registry());
    assertEquals(
        List.of("street-address", "postcode"),
        strict.lint(DraftInput.of("d", text)).findings().stream().filter(f -> f.ruleId().equals("private-data")).map(f -> f.properties().get("kind")).toList());
    assertTrue(byDefault.lint(DraftInput.of("d", text)).findings().stream().noneMatch(f -> f.ruleId().equals("private-data")));
  }
}
