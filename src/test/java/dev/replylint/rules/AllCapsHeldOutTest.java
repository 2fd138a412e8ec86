package dev.replylint.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.replylint.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores all-caps on {@code fixtures-heldout/all-caps.yaml}, cases written before the rule was
 * tuned and never tuned on. Prints precision and recall per reply (does it fire where it should)
 * and per span (exact match), and asserts only a floor, so one honest miss does not fail the build.
 */
class AllCapsHeldOutTest {
  private static final double REPLY_FLOOR = 0.85;

  @Test
  void heldOutPrecisionAndRecallStayAboveTheFloor() throws IOException {
    List<RuleFixtures.Case> cases = load();
    int tp = 0, fp = 0, fn = 0, tn = 0, spanHits = 0, spanReported = 0, spanExpected = 0;
    List<String> misses = new ArrayList<>();
    for (RuleFixtures.Case c : cases) {
      List<Span> reported = RuleFixtures.run(c).stream().map(f -> new Span(f.start(), f.end())).toList();
      boolean fired = !reported.isEmpty();
      if (c.positive() && fired) {
        tp++;
      } else if (c.positive()) {
        fn++;
        misses.add("missed: " + c.text());
      } else if (fired) {
        fp++;
        misses.add("false alarm: " + RuleFixtureTest.describe(c.text(), reported));
      } else {
        tn++;
      }
      spanExpected += c.expected().size();
      spanReported += reported.size();
      spanHits += (int) reported.stream().filter(c.expected()::contains).count();
    }
    double precision = tp / (double) Math.max(1, tp + fp);
    double recall = tp / (double) Math.max(1, tp + fn);
    System.out.printf(
        "all-caps held-out: %d cases; per reply precision %.3f recall %.3f (tp %d fp %d fn %d tn %d);"
            + " exact spans %d of %d expected, %d reported%n",
        cases.size(), precision, recall, tp, fp, fn, tn, spanHits, spanExpected, spanReported);
    misses.forEach(m -> System.out.println("  " + m));
    assertTrue(cases.size() >= 40, "held-out set too small");
    assertTrue(precision >= REPLY_FLOOR, "held-out precision " + precision);
    assertTrue(recall >= REPLY_FLOOR, "held-out recall " + recall);
  }

  /** Same format as the fixtures (see {@link RuleFixtures}), from another folder. */
  private static List<RuleFixtures.Case> load() throws IOException {
    try (InputStream in = AllCapsHeldOutTest.class.getResourceAsStream("/fixtures-heldout/all-caps.yaml")) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<String> brandTerms = new ArrayList<>();
      root.path("brand-terms").forEach(t -> brandTerms.add(t.asText()));
      List<RuleFixtures.Case> cases = new ArrayList<>();
      for (JsonNode node : root.path("cases")) {
        String marked = node.asText();
        RuleFixtures.Marked unmarked = RuleFixtures.unmark(marked);
        cases.add(new RuleFixtures.Case("all-caps", unmarked.text(), unmarked.spans(), root.path("options"), brandTerms, null, marked, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode(), java.util.Map.of()));
      }
      return cases;
    }
  }
}
