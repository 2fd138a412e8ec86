package dev.replylint.rules.privatedata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores {@code private-data} on {@code private-data-eval/blind.yaml}, a set written by QA without
 * reading the rule's code, fixtures or the other evaluation files. Scored exactly like the held-out
 * set ({@link PrivateDataEvaluation}); the printed table is the point, the floor is deliberately weak.
 * Do not edit the cases to chase the score: that would make the figure meaningless.
 */
class PrivateDataBlindEvaluationTest {
  @Test
  void blindSetScores() {
    PrivateDataEvaluation eval = new PrivateDataEvaluation("blind.yaml");
    Map<String, PrivateDataEvaluation.Score> scores = eval.score();
    System.out.println(PrivateDataEvaluation.table("private-data, blind (" + eval.drafts.size() + " drafts)", scores));
    scores.get("ALL").errors.forEach(e -> System.out.println("  " + e));
    PrivateDataEvaluation.Score all = scores.get("ALL");
    assertTrue(eval.drafts.size() >= 120, "blind set too small");
    assertTrue(all.precision() >= 0.80, "overall precision " + all.precision());
    assertTrue(all.recall() >= 0.80, "overall recall " + all.recall());
  }
}
