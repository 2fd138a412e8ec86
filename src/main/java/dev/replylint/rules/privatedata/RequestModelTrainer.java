package dev.replylint.rules.privatedata;

import dev.replylint.rules.privatedata.SentenceWords.Word;
import dev.replylint.text.Draft;
import dev.replylint.text.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Trains {@link RequestModel} at build time (exec-maven-plugin, process-classes) from the labelled
 * lines of {@code src/main/training/private-data/*.tsv}: {@code request} or {@code clean}, a tab,
 * a sentence or two, and a group id (variants of one written template) that cross-validation keeps
 * in one fold. Each line is read as the detector reads a draft: the first sentence that names data
 * is the one scored, with its neighbours. Logistic regression by stochastic gradient descent in a
 * seeded order with strict arithmetic, weights averaged over the later epochs (as {@code
 * TalkingDownTrainer} does for judgemental-tone), so the same files give the same model on every JDK.
 *
 * <p>{@code RequestModelTrainer DIR MODEL-FILE} trains and writes the model; {@code
 * RequestModelTrainer --cross-validate K DIR} prints precision and recall over K folds by group.
 */
public final class RequestModelTrainer {
  static final String POSITIVE = "request";
  static final String NEGATIVE = "clean";
  private static final int EPOCHS = 30;
  private static final double LEARNING_RATE = 2.0;
  private static final double L2 = 1e-5;
  private static final long SEED = 20261203L;

  record Example(int[] slots, boolean positive, String group, String text) {}

  private RequestModelTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("--cross-validate")) {
      crossValidate(read(Path.of(args[2])), Integer.parseInt(args[1]));
      return;
    }
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: RequestModelTrainer DIR MODEL-FILE | --cross-validate K DIR");
    }
    List<Example> examples = read(Path.of(args[0]));
    RequestModel model = train(examples);
    Path target = Path.of(args[1]);
    Files.createDirectories(target.getParent());
    try (OutputStream out = Files.newOutputStream(target)) {
      model.write(out);
    }
    long positives = examples.stream().filter(Example::positive).count();
    System.out.printf(Locale.ROOT, "private-data request model: %d examples (%d requests), written to %s%n", examples.size(), positives, target);
  }

  static List<Example> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
    DataPhrases phrases = new DataPhrases(Defaults.REQUESTED_DATA);
    List<Example> out = new ArrayList<>();
    for (Path file : files) {
      int lineNumber = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2 || !(cols[0].equals(POSITIVE) || cols[0].equals(NEGATIVE))) {
          throw new IllegalArgumentException(file + ":" + lineNumber + ": expected '" + POSITIVE + "' or '" + NEGATIVE + "', a tab and the text");
        }
        int[] slots = features(Draft.of(cols[1]), phrases);
        if (slots == null) {
          // a line the detector would never ask the model about teaches it nothing
          System.out.printf(Locale.ROOT, "%s:%d: skipped, no sentence names data: %s%n", file.getFileName(), lineNumber, cols[1]);
          continue;
        }
        String group = file.getFileName() + ":" + (cols.length > 2 ? cols[2] : String.valueOf(lineNumber));
        out.add(new Example(slots, cols[0].equals(POSITIVE), group, cols[1]));
      }
    }
    return out;
  }

  /** The features of the draft's first sentence that names data, with its neighbours; null when none does. */
  static int[] features(Draft draft, DataPhrases phrases) {
    List<Span> sentences = draft.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      List<Word> plain = SentenceWords.tokensOf(draft, sentences.get(i));
      if (!RequestModel.namesData(plain, phrases)) {
        continue;
      }
      List<Word> words = SentenceWords.of(draft, sentences.get(i));
      int[] span = RequestModel.dataSpan(words, phrases);
      if (span == null) {
        continue;
      }
      List<Word> before = i > 0 ? SentenceWords.tokensOf(draft, sentences.get(i - 1)) : List.of();
      List<Word> after = i + 1 < sentences.size() ? SentenceWords.tokensOf(draft, sentences.get(i + 1)) : List.of();
      return RequestFeatures.of(words, span[0], span[1], before, after);
    }
    return null;
  }

  static RequestModel train(List<Example> examples) {
    double[] w = new double[1 << RequestFeatures.TABLE_BITS];
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
    Random random = new Random(SEED);
    double[] averaged = new double[w.length];
    double averagedBias = 0;
    int averagedEpochs = 0;
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double rate = LEARNING_RATE / (1 + 0.1 * epoch);
      for (int index : order) {
        Example e = examples.get(index);
        double value = RequestFeatures.scale(e.slots().length);
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
      double shrink = 1 - rate * L2 * examples.size();
      for (int s = 0; s < w.length; s++) {
        w[s] *= shrink;
      }
      if (epoch >= EPOCHS / 2) {
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
    return new RequestModel((float) (averagedBias / averagedEpochs), weights);
  }

  /** K folds by group, so no variant of a held-out template is trained on. */
  static void crossValidate(List<Example> examples, int k) {
    double[] thresholds = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95};
    int[][] counts = new int[thresholds.length][3];
    for (int fold = 0; fold < k; fold++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (Example e : examples) {
        (Math.floorMod(e.group().hashCode() * 0x9E3779B1, k) == fold ? test : train).add(e);
      }
      RequestModel model = train(train);
      for (Example e : test) {
        double p = model.probability(e.slots());
        for (int t = 0; t < thresholds.length; t++) {
          boolean got = p >= thresholds[t];
          counts[t][0] += got && e.positive() ? 1 : 0;
          counts[t][1] += got && !e.positive() ? 1 : 0;
          counts[t][2] += !got && e.positive() ? 1 : 0;
        }
        if (System.getProperty("replylint.cv.errors") != null && (p >= RequestModel.THRESHOLD) != e.positive()) {
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
      System.out.printf(Locale.ROOT, "threshold %.2f: TP %d FP %d FN %d  precision %.3f recall %.3f%n", thresholds[t], tp, fp, fn, precision, recall);
    }
  }
}
