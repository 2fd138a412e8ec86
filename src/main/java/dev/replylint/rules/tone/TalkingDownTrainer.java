package dev.replylint.rules.tone;

import dev.replylint.text.Span;
import dev.replylint.text.Words;
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
 * Trains {@link TalkingDownModel} at build time (exec-maven-plugin, process-classes) from the
 * labelled lines of {@code src/main/training/*.tsv}: {@code talking-down} or {@code fine}, a tab,
 * the text, and optionally a tab and a group id (variants of one written template, or the sentences
 * of one labelled reply) that cross-validation keeps in one fold. Logistic regression by stochastic
 * gradient descent in a fixed order (a seeded shuffle) with strict arithmetic, so the same files
 * give the same model, byte for byte, on every JDK.
 *
 * <p>{@code TalkingDownTrainer DIR MODEL-FILE} trains and writes the model;
 * {@code TalkingDownTrainer --cross-validate K DIR} prints precision, recall and F1 over K folds;
 * {@code TalkingDownTrainer --dev-rows OUT JSONL...} writes the training lines of labelled tone-eval
 * files (see {@link #devRows}).
 */
public final class TalkingDownTrainer {
  static final String POSITIVE = "talking-down";
  static final String NEGATIVE = "fine";
  private static final int EPOCHS = 40;
  private static final double LEARNING_RATE = 3.0;
  private static final double L2 = 1e-5;
  private static final long SEED = 20261203L;

  record Example(int[] slots, boolean positive, String group, String text) {}

  private TalkingDownTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("--cross-validate")) {
      crossValidate(read(Path.of(args[2])), Integer.parseInt(args[1]));
      return;
    }
    if (args.length >= 3 && args[0].equals("--dev-rows")) {
      List<Path> files = new ArrayList<>();
      for (int i = 2; i < args.length; i++) {
        files.add(Path.of(args[i]));
      }
      Files.write(Path.of(args[1]), devRows(files), StandardCharsets.UTF_8);
      return;
    }
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TalkingDownTrainer DIR MODEL-FILE | --cross-validate K DIR");
    }
    List<Example> examples = read(Path.of(args[0]));
    TalkingDownModel model = train(examples);
    Path target = Path.of(args[1]);
    Files.createDirectories(target.getParent());
    try (OutputStream out = Files.newOutputStream(target)) {
      model.write(out);
    }
    long positives = examples.stream().filter(Example::positive).count();
    System.out.printf(Locale.ROOT, "talking-down model: %d examples (%d talking down), written to %s%n", examples.size(), positives, target);
  }

  /** Every labelled line of the directory's .tsv files, files in name order, lines in file order. */
  static List<Example> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
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
        String group = file.getFileName() + ":" + (cols.length > 2 ? cols[2] : String.valueOf(lineNumber));
        out.add(new Example(TalkingDownFeatures.of(scan(cols[1])), cols[0].equals(POSITIVE), group, cols[1]));
      }
    }
    return out;
  }

  /**
   * The training lines of labelled replies (tone-eval JSON lines): a reply labelled
   * judgemental-tone is one talking-down line, each sentence of another English reply a fine line
   * (a sentence of a rude reply may be harmless, a sentence of a good one never talks down), the
   * row id as group; a text already written is not repeated.
   */
  static List<String> devRows(List<Path> jsonLines) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<String> out = new ArrayList<>();
    StringBuilder names = new StringBuilder();
    for (Path file : jsonLines) {
      names.append(names.length() == 0 ? "" : " and ").append(file.getFileName());
    }
    out.add("# label<TAB>text<TAB>row id: replies of tone-eval/" + names + " (see README.md here).");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Path file : jsonLines) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        com.fasterxml.jackson.databind.JsonNode row = json.readTree(line);
        String id = row.get("id").asText();
        String reply = row.get("reply").asText().replace('\t', ' ').replace('\n', ' ').strip();
        if (row.get("kind").asText().equals("other-language")) {
          continue;
        }
        boolean talkingDown = false;
        for (com.fasterxml.jackson.databind.JsonNode rule : row.get("fire")) {
          talkingDown |= rule.asText().equals("judgemental-tone");
        }
        List<String> texts = new ArrayList<>();
        if (talkingDown) {
          texts.add(reply);
        } else {
          for (Span s : Words.sentences(reply)) {
            texts.add(reply.substring(s.start(), s.end()).strip());
          }
        }
        for (String text : texts) {
          if (!text.isEmpty() && seen.add(text)) {
            out.add((talkingDown ? POSITIVE : NEGATIVE) + "\t" + text + "\t" + id);
          }
        }
      }
    }
    return out;
  }

  /** The text cut into scanned sentences, as a draft's rule sees them. */
  static List<Words> scan(String text) {
    List<Words> sentences = new ArrayList<>();
    for (Span s : Words.sentences(text)) {
      sentences.add(Words.scan(text, s.start(), s.end()));
    }
    return sentences;
  }

  static TalkingDownModel train(List<Example> examples) {
    double[] w = new double[1 << TalkingDownFeatures.TABLE_BITS];
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
    // the weights averaged over the second half of the epochs: one shuffle's last steps sway a
    // single SGD run, and the average is steadier on sentences unlike the training lines
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
        double value = TalkingDownFeatures.scale(e.slots().length);
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
    return new TalkingDownModel((float) (averagedBias / averagedEpochs), weights);
  }

  /** K folds by group, so no variant of a held-out template or sentence of a held-out reply is trained on. */
  static void crossValidate(List<Example> examples, int k) {
    double[] thresholds = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95};
    int[][] counts = new int[thresholds.length][3];
    for (int fold = 0; fold < k; fold++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (Example e : examples) {
        (Math.floorMod(e.group().hashCode() * 0x9E3779B1, k) == fold ? test : train).add(e);
      }
      TalkingDownModel model = train(train);
      for (Example e : test) {
        double p = model.probability(e.slots());
        for (int t = 0; t < thresholds.length; t++) {
          boolean got = p >= thresholds[t];
          counts[t][0] += got && e.positive() ? 1 : 0;
          counts[t][1] += got && !e.positive() ? 1 : 0;
          counts[t][2] += !got && e.positive() ? 1 : 0;
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
      System.out.printf(Locale.ROOT, "threshold %.2f: TP %d FP %d FN %d  precision %.3f recall %.3f F1 %.3f%n", thresholds[t], tp, fp, fn, precision, recall, 2 * precision * recall / Math.max(1e-9, precision + recall));
    }
  }
}
