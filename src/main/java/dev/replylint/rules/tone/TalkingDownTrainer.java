package dev.replylint.rules.tone;

import dev.replylint.rules.logistic.LogisticTrainer;
import dev.replylint.rules.logistic.LogisticTrainer.Example;
import dev.replylint.text.Span;
import dev.replylint.text.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains {@link TalkingDownModel} at build time (exec-maven-plugin, process-classes) from the
 * labelled lines of {@code src/main/training/*.tsv}: {@code talking-down} or {@code fine}, a tab,
 * the text, and optionally a tab and a group id (variants of one written template, or the sentences
 * of one labelled reply) that cross-validation keeps in one fold. Trained by {@link
 * LogisticTrainer}, so the same files give the same model, byte for byte, on every JDK.
 *
 * <p>{@code TalkingDownTrainer DIR MODEL-FILE} trains and writes the model;
 * {@code TalkingDownTrainer --cross-validate K DIR} prints precision, recall and F1 over K folds;
 * {@code TalkingDownTrainer --dev-rows OUT JSONL...} writes the training lines of labelled tone-eval
 * files (see {@link #devRows}).
 */
public final class TalkingDownTrainer {
  static final String POSITIVE = "talking-down";
  static final String NEGATIVE = "fine";
  private static final LogisticTrainer.Settings SETTINGS = new LogisticTrainer.Settings(40, 3.0, 1e-5, 20261203L);

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
    Path target = Path.of(args[1]);
    LogisticTrainer.write(LogisticTrainer.train(examples, TalkingDownModel.FORMAT, SETTINGS), target);
    long positives = examples.stream().filter(Example::positive).count();
    System.out.printf(Locale.ROOT, "talking-down model: %d examples (%d talking down), written to %s%n", examples.size(), positives, target);
  }

  /** Every labelled line of the directory's .tsv files, files in name order, lines in file order. */
  static List<Example> read(Path dir) throws IOException {
    List<Example> out = new ArrayList<>();
    for (LogisticTrainer.Line line : LogisticTrainer.readLines(dir, POSITIVE, NEGATIVE)) {
      out.add(new Example(TalkingDownFeatures.of(scan(line.text())), line.positive(), line.group(), line.text()));
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
    return new TalkingDownModel(LogisticTrainer.train(examples, TalkingDownModel.FORMAT, SETTINGS));
  }

  /** K folds by group, so no variant of a held-out template or sentence of a held-out reply is trained on. */
  static void crossValidate(List<Example> examples, int k) {
    LogisticTrainer.crossValidate(examples, k, new double[] {0.5, 0.6, 0.7, 0.8, 0.9, 0.95}, train -> LogisticTrainer.train(train, TalkingDownModel.FORMAT, SETTINGS), 0);
  }
}
