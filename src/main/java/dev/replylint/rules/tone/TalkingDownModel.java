package dev.replylint.rules.tone;

import dev.replylint.text.Words;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A logistic-regression model of talking down to the customer, over {@link TalkingDownFeatures},
 * trained at build time by {@link TalkingDownTrainer} from {@code src/main/training/} and shipped
 * as {@value #RESOURCE}. Immutable; {@link #shipped()} loads it once per JVM, on first use.
 */
public final class TalkingDownModel {
  public static final String RESOURCE = "/dev/replylint/rules/tone/judgemental-tone.model";
  private static final int MAGIC = 0x544f4e45; // "TONE"
  private static final int FORMAT = 1;

  private final float bias;
  private final float[] weights;

  TalkingDownModel(float bias, float[] weights) {
    if (weights.length != 1 << TalkingDownFeatures.TABLE_BITS) {
      throw new IllegalArgumentException("weight table of " + weights.length + " slots");
    }
    this.bias = bias;
    this.weights = weights;
  }

  /** The shipped model, read from the class path the first time any caller asks. */
  public static TalkingDownModel shipped() {
    return Shipped.MODEL;
  }

  /** The class initialiser runs once, on first use, and the JVM makes it thread-safe. */
  private static final class Shipped {
    static final TalkingDownModel MODEL = loadShipped();

    private static TalkingDownModel loadShipped() {
      try (InputStream in = TalkingDownModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing: the build trains it (TalkingDownTrainer, process-classes)");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Probability (0–1) that the sentences talk down to the reader. */
  public double probability(List<Words> sentences) {
    return probability(TalkingDownFeatures.of(sentences));
  }

  double probability(int[] slots) {
    double sum = 0;
    for (int s : slots) {
      sum += weights[s];
    }
    return 1 / (1 + StrictMath.exp(-(bias + sum * TalkingDownFeatures.scale(slots.length))));
  }

  /** Reads the format {@link #write} writes: header, bias, then the non-zero slots and their weights. */
  public static TalkingDownModel read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
    if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != TalkingDownFeatures.TABLE_BITS) {
      throw new IOException("not a talking-down model of format " + FORMAT);
    }
    float bias = in.readFloat();
    int count = in.readInt();
    float[] weights = new float[1 << TalkingDownFeatures.TABLE_BITS];
    for (int i = 0; i < count; i++) {
      int slot = in.readInt();
      weights[slot] = in.readFloat();
    }
    return new TalkingDownModel(bias, weights);
  }

  void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(TalkingDownFeatures.TABLE_BITS);
    out.writeFloat(bias);
    int count = 0;
    for (float w : weights) {
      count += w != 0 ? 1 : 0;
    }
    out.writeInt(count);
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] != 0) {
        out.writeInt(i);
        out.writeFloat(weights[i]);
      }
    }
    out.flush();
  }
}
