package dev.replylint.rules.tone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.replylint.text.Draft;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
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
  void polarityOfUntunedCheckPosts() throws IOException {
    double accuracy = measure("/tone-eval/post-sentiment-check.tsv");
    assertTrue(accuracy >= CHECK_ACCURACY_FLOOR, "sentiment accuracy " + accuracy);
  }

  private static double measure(String resource) throws IOException {
    Map<Sentiment.Polarity, Map<Sentiment.Polarity, Integer>> confusion = new EnumMap<>(Sentiment.Polarity.class);
    int right = 0;
    int total = 0;
    try (InputStream in = SentimentAccuracyTest.class.getResourceAsStream(resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", 2);
        Sentiment.Polarity want = Sentiment.Polarity.valueOf(cols[0].toUpperCase(Locale.ROOT));
        Sentiment.Polarity got = Sentiment.of(Draft.of(cols[1]));
        confusion.computeIfAbsent(want, k -> new EnumMap<>(Sentiment.Polarity.class)).merge(got, 1, Integer::sum);
        total++;
        if (want == got) {
          right++;
        } else {
          System.out.println(resource + ": sentiment " + want + " read as " + got + ": " + cols[1]);
        }
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
