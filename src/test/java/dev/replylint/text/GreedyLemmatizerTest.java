package dev.replylint.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GreedyLemmatizerTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "You should have read the instructions we sent you.",
        "We're sorry, we've been having issues with our servers and they're being fixed.",
        "Could you DM us the email address linked to your account?",
        "I didn't know the children were flying home tomorrow.",
        "As we already told you, simply restart the app and it'll work.",
        "She was given better prices by the stores."
      })
  void agreesWithTheBeamSearchLemmatizer(String sentence) {
    String[] tokens = new TokenizerME(NlpModels.tokens()).tokenize(sentence);
    String[] tags = new POSTaggerME(NlpModels.posTags()).tag(tokens);
    String[] expected = new LemmatizerME(NlpModels.lemmas()).lemmatize(tokens, tags);
    GreedyLemmatizer greedy = new GreedyLemmatizer(NlpModels.lemmas());
    assertArrayEquals(expected, greedy.lemmatize(tokens, tags), "first time: " + String.join(" ", tokens));
    // now every token's script comes from the lemmatizer's memory
    assertArrayEquals(expected, greedy.lemmatize(tokens, tags), "remembered: " + String.join(" ", tokens));
  }
}
