package dev.replylint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import dev.replylint.policy.PolicyException;
import dev.replylint.policy.PolicyLoader;
import dev.replylint.text.Draft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What the all-caps fixtures cannot say: messages, suggestions, options and real replies. */
class AllCapsRuleTest {
  private static final AllCapsRule.Options DEFAULTS = new AllCapsRule.Options(null, null, null, null, null);
  private static final SharedOptions SHARED =
      new SharedOptions(
          List.of("AcmePay"),
          List.of(Pattern.compile("\\{\\{[^{}]*\\}\\}"), Pattern.compile("\\[[A-Z][A-Z0-9_ ]*\\]")));

  private static List<Finding> check(String text) {
    return check(new AllCapsRule(DEFAULTS), text);
  }

  private static List<Finding> check(AllCapsRule rule, String text) {
    return rule.check(Draft.of(text), new RuleContext("all-caps", Severity.WARNING, SHARED, null, Map.of()));
  }

  @Test
  void messageQuotesTheWordAndItsLowerCase() {
    List<Finding> findings = check("OMG this is NOT our fault :( we fixed it");
    assertEquals(2, findings.size());
    assertEquals("\"OMG\" reads as shouting; write \"omg\"", findings.get(0).message());
    assertEquals(List.of("omg"), findings.get(0).suggestions());
    assertEquals("\"NOT\" reads as shouting; write \"not\"", findings.get(1).message());
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertEquals("word", findings.get(0).properties().get("scope"));
  }

  @Test
  void runSuggestionKeepsAcronymsTheBrandsSpellingAndThePronounI() {
    assertEquals(List.of("please send the RMA today"), check("PLEASE SEND THE RMA TODAY so we can ship the replacement").get(0).suggestions());
    assertEquals(List.of("we love AcmePay so much"), check("@1 WE LOVE ACMEPAY SO MUCH, thanks for the kind words").get(0).suggestions());
    assertEquals(List.of("I'm so sorry"), check("Hi Jo, I'M SO SORRY about this one").get(0).suggestions());
    assertEquals("run", check("WE ARE SO SORRY").get(0).properties().get("scope"));
  }

  @Test
  void mostlyCapitalsIsOneFindingForTheWholeReplyInSentenceCase() {
    String text = "@123 WE ARE SORRY. WE WILL FIX IT TODAY! DM US. ^JK";
    List<Finding> findings = check(text);
    assertEquals(1, findings.size());
    Finding whole = findings.get(0);
    assertEquals("WE ARE SORRY. WE WILL FIX IT TODAY! DM US", whole.text());
    assertEquals(List.of("We are sorry. We will fix it today! DM us"), whole.suggestions());
    assertEquals("reply", whole.properties().get("scope"));
    assertTrue(whole.message().contains("reads as shouting") && whole.message().contains("100% capitals"), whole.message());
  }

  @Test
  void applyingTheSuggestionSilencesTheRule() {
    for (String text :
        List.of(
            "OMG this is NOT our fault",
            "@1 PLEASE DM US your RMA and I'M SURE we can help",
            "WE ARE SORRY. WE WILL FIX IT TODAY!",
            "We DIDN'T ship it, SOOO sorry")) {
      String fixed = text;
      List<Finding> findings = new ArrayList<>(check(text));
      findings.sort((a, b) -> Integer.compare(b.start(), a.start()));
      for (Finding f : findings) {
        fixed = fixed.substring(0, f.start()) + f.suggestions().get(0) + fixed.substring(f.end());
      }
      assertTrue(!findings.isEmpty() && check(fixed).isEmpty(), text + " -> " + fixed);
    }
  }

  @Test
  void wordNetListIsSortedSoEveryWordIsFoundInPlace() {
    List<String> words = AllCapsRule.WordNetWords.all();
    assertTrue(words.size() > 60_000, "read " + words.size() + " words");
    for (String word : words) {
      assertTrue(AllCapsRule.WordNetWords.contains(word), word);
    }
    for (String absent : List.of("", "a", "hdmi", "zzzzz", "aaaaaaa", "unacceptablez")) {
      assertTrue(!AllCapsRule.WordNetWords.contains(absent), absent);
    }
  }

  @Test
  void placeholdersFromThePolicyAreSkipped() {
    assertEquals(List.of(), check("Hi {{FIRST NAME}}, thanks for waiting"));
  }

  @Test
  void placeholdersAreFoundOnceAndStillSkippedDeepInAHugeDraft() {
    // one line per chunk: column numbers are counted from the line start (LineMap)
    String chunk = "We are NOT sure, {{AGENT NAME}} says it is FINE and [ORDER NUMBER] is ok.\n";
    String text = chunk.repeat(10_000); // 750 KB
    List<Finding> findings = check(text);
    assertEquals(20_000, findings.size());
    assertTrue(findings.stream().allMatch(f -> f.text().equals("NOT") || f.text().equals("FINE")));
  }

  @Test
  void badOptionsNameTheirKey() {
    assertEquals("min-word-length", option(() -> new AllCapsRule.Options(null, null, 0, null, null)));
    assertEquals("max-caps-ratio", option(() -> new AllCapsRule.Options(null, null, null, 0.0, null)));
    assertEquals("max-caps-ratio", option(() -> new AllCapsRule.Options(null, null, null, 1.5, null)));
    assertEquals("min-letters-for-ratio", option(() -> new AllCapsRule.Options(null, null, null, null, 0)));
    assertEquals("allow", option(() -> new AllCapsRule.Options(List.of("OK", " "), null, null, null, null)));
    assertEquals("exclamations", option(() -> new AllCapsRule.Options(null, List.of("OH NO"), null, null, null)));
    InvalidOptionException e =
        assertThrows(InvalidOptionException.class, () -> new AllCapsRule.Options(List.of("OK", ""), null, null, null, null));
    assertEquals(1, e.index());
  }

  @Test
  void policyBindsKebabCaseOptionsAndLocatesBadValues() {
    PolicyLoader loader = new PolicyLoader(BuiltinRules.registry());
    String good =
        "version: 1\nrules:\n  all-caps:\n    allow: [ACME]\n    min-word-length: 3\n"
            + "    max-caps-ratio: 0.8\n    min-letters-for-ratio: 20\n";
    assertTrue(loader.parse("team.yaml", good, null).rules().containsKey("all-caps"));
    PolicyException e =
        assertThrows(
            PolicyException.class,
            () -> loader.parse("team.yaml", "version: 1\nrules:\n  all-caps:\n    max-caps-ratio: 2\n", null));
    assertTrue(e.getMessage().contains("team.yaml:4"), e.getMessage());
  }

  /** Real brand replies: almost none shout, so the rule must stay almost silent on them. */
  @Test
  void staysQuietOnRealBrandReplies() throws IOException {
    Path sample = Path.of("../shared/data/twcs-sample.csv");
    if (!Files.isReadable(sample)) {
      System.out.println("AllCapsRuleTest: skipping the brand-reply check, " + sample + " is absent");
      Assumptions.abort(sample + " is absent");
    }
    int replies = 0;
    int fired = 0;
    AllCapsRule rule = new AllCapsRule(DEFAULTS);
    for (String[] reply : dev.replylint.bench.TwcsReplies.read(sample)) {
      replies++;
      fired += check(rule, reply[2]).isEmpty() ? 0 : 1;
    }
    System.out.printf("all-caps fired on %d of %d brand replies%n", fired, replies);
    assertTrue(replies > 2000, "expected the 2,222 brand replies, read " + replies);
    assertTrue(fired * 100 < replies, "fired on " + fired + " of " + replies + " brand replies");
  }

  private static String option(Runnable build) {
    return assertThrows(InvalidOptionException.class, build::run).option();
  }

}
