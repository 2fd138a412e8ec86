package dev.replylint.rules;

import java.util.Locale;

/** True positives, false positives and false negatives of one rule on one labelled set, and what they make. */
public record PrecisionRecall(int tp, int fp, int fn) {
  public double precision() {
    return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** "precision / recall / F1 (TP FP FN)". */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.3f / %.3f / %.3f (%d %d %d)", precision(), recall(), f1(), tp, fp, fn);
  }
}
