package dev.replylint.rules.privatedata;

import dev.replylint.rules.privatedata.SentenceWords.Word;
import java.util.List;
import java.util.Set;

/**
 * The words a request is made of, shared by the English request grammar and its helpers: request,
 * fetch and need verbs, modals, negations, modifiers, and small token tests.
 */
final class RequestWords {
  private RequestWords() {}

  static final Set<String> REQUEST_VERBS =
      Set.of(
          "share", "send", "provide", "give", "post", "tweet", "reply", "respond", "confirm", "verify", "tell",
          "include", "list", "drop", "leave", "write", "comment", "mention", "supply", "submit", "quote", "state",
          "advise", "forward", "ask", "doublecheck", "shoot", "specify", "pop", "know", "describe", "remind", "chuck", "bung", "flick", "ping", "tag", "stick", "fire", "jot", "whack");
  static final Set<String> FETCH_VERBS = Set.of("get", "have", "grab", "take", "see");
  static final Set<String> NEED_VERBS = Set.of("need", "require");
  static final Set<String> ANY_REQUEST_VERB = union(REQUEST_VERBS, FETCH_VERBS, NEED_VERBS, Set.of("pass", "add"));

  @SafeVarargs
  static Set<String> union(Set<String>... sets) {
    java.util.HashSet<String> all = new java.util.HashSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    return Set.copyOf(all);
  }
  static final Set<String> MODALS = Set.of("can", "could", "may", "might", "would", "will", "should", "must", "shall");
  static final Set<String> NEGATIONS = Set.of("not", "never", "no", "avoid", "without", "refrain", "nobody", "nothing");
  static final Set<String> MODIFIERS =
      Set.of("your", "ur", "yr", "the", "my", "a", "an", "this", "that", "new", "registered", "reg", "same", "own", "correct",
          "current", "old", "primary", "main", "preferred", "best", "full", "right", "exact", "valid", "updated",
          "complete", "'s", "any", "other", "alternative", "alternate", "contact");
  /** Words that open a clause of its own: what follows is not the request verb's object. */
  static final Set<String> CLAUSE_MARKERS =
      Set.of("so", "because", "if", "whether", "when", "while", "until", "once", "since", "as", "unless");
  static final Set<String> OTHER_SUBJECTS = Set.of("we", "i", "they", "he", "she", "it", "someone", "agent", "anyone", "anybody", "somebody", "people", "scammers", "nobody");
  /** Others who may ask the customer for data: a sentence about them warns, it does not ask. */
  static final Set<String> THIRD_PARTIES =
      Set.of("scammers", "scammer", "fraudsters", "fraudster", "criminals", "someone", "anyone", "anybody", "somebody", "nobody", "people", "others");
  static final Set<String> WH_WORDS = Set.of("what", "which");
  static final Set<String> PRONOUN_OBJECTS = Set.of("it", "that", "them", "this", "those", "these");

  /** Irregular forms of the request verbs, which the token-level check cannot derive. */
  static final Set<String> IRREGULAR_FORMS =
      Set.of("sent", "gave", "given", "told", "wrote", "written", "left", "known", "knew", "had", "got", "gotten",
          "took", "taken", "saw", "seen", "put", "required", "needed");

  static final Set<String> MESSAGE_USES = Set.of("receive", "get", "see", "read", "open", "forward", "send", "reply");

  static final Set<String> LIST_JOINERS = Set.of(",", ";", "and", "then", "so", "-", "–", "—");

  /** Text-speak for the possessive: "ur email", "yr postcode". */
  static final Set<String> YOUR_SPELLINGS = Set.of("ur", "yr", "youre", "you're");

  /**
   * Short spellings of data-phrase words that agents type ("mob no", "tel #", "acct num", "pwd"):
   * a phrase of the policy written in full matches them too, so no list has to spell out each one.
   */
  static final java.util.Map<String, Set<String>> ABBREVIATIONS =
      java.util.Map.of(
          "number", Set.of("no", "num", "nr", "nbr", "#"),
          "mobile", Set.of("mob"),
          "telephone", Set.of("tel"),
          "phone", Set.of("tel", "ph"),
          "account", Set.of("acct", "acc"),
          "address", Set.of("addr"),
          "password", Set.of("pw", "pwd", "passwd"),
          "reference", Set.of("ref"));

  static boolean isPhraseWord(Word w, String phraseWord) {
    if (w.is(phraseWord) || phraseWord.equals("your") && YOUR_SPELLINGS.contains(w.lower()) && !w.pos().equals("VERB")) {
      return true;
    }
    Set<String> shortSpellings = ABBREVIATIONS.get(phraseWord);
    if (shortSpellings != null && shortSpellings.contains(w.lower())) {
      return true;
    }
    // plain tokens keep the possessive on the word: "holder's", "card's"
    String lower = w.lower();
    return lower.endsWith("'s") && lower.length() > 2 && lower.substring(0, lower.length() - 2).equals(phraseWord);
  }

  static boolean isNoun(Word w) {
    return (w.pos().equals("NOUN") || w.pos().equals("PROPN")) && !w.isPunctuation();
  }

  static final Set<String> PLEASE = Set.of("please", "pls", "plz", "plse", "pleeease");

  static boolean endsWithQuestionMark(List<Word> words) {
    for (int i = words.size() - 1; i >= 0; i--) {
      if (!words.get(i).isPunctuation()) {
        return false;
      }
      if (words.get(i).lower().contains("?")) {
        return true;
      }
    }
    return false;
  }

  static boolean lookBackFor(List<Word> words, int from, int distance, Set<String> wanted) {
    for (int j = from - 1; j >= Math.max(0, from - distance); j--) {
      Word w = words.get(j);
      if (w.lower().equals(",") || w.lower().equals(";")) {
        return false;
      }
      if (wanted.contains(w.lemma()) || wanted.contains(w.lower())) {
        return true;
      }
    }
    return false;
  }
}
