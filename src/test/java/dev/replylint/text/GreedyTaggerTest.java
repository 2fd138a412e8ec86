package dev.replylint.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GreedyTaggerTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "You should have read the instructions we sent you.",
        "We're sorry, we've been having issues with our servers and they're being fixed.",
        "Could you DM us the email address linked to your account?",
        "Per our policy, there's nothing we can do lol",
        "As we already told you, simply restart the app and it'll work.",
        "@115712 Hi Sam!! Please follow+DM us your order # so we can look into this 🙏"
      })
  void agreesWithTheBeamSearchTagger(String sentence) {
    String[] tokens = new TokenizerME(NlpModels.tokens()).tokenize(sentence);
    GreedyTagger greedy = new GreedyTagger(NlpModels.posTags());
    String[] expected = new POSTaggerME(NlpModels.posTags()).tag(tokens);
    assertArrayEquals(expected, greedy.tag(tokens), String.join(" ", tokens));
    assertArrayEquals(expected, greedy.tag(tokens), "again: " + String.join(" ", tokens));
  }
}
