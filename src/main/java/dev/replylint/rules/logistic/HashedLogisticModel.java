package dev.replylint.rules.logistic;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Logistic regression over hashed features: a bias and a table of weights indexed by feature slot
 * (see {@link FeatureHashing}), trained at build time by {@link LogisticTrainer} and shipped as a
 * class-path resource. The models of judgemental-tone and private-data's requests are both this;
 * what they differ in is their features and where they are asked. Immutable.
 */
public final class HashedLogisticModel {
  /** What a model file must declare in its header: whose model it is, its format and table size. */
  public record Format(String name, int magic, int version, int tableBits) {
    int slots() {
      return 1 << tableBits;
    }
  }

  private final Format format;
  private final float bias;
  private final float[] weights;

  HashedLogisticModel(Format format, float bias, float[] weights) {
    if (weights.length != format.slots()) {
      throw new IllegalArgumentException("weight table of " + weights.length + " slots");
    }
    this.format = format;
    this.bias = bias;
    this.weights = weights;
  }

  /**
   * The value of each feature of an example with this many: one over the square root, so a long
   * sentence's many mildly suspect words do not add up to certainty (a unit-length feature vector).
   */
  public static double scale(int features) {
    return features == 0 ? 0 : 1 / StrictMath.sqrt(features);
  }

  /** Probability (0–1) of the positive class for an example's distinct feature slots. */
  public double probability(int[] slots) {
    double sum = 0;
    for (int s : slots) {
      sum += weights[s];
    }
    return 1 / (1 + StrictMath.exp(-(bias + sum * scale(slots.length))));
  }

  /** Reads a shipped model; a missing resource means the build's training step did not run. */
  public static HashedLogisticModel resource(Class<?> owner, String resource, Format format, String trainer) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing: the build trains it (" + trainer + ", process-classes)");
      }
      return read(in, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the format {@link #write} writes: a header, the bias, then the non-zero slots and their
   * weights as two blocks, copied in bulk (a check that needs the model pays a few milliseconds).
   */
  public static HashedLogisticModel read(InputStream stream, Format format) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(stream.readAllBytes());
    if (in.remaining() < 20 || in.getInt() != format.magic() || in.getInt() != format.version() || in.getInt() != format.tableBits()) {
      throw new IOException("not a " + format.name() + " model of format " + format.version());
    }
    float bias = in.getFloat();
    int count = in.getInt();
    if (count < 0 || in.remaining() != count * 8L) {
      throw new IOException(format.name() + " model truncated");
    }
    int[] slots = new int[count];
    float[] values = new float[count];
    in.asIntBuffer().get(slots);
    in.position(in.position() + count * 4);
    in.asFloatBuffer().get(values);
    float[] weights = new float[format.slots()];
    for (int i = 0; i < count; i++) {
      weights[slots[i] & (format.slots() - 1)] = values[i];
    }
    return new HashedLogisticModel(format, bias, weights);
  }

  public void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(format.magic());
    out.writeInt(format.version());
    out.writeInt(format.tableBits());
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
