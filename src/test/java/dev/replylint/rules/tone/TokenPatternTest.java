package dev.replylint.rules.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.replylint.text.Draft;
import dev.replylint.text.Span;
import dev.replylint.text.Words;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenPatternTest {
  private static Words scanned(String text) {
    return Words.scan(text, 0, text.length());
  }

  private static Words analysed(String text) {
    Draft draft = Draft.of(text);
    Span sentence = draft.sentences().get(0);
    return Words.of(draft.analyse(sentence));
  }

  /** The scan cuts "in-app" into [in][-][app]: a hyphenated word in a lexicon still matches it. */
  @Test
  void aHyphenatedWordMatchesTheWordsTheScanCutsItInto() {
    TokenPattern pattern = TokenPattern.compile("through [ in-app support|chat ]", Map.of());
    String text = "We'll follow up through in-app support.";
    List<TokenPattern.Match> matches = pattern.findAll(scanned(text));
    assertEquals(1, matches.size());
    Words words = scanned(text);
    TokenPattern.Match m = matches.get(0);
    assertEquals("in-app support", text.substring(words.start(m.reportStart()), words.end(m.reportEnd() - 1)));
    assertTrue(pattern.couldMatch(PhraseFinder.formsOf(List.of(words)).set()), "the index must keep the entry a candidate");
  }

  @Test
  void theHyphenatedWordStartsAPatternToo() {
    TokenPattern pattern = TokenPattern.compile("e-mail us", Map.of());
    assertEquals(1, pattern.findAll(scanned("Please e-mail us the photos.")).size());
    assertEquals(1, pattern.findAll(scanned("e-mail us when you can")).size());
    assertTrue(pattern.findAll(scanned("Please email us the photos.")).isEmpty(), "a spelling the entry does not list");
  }

  @Test
  void partsThatDoNotTouchAreNotTheWord() {
    TokenPattern pattern = TokenPattern.compile("in-app support", Map.of());
    assertTrue(pattern.findAll(scanned("we are in - app support")).isEmpty());
    assertTrue(pattern.findAll(scanned("we are in app support")).isEmpty());
  }

  /** OpenNLP keeps some hyphenated words whole ("e-mail"): the same entry matches that word. */
  @Test
  void theWholeWordOfTheAnalysisMatchesAsBefore() {
    Words words = analysed("Send us an e-mail today.");
    TokenPattern pattern = TokenPattern.compile("an e-mail", Map.of());
    assertEquals(1, pattern.findAll(words).size());
  }
}
