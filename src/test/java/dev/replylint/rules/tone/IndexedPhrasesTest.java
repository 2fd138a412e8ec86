package dev.replylint.rules.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.replylint.text.Draft;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexedPhrasesTest {
  private static final List<String> DRAFTS =
      List.of(
          "You should have read the FAQ before tweeting us.",
          "As we already told you, please calm down.",
          "We'd love to help! DM us your order number and we'll take a look.",
          "Sorry to hear that. Which flight was this?",
          "Per our policy there is nothing we can do, lol.",
          "Did you even read the instructions? Simply restart it.",
          "Thanks for nothing.",
          "Hola, por favor síguenos para ayudarte.",
          "");

  /** The index must pick exactly the entries that testing every entry's required words picks. */
  @Test
  void picksTheSameEntriesAsTestingEachEntry() {
    for (String rule : List.of("judgemental-tone", "help-offer", "avoid-phrases", "channel-switch", "empathy", "offer-privacy")) {
      Map<String, List<CompiledPhrase>> compiled = Lexicons.compileAll(Lexicons.shipped(rule));
      for (List<CompiledPhrase> phrases : compiled.values()) {
        IndexedPhrases indexed = assertInstanceOf(IndexedPhrases.class, phrases);
        for (String text : DRAFTS) {
          PhraseFinder.DraftForms forms = PhraseFinder.formsOf(Draft.of(text).scannedSentences());
          List<CompiledPhrase> expected = phrases.stream().filter(p -> p.match().couldMatch(forms.set())).toList();
          assertEquals(expected, indexed.candidates(forms.distinct(), forms.hashes()), rule + ": " + text);
        }
      }
    }
  }

  @Test
  void anEntryWithOnlyOptionalOrTagWordsIsAlwaysACandidate() {
    LanguageLexicon lexicon =
        new LanguageLexicon(
            Map.of(),
            Map.of(
                "tags-only", new PhraseEntry("PRON VERB", null, "m", null, null),
                "two-words", new PhraseEntry("calm down", null, "m", null, null)));
    IndexedPhrases indexed = (IndexedPhrases) Lexicons.compile("en", lexicon);
    assertEquals(List.of("tags-only"), indexed.candidates(new String[] {"calm"}, new int[] {"calm".hashCode()}).stream().map(CompiledPhrase::id).toList());
    assertEquals(2, indexed.candidates(new String[] {"calm", "down"}, new int[] {"calm".hashCode(), "down".hashCode()}).size());
  }
}
