package dev.replylint.rules.privatedata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@code private-data} on the labelled sets in
 * {@code src/test/resources/private-data-eval/}. The floors are asserted on the held-out file,
 * which the rule was never tuned on; the development file is printed for comparison.
 */
class PrivateDataEvaluationTest {
  @Test
  void heldOutPrecisionAndRecallStayAboveTheFloors() {
    PrivateDataEvaluation eval = new PrivateDataEvaluation("heldout.yaml");
    Map<String, PrivateDataEvaluation.Score> scores = eval.scoreAndPrint("private-data, held-out");
    PrivateDataEvaluation.Score all = scores.get("ALL");
    assertTrue(eval.drafts.size() >= 150, "held-out set too small");
    assertTrue(all.precision() >= 0.97, "overall precision " + all.precision());
    assertTrue(all.recall() >= 0.97, "overall recall " + all.recall());
    assertTrue(scores.get("request").precision() >= 0.95, "request precision");
    // the set quotes toll-free, shared-cost, premium and allow-listed brand lines: none may fire
    assertTrue(scores.get("phone").falsePositives == 0, "a brand hotline was reported: " + scores.get("phone").errors);
    assertTrue(scores.get("request").recall() >= 0.95, "request recall");
  }

  @Test
  void developmentSetScores() {
    PrivateDataEvaluation eval = new PrivateDataEvaluation("dev.yaml");
    Map<String, PrivateDataEvaluation.Score> scores = eval.scoreAndPrint("private-data, development");
    assertTrue(eval.drafts.size() + new PrivateDataEvaluation("heldout.yaml").drafts.size() >= 300);
    assertTrue(scores.get("ALL").precision() >= 0.97 && scores.get("ALL").recall() >= 0.97);
  }

  /**
   * dev2.yaml (branch pd7) is a second development set, mostly requests in free wording and their
   * private-channel, warning and informative counterparts, written before that round's changes; its
   * first-run figures are in the eval README. The floor is deliberately weak, not tuned to it.
   */
  @Test
  void secondDevelopmentSetScores() {
    PrivateDataEvaluation eval = new PrivateDataEvaluation("dev2.yaml");
    Map<String, PrivateDataEvaluation.Score> scores = eval.scoreAndPrint("private-data, dev2");
    assertTrue(eval.drafts.size() >= 150, "dev2 too small");
    assertTrue(scores.get("ALL").precision() >= 0.80 && scores.get("ALL").recall() >= 0.80);
  }
}
