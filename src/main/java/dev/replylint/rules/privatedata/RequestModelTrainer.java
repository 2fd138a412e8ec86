package dev.replylint.rules.privatedata;

import dev.replylint.rules.logistic.LogisticTrainer;
import dev.replylint.rules.logistic.LogisticTrainer.Example;
import dev.replylint.rules.privatedata.SentenceWords.Word;
import dev.replylint.text.Draft;
import dev.replylint.text.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains {@link RequestModel} at build time (exec-maven-plugin, process-classes) from the labelled
 * lines of {@code src/main/training/private-data/*.tsv}: {@code request} or {@code clean}, a tab,
 * a sentence or two, and a group id (variants of one written template) that cross-validation keeps
 * in one fold. Each line is read as the detector reads a draft: the first sentence that names data
 * is the one scored, with its neighbours. Trained by {@link LogisticTrainer}, as judgemental-tone's
 * model is, so the same files give the same model on every JDK.
 *
 * <p>{@code RequestModelTrainer DIR MODEL-FILE} trains and writes the model; {@code
 * RequestModelTrainer --cross-validate K DIR} prints precision and recall over K folds by group.
 */
public final class RequestModelTrainer {
  static final String POSITIVE = "request";
  static final String NEGATIVE = "clean";
  private static final LogisticTrainer.Settings SETTINGS = new LogisticTrainer.Settings(30, 2.0, 1e-5, 20261203L);

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
    Path target = Path.of(args[1]);
    LogisticTrainer.write(LogisticTrainer.train(examples, RequestModel.FORMAT, SETTINGS), target);
    long positives = examples.stream().filter(Example::positive).count();
    System.out.printf(Locale.ROOT, "private-data request model: %d examples (%d requests), written to %s%n", examples.size(), positives, target);
  }

  static List<Example> read(Path dir) throws IOException {
    DataPhrases phrases = new DataPhrases(Defaults.REQUESTED_DATA);
    List<Example> out = new ArrayList<>();
    for (LogisticTrainer.Line line : LogisticTrainer.readLines(dir, POSITIVE, NEGATIVE)) {
      int[] slots = features(Draft.of(line.text()), phrases);
      if (slots == null) {
        // a line the detector would never ask the model about teaches it nothing
        System.out.printf(Locale.ROOT, "%s:%d: skipped, no sentence names data: %s%n", line.file().getFileName(), line.number(), line.text());
        continue;
      }
      out.add(new Example(slots, line.positive(), line.group(), line.text()));
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
      RequestModel.NamedData data = RequestModel.namedData(words, phrases);
      if (data == null) {
        continue;
      }
      List<Word> before = i > 0 ? SentenceWords.tokensOf(draft, sentences.get(i - 1)) : List.of();
      List<Word> after = i + 1 < sentences.size() ? SentenceWords.tokensOf(draft, sentences.get(i + 1)) : List.of();
      return RequestFeatures.of(words, data.first(), data.last(), before, after);
    }
    return null;
  }

  static RequestModel train(List<Example> examples) {
    return new RequestModel(LogisticTrainer.train(examples, RequestModel.FORMAT, SETTINGS));
  }

  /**
   * K folds by group, so no variant of a held-out template is trained on; with
   * {@code -Dreplylint.cv.errors}, every line misjudged at the shipped threshold is printed too.
   */
  static void crossValidate(List<Example> examples, int k) {
    double errorsAt = System.getProperty("replylint.cv.errors") != null ? RequestModel.THRESHOLD : 0;
    LogisticTrainer.crossValidate(examples, k, new double[] {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95}, train -> LogisticTrainer.train(train, RequestModel.FORMAT, SETTINGS), errorsAt);
  }
}
