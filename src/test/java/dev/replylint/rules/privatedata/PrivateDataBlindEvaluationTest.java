package dev.replylint.rules.privatedata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scores {@code private-data} on the blind sets of {@code private-data-eval/}, each written by QA
 * without reading the rule's code, fixtures or the other evaluation files: {@code blind.yaml}
 * (2026-11-23; its errors were since read and fixed, so it is development data now) and
 * {@code blind2.yaml} (2026-12-03, first scored after the first fixes of that day; its errors were then
 * read and fixed), {@code blind3.yaml} (2026-12-03, first scored after those fixes) and
 * {@code blind4.yaml} (scored in halves, below) and {@code blind5.yaml} (2026-12-03, fourth session,
 * written before that session's rule work) and {@code blind6.yaml} (scored in halves, below). Scored exactly like the held-out
 * set ({@link PrivateDataEvaluation}); the printed table is the point, the floor is deliberately weak.
 * Do not edit the cases to chase the score: that would make the figure meaningless.
 */
class PrivateDataBlindEvaluationTest {
  @ParameterizedTest
  @ValueSource(strings = {"blind.yaml", "blind2.yaml", "blind3.yaml", "blind5.yaml"})
  void blindSetScores(String file) {
    PrivateDataEvaluation eval = new PrivateDataEvaluation(file);
    Map<String, PrivateDataEvaluation.Score> scores = eval.scoreAndPrint("private-data, " + file);
    PrivateDataEvaluation.Score all = scores.get("ALL");
    assertTrue(eval.drafts.size() >= 120, "blind set too small");
    assertTrue(all.precision() >= 0.80, "overall precision " + all.precision());
    assertTrue(all.recall() >= 0.80, "overall recall " + all.recall());
  }

  /**
   * blind4.yaml is development data, but its drafts at odd positions (1st, 3rd, …) were held out
   * of the fourth round of work on requests (branch pd4): only their figures are printed, never
   * their errors, so they stay a check on text the work did not see. The even half prints its errors.
   */
  @Test
  void blind4ScoresWithItsOddHalfHeldOut() {
    scoreInHalves("blind4.yaml", 1);
  }

  /**
   * blind6.yaml (2026-12-03, the newest QA set) is scored in halves by position for the fifth round of
   * work on requests (branch pd6): the odd half (1st, 3rd, …) is tuned on and prints its errors; the
   * even half is held out, so only its figures are printed, never its errors.
   */
  @Test
  void blind6ScoresWithItsEvenHalfHeldOut() {
    scoreInHalves("blind6.yaml", 0);
  }

  /**
   * blind7.yaml (2026-12-03, sixth session) was written by QA before that session's rule work and
   * scored unread twice (before it and after the merge of branch pd7: ALL P 0.989 R 0.954, requests
   * 96 of 106, both times). Since then its odd positions are read and tuned on (branch pd8); the even
   * half is held out and prints its figures only.
   */
  @Test
  void blind7ScoresWithItsEvenHalfHeldOut() {
    scoreInHalves("blind7.yaml", 0);
  }

  /**
   * blind8.yaml (2026-12-03, seventh session) was written by QA before that session's rule work and
   * scored unread before and after it (ALL P 0.996 R 0.927, requests 86 of 105; then P 0.996 R 0.934,
   * 88 of 105). Since the eighth session its odd positions are read and tuned on; the even half is
   * held out and prints its figures only.
   */
  @Test
  void blind8ScoresWithItsEvenHalfHeldOut() {
    scoreInHalves("blind8.yaml", 0);
  }

  /**
   * blind9.yaml (2026-12-03, eighth session) was written by QA before that session's rule work and
   * is scored unread, before it and after it: this test prints its figures only, never its errors.
   */
  @Test
  void blind9ScoresUnread() {
    PrivateDataEvaluation eval = new PrivateDataEvaluation("blind9.yaml");
    System.out.println(PrivateDataEvaluation.table("private-data, blind9.yaml, unread (" + eval.drafts.size() + " drafts)", eval.score()));
    assertTrue(eval.drafts.size() >= 300, "blind set too small");
  }

  /**
   * Prints the whole set, the held-out half (drafts whose position % 2 is {@code heldOutParity};
   * figures only, never its errors) and the tuned half with its errors.
   */
  private static void scoreInHalves(String file, int heldOutParity) {
    PrivateDataEvaluation whole = new PrivateDataEvaluation(file);
    System.out.println(PrivateDataEvaluation.table("private-data, " + file + " (" + whole.drafts.size() + " drafts)", whole.score()));
    String heldName = heldOutParity == 1 ? "odd" : "even";
    String tunedName = heldOutParity == 1 ? "even" : "odd";
    PrivateDataEvaluation heldOut = new PrivateDataEvaluation(file, position -> position % 2 == heldOutParity);
    System.out.println(
        PrivateDataEvaluation.table("private-data, " + file + " " + heldName + " half, held out (" + heldOut.drafts.size() + " drafts)", heldOut.score()));
    PrivateDataEvaluation tuned = new PrivateDataEvaluation(file, position -> position % 2 != heldOutParity);
    Map<String, PrivateDataEvaluation.Score> scores = tuned.scoreAndPrint("private-data, " + file + " " + tunedName + " half");
    assertTrue(whole.drafts.size() >= 120, "blind set too small");
    assertTrue(whole.score().get("ALL").recall() >= 0.80 && whole.score().get("ALL").precision() >= 0.80);
  }
}
