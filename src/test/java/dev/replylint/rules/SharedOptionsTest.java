package dev.replylint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SharedOptionsTest {
  private static final List<Pattern> PLACEHOLDERS =
      List.of(Pattern.compile("\\{\\{[^{}]*\\}\\}"), Pattern.compile("\\[[A-Z][A-Z0-9_ ]*\\]"), Pattern.compile("x*"));

  /** What insidePlaceholder means, written the obvious way. */
  private static boolean naive(String text, int start, int end) {
    for (Pattern p : PLACEHOLDERS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.start() <= start && end <= m.end()) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void agreesWithAFullScanOnEverySpan() {
    SharedOptions shared = new SharedOptions(List.of(), PLACEHOLDERS);
    Random random = new Random(42);
    String alphabet = "ab {}[]XYZ_xx\n";
    for (int round = 0; round < 60; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = text.toString();
      dev.replylint.text.Draft draft = dev.replylint.text.Draft.of(t);
      for (int start = 0; start <= t.length(); start++) {
        for (int end = start; end <= t.length(); end++) {
          assertEquals(naive(t, start, end), shared.insidePlaceholder(draft, start, end), t + " [" + start + "," + end + ")");
        }
      }
    }
  }

  @Test
  void answersForTheDraftAskedAboutNotTheLastOne() {
    SharedOptions shared = new SharedOptions(List.of(), PLACEHOLDERS);
    dev.replylint.text.Draft filled = dev.replylint.text.Draft.of("Hi {{name}}");
    assertTrue(shared.insidePlaceholder(filled, 5, 9));
    assertFalse(shared.insidePlaceholder(dev.replylint.text.Draft.of("Hi there, name"), 5, 9));
    assertTrue(shared.insidePlaceholder(filled, 5, 9));
  }
}
