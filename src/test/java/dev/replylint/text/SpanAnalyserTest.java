package dev.replylint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

class SpanAnalyserTest {
  /** Remembering how each chunk is cut must give TokenizerME's tokens, first time and again. */
  @Test
  void tokensAreTokenizerMesWhetherAChunkIsNewOrRemembered() {
    List<String> texts =
        List.of(
            "@115712 Please DM us your e-mail (and order #), thanks!",
            "We're sorry... you'd've known: it cannot be done.\u00a0Call 1-800-555-0100?",
            "https://t.co/abc123 — can't, won't; \"quoted\" x",
            "@115712 Please DM us your e-mail (and order #), thanks!");
    TokenizerME reference = new TokenizerME(NlpModels.tokens());
    for (String text : texts) {
      List<String> expected = new ArrayList<>();
      for (opennlp.tools.util.Span s : reference.tokenizePos(text)) {
        expected.add(s.getStart() + "-" + s.getEnd() + ":" + text.substring(s.getStart(), s.getEnd()));
      }
      List<String> actual = new ArrayList<>();
      for (Token t : SpanAnalyser.tokenize(text, new Span(0, text.length()))) {
        actual.add(t.start() + "-" + t.end() + ":" + t.text());
      }
      assertEquals(expected, actual, text);
    }
  }
}
