package dev.replylint.rules.tone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.replylint.history.CsvRecords;
import dev.replylint.text.Draft;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of {@link Sentiment} on customers' posts labelled by hand, with the confusion counts
 * printed. The empathy rule acts only on NEGATIVE, so its precision and recall are printed too.
 */
class SentimentAccuracyTest {
  /**
   * {@code post-sentiment.tsv}: on the first run, before any change for these posts: 0.778 (42 of
   * 54; NEGATIVE precision 0.895, recall 0.680). Tuned on them since, 0.944 when this floor was
   * set; they no longer measure generalisation, the floor guards against regressions.
   */
  static final double ACCURACY_FLOOR = 0.90;

  /**
   * {@code post-sentiment-wide.tsv} (320 posts, issue 5): first run, before the scorer changed for
   * them, 0.791 (253 of 320; NEGATIVE precision 0.941, recall 0.744). Tuned on them since (the list grown by families, the structures of issue 5):
   * 0.966 when this floor was set; they no longer measure generalisation either.
   */
  static final double WIDE_ACCURACY_FLOOR = 0.94;

  /**
   * {@code post-sentiment-check.tsv} (80 posts written after the list was grown for issue 5, never
   * tuned on): first and only run before this floor, 0.838 (67 of 80; NEGATIVE precision 0.892, recall 0.825).
   * The list grown after that run reads 0.850, but one of its words ("floods") names a post this set
   * had missed, so 0.838 is the figure that measures unseen words.
   */
  static final double CHECK_ACCURACY_FLOOR = 0.82;

  /**
   * {@code twcs-post-sentiment-ids.tsv}: 400 real customer posts of the development corpus, labelled
   * by hand, ids only (the text is read from {@code ../shared} at test time: the corpus licence
   * forbids copying it). First run, before the scorer changed for them: tune half (odd ids) 0.729
   * (167 of 229; NEGATIVE precision 0.851, recall 0.741), held half (even ids) 0.719 (123 of 171;
   * NEGATIVE precision 0.829, recall 0.756). After the scorer was grown by structure on the tune
   * half only (emoji and emoticons, laughter, negated comparatives, sarcastic thanks and echoes, the
   * clause a question tells before it asks): tune 0.812 (186 of 229; P 0.906, R 0.835), held 0.766
   * (131 of 171; P 0.857, R 0.800). The held half is never tuned on; this floor guards it.
   */
  static final double TWCS_HELD_ACCURACY_FLOOR = 0.75;

  /**
   * {@code post-sentiment-structures.tsv} (24 posts of task sn11, each structure with a contrast
   * case): first run, written before the scorer was run on them, 0.792 (19 of 24); after the
   * remedy clause, the dependence check and the "no regrets" position were fixed on them, 0.958.
   * Tuned on, so a regression guard only.
   */
  static final double STRUCTURES_ACCURACY_FLOOR = 0.90;

  static final Path TWCS_SAMPLE = Path.of("../shared/data/twcs-sample.csv");

  @Test
  void polarityOfRealCustomerPosts() throws IOException {
    if (!Files.isReadable(TWCS_SAMPLE)) {
      System.out.println("SentimentAccuracyTest: skipping the real posts, " + TWCS_SAMPLE + " is absent");
      Assumptions.abort(TWCS_SAMPLE + " is absent");
    }
    Map<String, String> texts = new HashMap<>();
    try (Reader in = Files.newBufferedReader(TWCS_SAMPLE, StandardCharsets.UTF_8)) {
      CsvRecords rows = new CsvRecords(in);
      rows.next();
      while (rows.hasNext()) {
        List<String> row = rows.next();
        if (row.size() >= 6 && row.get(3).equals("True")) {
          texts.put(row.get(1), row.get(5));
        }
      }
    }
    List<String[]> tune = new ArrayList<>();
    List<String[]> held = new ArrayList<>();
    try (InputStream in = SentimentAccuracyTest.class.getResourceAsStream("/tone-eval/twcs-post-sentiment-ids.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("tweet_id\t")) {
          continue;
        }
        String[] cols = line.split("\t");
        String text = texts.get(cols[0]);
        assertTrue(text != null, "customer post " + cols[0] + " is not in " + TWCS_SAMPLE);
        (Long.parseLong(cols[0]) % 2 == 1 ? tune : held).add(new String[] {cols[1], text, cols[0]});
      }
    }
    assertTrue(tune.size() + held.size() == 400, "expected 400 labelled posts, read " + (tune.size() + held.size()));
    measure("twcs tune (odd ids)", tune);
    double heldAccuracy = measure("twcs held (even ids)", held);
    assertTrue(heldAccuracy >= TWCS_HELD_ACCURACY_FLOOR, "sentiment accuracy on held real posts " + heldAccuracy);
  }

  @Test
  void polarityOfLabelledPosts() throws IOException {
    double accuracy = measure("/tone-eval/post-sentiment.tsv");
    assertTrue(accuracy >= ACCURACY_FLOOR, "sentiment accuracy " + accuracy);
  }

  @Test
  void polarityOfWideLabelledPosts() throws IOException {
    double accuracy = measure("/tone-eval/post-sentiment-wide.tsv");
    assertTrue(accuracy >= WIDE_ACCURACY_FLOOR, "sentiment accuracy " + accuracy);
  }

  @Test
  void polarityOfPraiseAroundTroubleAndTakenLikes() throws IOException {
    double accuracy = measure("/tone-eval/post-sentiment-structures.tsv");
    assertTrue(accuracy >= STRUCTURES_ACCURACY_FLOOR, "sentiment accuracy " + accuracy);
  }

  @Test
  void polarityOfUntunedCheckPosts() throws IOException {
    double accuracy = measure("/tone-eval/post-sentiment-check.tsv");
    assertTrue(accuracy >= CHECK_ACCURACY_FLOOR, "sentiment accuracy " + accuracy);
  }

  private static double measure(String resource) throws IOException {
    List<String[]> posts = new ArrayList<>();
    try (InputStream in = SentimentAccuracyTest.class.getResourceAsStream(resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", 2);
        posts.add(new String[] {cols[0], cols[1], cols[1]});
      }
    }
    return measure(resource, posts);
  }

  /**
   * Each post is {label, text, what to print for a miss}: the real posts print their tweet id
   * only, so the corpus text stays out of the build logs kept with the repo.
   */
  private static double measure(String resource, List<String[]> posts) {
    Map<Sentiment.Polarity, Map<Sentiment.Polarity, Integer>> confusion = new EnumMap<>(Sentiment.Polarity.class);
    int right = 0;
    int total = 0;
    for (String[] post : posts) {
      Sentiment.Polarity want = Sentiment.Polarity.valueOf(post[0].toUpperCase(Locale.ROOT));
      Sentiment.Polarity got = Sentiment.of(Draft.of(post[1]));
      confusion.computeIfAbsent(want, k -> new EnumMap<>(Sentiment.Polarity.class)).merge(got, 1, Integer::sum);
      total++;
      if (want == got) {
        right++;
      } else {
        System.out.println(resource + ": sentiment " + want + " read as " + got + ": " + post[2]);
      }
    }
    int negTp = confusion.getOrDefault(Sentiment.Polarity.NEGATIVE, Map.of()).getOrDefault(Sentiment.Polarity.NEGATIVE, 0);
    int negPredicted = 0;
    for (Map<Sentiment.Polarity, Integer> row : confusion.values()) {
      negPredicted += row.getOrDefault(Sentiment.Polarity.NEGATIVE, 0);
    }
    int negActual = confusion.getOrDefault(Sentiment.Polarity.NEGATIVE, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    double accuracy = right / (double) total;
    System.out.printf(Locale.ROOT, "%s: sentiment accuracy %d/%d = %.3f; NEGATIVE precision %.3f recall %.3f; confusion %s%n",
        resource, right, total, accuracy, negTp / (double) Math.max(1, negPredicted), negTp / (double) Math.max(1, negActual), confusion);
    return accuracy;
  }
}
