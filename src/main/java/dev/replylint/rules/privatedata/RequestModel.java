package dev.replylint.rules.privatedata;

import dev.replylint.rules.logistic.HashedLogisticModel;
import dev.replylint.rules.privatedata.DataPhrases.PhraseMatch;
import dev.replylint.rules.privatedata.SentenceWords.Word;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

/**
 * The statistical second opinion on requests: a logistic-regression model over {@link
 * RequestFeatures}, trained at build time by {@link RequestModelTrainer} from {@code
 * src/main/training/private-data/} and shipped as {@value #RESOURCE}. It is asked only about
 * sentences the grammar left alone that name data and carry no private-channel cue, so the cost
 * and the risk stay on the few sentences that mention data. Immutable; {@link #shipped()} loads it
 * once per JVM, on first use.
 */
final class RequestModel {
  static final String RESOURCE = "/dev/replylint/rules/privatedata/private-data-request.model";
  /**
   * Chosen by 10-fold cross-validation on the training lines (see src/main/training/README.md):
   * the lowest threshold at which the held-out folds' precision stays at 0.97 or above, since a
   * false request in a real reply costs more than a missed one the grammar may still catch.
   */
  static final double THRESHOLD = 0.9;

  /**
   * Bare heads that name data without a policy phrase ("a good number for the driver", "the
   * address it was going to"), only after a determiner or one of the phrase's gap words: "flight
   * number", "tracking number" and "store address" name nothing private. "details" and "info" are
   * not heads: alone they are nearly always about the problem ("let us know more details").
   */
  static final Set<String> DATA_HEADS = Set.of("number", "digits", "address");

  static final HashedLogisticModel.Format FORMAT = new HashedLogisticModel.Format("private-data request", 0x50524551 /* "PREQ" */, 1, RequestFeatures.TABLE_BITS);

  private final HashedLogisticModel model;

  RequestModel(HashedLogisticModel model) {
    this.model = model;
  }

  static RequestModel shipped() {
    return Shipped.MODEL;
  }

  /** The class initialiser runs once, on first use, and the JVM makes it thread-safe. */
  private static final class Shipped {
    static final RequestModel MODEL = new RequestModel(HashedLogisticModel.resource(RequestModel.class, RESOURCE, FORMAT, "RequestModelTrainer"));
  }

  /** Does the plain sentence name data at all, by a policy phrase or a bare head? The cheap gate before tagging. */
  static boolean namesData(List<Word> plain, DataPhrases phrases) {
    for (int i = 0; i < plain.size(); i++) {
      if (isBareHead(plain, i)) {
        return true;
      }
    }
    return !phrases.phraseMatches(plain, false).isEmpty();
  }

  /** Where a sentence names data and which kind: a policy phrase's kind, or "personal" for a bare head. */
  record NamedData(int first, int last, String kind) {}

  /** Where the tagged sentence names data: the first policy phrase, else the first bare head; null for none. */
  static NamedData namedData(List<Word> words, DataPhrases phrases) {
    List<PhraseMatch> matches = phrases.phraseMatches(words, true);
    if (!matches.isEmpty()) {
      PhraseMatch m = matches.get(0);
      return new NamedData(m.first(), m.last(), m.phrase().kind());
    }
    for (int i = 0; i < words.size(); i++) {
      if (isBareHead(words, i)) {
        return new NamedData(i, i, "personal");
      }
    }
    return null;
  }

  private static boolean isBareHead(List<Word> words, int i) {
    return i > 0 && DATA_HEADS.contains(words.get(i).lower()) && DataPhrases.GAP_WORDS.contains(words.get(i - 1).lower());
  }

  private static final Set<String> ASK_WORDS =
      Set.of("?", "please", "pls", "plz", "here", "below", "reply", "replies", "comment", "comments", "thread", "tweet", "under");

  /**
   * Whether the sentence speaks to the customer at all: a "you", a modal, a question mark, a
   * "please" or a place to answer. Without any, a list that names data is a statement ("Bills, the
   * registered email and statements, then we close the account.").
   */
  static boolean mayAsk(List<Word> plain) {
    for (Word w : plain) {
      String l = w.lower();
      if (RequestFeatures.SECOND_PERSON.contains(l) || RequestFeatures.MODALS.contains(l) || ASK_WORDS.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /** Openers of a reply's own first sentence; any other lower-case opener picks up a post before it. */
  private static final Set<String> OPENERS =
      Set.of("pls", "please", "plz", "hi", "hey", "hiya", "hello", "ur", "your", "u", "just", "ok", "okay", "thanks", "thx", "sorry",
          "we", "i", "so", "also", "quick", "oh", "great", "cool");

  /**
   * A reply split over several posts, picking up mid-sentence ("@jo us your booking ref, email and
   * number.", "and the mobile on the account so…"): what it asks for was routed in the post before,
   * which the draft lacks.
   */
  static boolean continuesAPost(String text, List<Word> firstSentence) {
    for (Word w : firstSentence) {
      if (w.lower().startsWith("@")) {
        continue;
      }
      char c = text.charAt(w.start());
      String l = w.lower();
      return Character.isLowerCase(c) && !(OPENERS.contains(l) || RequestFeatures.VERB_CLASSES.containsKey(l)
          || RequestFeatures.WH_WORDS.contains(l) || RequestFeatures.MODALS.contains(l) || l.equals("need"));
    }
    return false;
  }

  double probability(int[] slots) {
    return model.probability(slots);
  }

  static RequestModel read(InputStream stream) throws IOException {
    return new RequestModel(HashedLogisticModel.read(stream, FORMAT));
  }

  void write(OutputStream stream) throws IOException {
    model.write(stream);
  }
}
