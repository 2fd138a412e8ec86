package dev.replylint.rules.privatedata;

import static dev.replylint.rules.privatedata.RequestWords.MESSAGE_USES;
import static dev.replylint.rules.privatedata.RequestWords.MODIFIERS;
import static dev.replylint.rules.privatedata.RequestWords.NEGATIONS;
import static dev.replylint.rules.privatedata.RequestWords.isNoun;

import dev.replylint.rules.privatedata.DataPhrases.PhraseMatch;
import dev.replylint.rules.privatedata.SentenceWords.Word;
import java.util.List;
import java.util.Set;

/**
 * Data phrases that name data without asking for the customer's: the brand's own ("our phone
 * number"), a destination ("sent to your email"), a value the sentence gives, the handset ("on your
 * phone"), a public place ("the store's postcode"), or someone else's number or message.
 */
final class DataNotAskedFor {
  private DataNotAskedFor() {}

  static final Set<String> DESTINATIONS = Set.of("to", "at", "on", "in", "from", "into", "via", "onto", "under", "against", "through");
  /**
   * "What number did the scam text come from?", "Which email did you get from us?": the question
   * is about another's number or a message, not the customer's own data.
   */
  static boolean someoneElsesOrAMessage(List<Word> words, int last) {
    int k = last + 1;
    if (k >= words.size() || !(words.get(k).is("do") || words.get(k).is("be") || words.get(k).is("have"))) {
      return false;
    }
    k++;
    if (k < words.size() && !Set.of("you", "u", "we", "i", "ya").contains(words.get(k).lower())) {
      // "did the scam text come from?", "was the call from?": where someone else's message came from;
      // "what number did the driver call?" still asks for the customer's
      boolean from = false;
      for (int m = k; m < Math.min(words.size(), k + 8) && !words.get(m).lower().contains("?"); m++) {
        from |= words.get(m).lower().equals("from");
      }
      return from && (isNoun(words.get(k)) || words.get(k).pos().equals("DET") || Set.of("they", "he", "she", "it").contains(words.get(k).lower()));
    }
    for (int m = k + 1; m < Math.min(words.size(), k + 4); m++) {
      if (words.get(m).isAnyOf(MESSAGE_USES) && !words.get(m).is("send")) {
        return true;
      }
    }
    return false;
  }

  /** Premises whose address and phone are public: "the store's postcode", "the address of the branch". */
  static final Set<String> PUBLIC_PLACES =
      Set.of("store", "shop", "branch", "restaurant", "outlet", "depot", "office", "pharmacy", "dealership", "showroom",
          "station", "airport", "location", "venue", "boutique", "cafe", "café", "warehouse", "centre", "center", "site",
          "hub", "terminal", "counter", "desk", "supermarket", "superstore", "stores", "shops", "branches");

  /** The address or number of a place the brand runs, which anybody may look up: not the customer's. */
  static boolean ofAPublicPlace(List<Word> words, PhraseMatch match) {
    String kind = match.phrase().kind();
    if (!kind.equals("address") && !kind.equals("phone")) {
      return false;
    }
    // "the store's postcode", "the branch postcode", "the shop's phone number"
    for (int j = match.first() - 1; j >= Math.max(0, match.first() - 3); j--) {
      String lower = words.get(j).lower();
      String bare = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
      if (PUBLIC_PLACES.contains(bare) || PUBLIC_PLACES.contains(words.get(j).lemma())) {
        return true;
      }
      if (!(lower.equals("'s") || lower.equals("'") || MODIFIERS.contains(lower) || lower.equals("local") || lower.equals("nearest"))) {
        break;
      }
    }
    // "the postcode of the shop you went to", "the number for the branch"
    int k = match.last() + 1;
    if (k < words.size() && Set.of("of", "for").contains(words.get(k).lower())) {
      for (int d = k + 1; d < Math.min(words.size(), k + 4); d++) {
        Word w = words.get(d);
        if (PUBLIC_PLACES.contains(w.lower()) || PUBLIC_PLACES.contains(w.lemma())) {
          return true;
        }
        if (!(MODIFIERS.contains(w.lower()) || Set.of("local", "nearest", "closest", "that", "this").contains(w.lower()) || w.pos().equals("ADJ"))) {
          break;
        }
      }
    }
    return false;
  }

  /** "our phone number", "sent to your email", "(no account number)": not asked for. */
  static boolean ownedByBrandOrADestination(List<Word> words, int first) {
    for (int j = first - 1; j >= 0; j--) {
      Word w = words.get(j);
      if (w.is("our") || NEGATIONS.contains(w.lemma()) || NEGATIONS.contains(w.lower())) {
        return true;
      }
      if (MODIFIERS.contains(w.lower()) || MODIFIERS.contains(w.lemma())) {
        continue;
      }
      // "send through the postcode", "send in your order number": a particle of the request verb
      boolean particle = PARTICLES.contains(w.lower()) && j > 0 && words.get(j - 1).pos().equals("VERB")
          && !words.get(j - 1).lower().endsWith("ed") && !words.get(j - 1).lower().equals("sent");
      return DESTINATIONS.contains(w.lower()) && !particle;
    }
    return false;
  }

  /** Prepositions that, right after a verb, complete it instead of naming a destination. */
  private static final Set<String> PARTICLES = Set.of("through", "in", "across", "along");

  /** "the make and model of your phone", "on your mobile": the handset, not its number. */
  static boolean theDevice(List<Word> words, PhraseMatch match) {
    String[] p = match.phrase().words();
    if (p.length != 2 || !p[0].equals("your") || !Set.of("phone", "mobile", "cell", "cellphone").contains(p[1])) {
      return false;
    }
    int before = match.first() - 1;
    if (before < 0 || !Set.of("of", "on", "with", "from", "in", "onto", "into", "using").contains(words.get(before).lower())) {
      return false;
    }
    // "reply here with your mobile": what comes with a reply is the number, not the handset
    if (words.get(before).lower().equals("with")) {
      for (int j = before - 1; j >= Math.max(0, before - 3); j--) {
        Word w = words.get(j);
        if (w.is("reply") || w.is("respond") || w.is("comment") || w.is("come")) {
          return false;
        }
        if (!Set.of("here", "back", "below", "us", "just").contains(w.lower())) {
          break;
        }
      }
    }
    return true;
  }

  /**
   * "Your case number is CS-2025-118345, just quote it …", "your claim number: 5520-118": the
   * sentence gives the value, so whatever it says about it afterwards does not ask for it.
   */
  static boolean valueGiven(List<Word> words, int last) {
    int j = last + 1;
    while (j < words.size() && j <= last + 2 && (words.get(j).is("be") || words.get(j).lower().equals(":")
        || words.get(j).lower().equals("still") || words.get(j).lower().equals("now"))) {
      j++;
    }
    // "Just to confirm, the order number 4935 9743 … is what appears on your invoice": the value
    // right after the data names it, so the sentence tells the customer what it is
    if (j == last + 1 && j < words.size() && words.get(j).lower().chars().filter(Character::isDigit).count() >= 3) {
      return true;
    }
    if (j == last + 1 || j >= words.size()) {
      return false;
    }
    // the tokenizer may cut a code in two ("CS-2025-118345" → "CS", "2025118345")
    for (int k = j; k < Math.min(words.size(), j + 3); k++) {
      Word w = words.get(k);
      if (w.lower().chars().anyMatch(Character::isDigit)) {
        return true;
      }
      if (w.isPunctuation() && !w.lower().equals("#") || !(w.pos().equals("PROPN") || w.pos().equals("X") || w.pos().equals("NUM") || w.lower().equals("#"))) {
        return false;
      }
    }
    return false;
  }
}
