package dev.replylint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.replylint.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule's fixture file: marked spans must be reported exactly, unmarked text must stay
 * clean, and each file must hold at least {@value #MIN_CASES} positive and negative cases.
 */
class RuleFixtureTest {
  static final int MIN_CASES = 40;

  @TestFactory
  Stream<DynamicNode> fixtures() {
    return BuiltinRules.registry().all().stream()
        .filter(type -> RuleFixtures.exists(type.id()))
        .map(type -> DynamicContainer.dynamicContainer(type.id(), cases(type.id())));
  }

  private static Stream<DynamicNode> cases(String ruleId) {
    List<RuleFixtures.Case> cases = RuleFixtures.load(ruleId);
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(
        DynamicTest.dynamicTest(
            "has at least " + MIN_CASES + " positive and negative cases",
            () -> {
              long positive = cases.stream().filter(RuleFixtures.Case::positive).count();
              long negative = cases.size() - positive;
              assertTrue(positive >= MIN_CASES, ruleId + ": only " + positive + " positive cases");
              assertTrue(negative >= MIN_CASES, ruleId + ": only " + negative + " negative cases");
            }));
    for (RuleFixtures.Case c : cases) {
      nodes.add(
          DynamicTest.dynamicTest(
              c.label(),
              () -> {
                List<Span> reported = new ArrayList<>();
                for (Finding f : RuleFixtures.run(c)) {
                  assertEquals(ruleId, f.ruleId());
                  reported.add(new Span(f.start(), f.end()));
                }
                assertEquals(describe(c.text(), c.expected()), describe(c.text(), reported), "in: " + c.text());
              }));
    }
    return nodes.stream();
  }

  /** The text with spans marked, so a failure shows where the rule and the fixture disagree. */
  static String describe(String text, List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Span s : sorted) {
      if (s.start() < at) {
        sb.append("⟦overlap:").append(text, s.start(), s.end()).append("⟧");
        continue;
      }
      sb.append(text, at, s.start()).append(RuleFixtures.OPEN).append(text, s.start(), s.end()).append(RuleFixtures.CLOSE);
      at = s.end();
    }
    return sb.append(text.substring(at)).toString();
  }
}
