package dev.replylint.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  @Test
  void whitespaceSplittingMatchesTheRegularExpressionItReplaces() {
    String alphabet = "ab \t\u000B\f\r\u00A0\u2003\u001F.@";
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String trimmed = text.toString().trim();
      String[] expected = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
      assertArrayEquals(expected, Fingerprint.whitespaceSeparated(trimmed), () -> "for \"" + trimmed + "\"");
    }
  }
}
