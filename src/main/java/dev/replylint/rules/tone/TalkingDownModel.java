package dev.replylint.rules.tone;

import dev.replylint.rules.logistic.HashedLogisticModel;
import dev.replylint.text.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * A logistic-regression model of talking down to the customer, over {@link TalkingDownFeatures},
 * trained at build time by {@link TalkingDownTrainer} from {@code src/main/training/} and shipped
 * as {@value #RESOURCE}. Immutable; {@link #shipped()} loads it once per JVM, on first use.
 */
public final class TalkingDownModel {
  public static final String RESOURCE = "/dev/replylint/rules/tone/judgemental-tone.model";
  static final HashedLogisticModel.Format FORMAT = new HashedLogisticModel.Format("talking-down", 0x544f4e45 /* "TONE" */, 2, TalkingDownFeatures.TABLE_BITS);

  private final HashedLogisticModel model;

  TalkingDownModel(HashedLogisticModel model) {
    this.model = model;
  }

  /** The shipped model, read from the class path the first time any caller asks. */
  public static TalkingDownModel shipped() {
    return Shipped.MODEL;
  }

  /** The class initialiser runs once, on first use, and the JVM makes it thread-safe. */
  private static final class Shipped {
    static final TalkingDownModel MODEL = new TalkingDownModel(HashedLogisticModel.resource(TalkingDownModel.class, RESOURCE, FORMAT, "TalkingDownTrainer"));
  }

  /** Probability (0–1) that the sentences talk down to the reader. */
  public double probability(List<Words> sentences) {
    return probability(TalkingDownFeatures.of(sentences));
  }

  double probability(int[] slots) {
    return model.probability(slots);
  }

  public static TalkingDownModel read(InputStream stream) throws IOException {
    return new TalkingDownModel(HashedLogisticModel.read(stream, FORMAT));
  }

  void write(OutputStream stream) throws IOException {
    model.write(stream);
  }
}
