package dev.replylint.rules.logistic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Trains a {@link HashedLogisticModel} by stochastic gradient descent in a fixed order (a seeded
 * shuffle) with strict arithmetic, so the same lines give the same model, byte for byte, on every
 * JDK; and cross-validates one by folds of groups.
 */
public final class LogisticTrainer {
  /** A labelled line: its feature slots, its class, and the group cross-validation keeps in one fold. */
  public record Example(int[] slots, boolean positive, String group, String text) {}

  /** How a model is trained: epochs, the first epoch's step, L2 shrinkage per example, the shuffle's seed. */
  public record Settings(int epochs, double learningRate, double l2, long seed) {}

  private LogisticTrainer() {}

  /** A labelled line of a training file: its class, its text, its group, and where it was read. */
  public record Line(boolean positive, String text, String group, Path file, int number) {}

  /**
   * Every labelled line of the directory's .tsv files, files in name order, lines in file order:
   * the positive or the negative label, a tab, the text, and optionally a tab and a group id; a line
   * without one is its own group. Blank lines and lines starting with # are skipped.
   */
  public static List<Line> readLines(Path dir, String positive, String negative) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
    List<Line> out = new ArrayList<>();
    for (Path file : files) {
      int lineNumber = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2 || !(cols[0].equals(positive) || cols[0].equals(negative))) {
          throw new IllegalArgumentException(file + ":" + lineNumber + ": expected '" + positive + "' or '" + negative + "', a tab and the text");
        }
        String group = file.getFileName() + ":" + (cols.length > 2 ? cols[2] : String.valueOf(lineNumber));
        out.add(new Line(cols[0].equals(positive), cols[1], group, file, lineNumber));
      }
    }
    return out;
  }

  /** Writes the model where the build expects it, creating the directory. */
  public static void write(HashedLogisticModel model, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (OutputStream out = Files.newOutputStream(target)) {
      model.write(out);
    }
  }

  public static HashedLogisticModel train(List<Example> examples, HashedLogisticModel.Format format, Settings settings) {
    double[] w = new double[format.slots()];
    double bias = 0;
    long positives = examples.stream().filter(Example::positive).count();
    long negatives = examples.size() - positives;
    // each class weighs the same in the loss, whatever the mix of lines
    double positiveWeight = examples.size() / (2.0 * Math.max(1, positives));
    double negativeWeight = examples.size() / (2.0 * Math.max(1, negatives));
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(settings.seed());
    // the weights averaged over the second half of the epochs: one shuffle's last steps sway a
    // single SGD run, and the average is steadier on sentences unlike the training lines
    double[] averaged = new double[w.length];
    double averagedBias = 0;
    int averagedEpochs = 0;
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double rate = settings.learningRate() / (1 + 0.1 * epoch);
      for (int index : order) {
        Example e = examples.get(index);
        double value = HashedLogisticModel.scale(e.slots().length);
        double sum = 0;
        for (int s : e.slots()) {
          sum += w[s];
        }
        double p = 1 / (1 + StrictMath.exp(-(bias + sum * value)));
        double gradient = ((e.positive() ? 1 : 0) - p) * (e.positive() ? positiveWeight : negativeWeight);
        bias += rate * gradient;
        for (int s : e.slots()) {
          w[s] += rate * gradient * value;
        }
      }
      double shrink = 1 - rate * settings.l2() * examples.size();
      for (int s = 0; s < w.length; s++) {
        w[s] *= shrink;
      }
      if (epoch >= settings.epochs() / 2) {
        for (int s = 0; s < w.length; s++) {
          averaged[s] += w[s];
        }
        averagedBias += bias;
        averagedEpochs++;
      }
    }
    float[] weights = new float[w.length];
    for (int s = 0; s < w.length; s++) {
      weights[s] = (float) (averaged[s] / averagedEpochs);
    }
    return new HashedLogisticModel(format, (float) (averagedBias / averagedEpochs), weights);
  }

  /**
   * Prints precision, recall and F1 at each threshold over K folds by group, so no variant of a
   * held-out template (or sentence of a held-out reply) is trained on; with {@code errorsAt}
   * between 0 and 1, also every held-out line misjudged at that threshold.
   */
  public static void crossValidate(List<Example> examples, int k, double[] thresholds, Function<List<Example>, HashedLogisticModel> train, double errorsAt) {
    int[][] counts = new int[thresholds.length][3];
    for (int fold = 0; fold < k; fold++) {
      List<Example> training = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (Example e : examples) {
        (Math.floorMod(e.group().hashCode() * 0x9E3779B1, k) == fold ? test : training).add(e);
      }
      HashedLogisticModel model = train.apply(training);
      for (Example e : test) {
        double p = model.probability(e.slots());
        for (int t = 0; t < thresholds.length; t++) {
          boolean got = p >= thresholds[t];
          counts[t][0] += got && e.positive() ? 1 : 0;
          counts[t][1] += got && !e.positive() ? 1 : 0;
          counts[t][2] += !got && e.positive() ? 1 : 0;
        }
        if (errorsAt > 0 && errorsAt <= 1 && (p >= errorsAt) != e.positive()) {
          System.out.printf(Locale.ROOT, "%s %.2f %s%n", e.positive() ? "FN" : "FP", p, e.text());
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d-fold cross-validation over %d lines (folds by group)%n", k, examples.size());
    for (int t = 0; t < thresholds.length; t++) {
      int tp = counts[t][0];
      int fp = counts[t][1];
      int fn = counts[t][2];
      double precision = tp / (double) Math.max(1, tp + fp);
      double recall = tp / (double) Math.max(1, tp + fn);
      System.out.printf(
          Locale.ROOT, "threshold %.2f: TP %d FP %d FN %d  precision %.3f recall %.3f F1 %.3f%n", thresholds[t], tp, fp, fn, precision, recall, 2 * precision * recall / Math.max(1e-9, precision + recall));
    }
  }
}
