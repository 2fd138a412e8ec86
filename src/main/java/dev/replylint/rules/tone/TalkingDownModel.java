package dev.replylint.rules.tone;

import dev.replylint.text.Words;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A logistic-regression model of talking down to the customer, over {@link TalkingDownFeatures},
 * trained at build time by {@link TalkingDownTrainer} from {@code src/main/training/} and shipped
 * as {@value #RESOURCE}. Immutable; {@link #shipped()} loads it once per JVM, on first use.
 */
public final class TalkingDownModel {
  public static final String RESOURCE = "/dev/replylint/rules/tone/judgemental-tone.model";
  private static final int MAGIC = 0x544f4e45; // "TONE"
  private static final int FORMAT = 2;

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

  /**
   * Reads the format {@link #write} writes: a header, the bias, then the non-zero slots and their
   * weights as two blocks, copied in bulk (a check that needs the model pays a few milliseconds).
   */
  public static TalkingDownModel read(InputStream stream) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(stream.readAllBytes());
    if (in.remaining() < 20 || in.getInt() != MAGIC || in.getInt() != FORMAT || in.getInt() != TalkingDownFeatures.TABLE_BITS) {
      throw new IOException("not a talking-down model of format " + FORMAT);
    }
    float bias = in.getFloat();
    int count = in.getInt();
    if (count < 0 || in.remaining() != count * 8L) {
      throw new IOException("talking-down model truncated");
    }
    int[] slots = new int[count];
    float[] values = new float[count];
    in.asIntBuffer().get(slots);
    in.position(in.position() + count * 4);
    in.asFloatBuffer().get(values);
    float[] weights = new float[1 << TalkingDownFeatures.TABLE_BITS];
    for (int i = 0; i < count; i++) {
      weights[slots[i] & TalkingDownFeatures.MASK] = values[i];
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
      }
    }
    for (float w : weights) {
      if (w != 0) {
        out.writeFloat(w);
      }
    }
    out.flush();
  }
}
