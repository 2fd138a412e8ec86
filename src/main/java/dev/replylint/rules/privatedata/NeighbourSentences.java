package dev.replylint.rules.privatedata;

import static dev.replylint.rules.privatedata.DataNotAskedFor.ofAPublicPlace;
import static dev.replylint.rules.privatedata.DataNotAskedFor.ownedByBrandOrADestination;
import static dev.replylint.rules.privatedata.DataNotAskedFor.valueGiven;
import static dev.replylint.rules.privatedata.EnglishRequestGrammar.addedInPublic;
import static dev.replylint.rules.privatedata.RequestWords.NEED_VERBS;
import static dev.replylint.rules.privatedata.RequestWords.NEGATIONS;
import static dev.replylint.rules.privatedata.RequestWords.REQUEST_VERBS;
import static dev.replylint.rules.privatedata.RequestWords.endsWithQuestionMark;
import static dev.replylint.rules.privatedata.VerblessRequests.afterLastColon;
import static dev.replylint.rules.privatedata.VerblessRequests.listOpensAt;

import dev.replylint.rules.privatedata.DataPhrases.PhraseMatch;
import dev.replylint.rules.privatedata.SentenceWords.Word;
import dev.replylint.text.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Requests split across sentences: a sentence that announces an ask ("We need two things first.")
 * before a bare list, a next sentence that asks for what this one names ("Got a booking ref? Pop it
 * below"), and a warning that answers a verbless question ("Your PIN? Never share it.").
 */
final class NeighbourSentences {
  private NeighbourSentences() {}

  static final Set<String> ASK_NOUNS =
      Set.of("thing", "things", "bit", "bits", "detail", "details", "check", "checks", "question", "questions", "info",
          "information");

  /**
   * "We need a couple of things.", "Two quick checks first.", "Just one more thing from you.": a
   * sentence that says an ask follows, so a bare list of data after it is that ask.
   */
  static boolean announcesAnAsk(List<Word> words) {
    boolean need = false;
    boolean askNoun = false;
    for (Word w : words) {
      String lower = w.lower();
      if (lower.startsWith("thank") || lower.equals("thx") || lower.equals("ta") || NEGATIONS.contains(lower)) {
        return false;
      }
      need |= NEED_VERBS.contains(lower) || lower.equals("needed") || lower.equals("needs") || lower.equals("required");
      askNoun |= ASK_NOUNS.contains(lower);
    }
    return need || askNoun;
  }

  /** On plain text, before any tokens: could this sentence announce an ask ({@link #announcesAnAsk})? */
  static boolean mayAnnounce(String text, Span sentence) {
    String lower = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
    for (String stem : new String[] {"need", "requir", "thing", "bit", "detail", "check", "question", "info"}) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** On plain text: could this sentence ask for "it", "them" or "the new one" ({@link #asksForIt})? */
  static boolean mayPointBack(String text, Span sentence) {
    String lower = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
    return POINTING_BACK.matcher(lower).find();
  }

  static final java.util.regex.Pattern POINTING_BACK = java.util.regex.Pattern.compile("\\b(?:it|them|one|those|these|that|em)\\b");

  /**
   * "We'll get the technician to call ahead. Number?", "We can ring you back. Best number?": a
   * number asked for in a question of its own, the phone named only by the call in the sentence
   * before. "Wrong number?" or "Number ending 42?" ask about one the brand has.
   */
  static boolean numberAskedAfterACall(List<Word> plain, List<Word> previous) {
    boolean number = false;
    boolean question = false;
    for (Word w : plain) {
      String lower = w.lower();
      if (lower.contains("?")) {
        question = true;
      } else if (Set.of("number", "no", "num", "mobile", "cell").contains(lower) && !number && !question) {
        number = true;
      } else if (!(w.isPunctuation() || NUMBER_QUESTION_WORDS.contains(lower) || lower.startsWith("@")
          // "Which number works best?", "Which number suits you?": the number the customer picks
          || number && SUITING_WORDS.contains(lower))) {
        return false;
      }
    }
    boolean pleaseAtTheEnd = !plain.isEmpty() && plain.stream().filter(w -> !w.isPunctuation()).reduce((a, b) -> b)
        .map(w -> RequestWords.PLEASE.contains(w.lower())).orElse(false);
    return number && (question || pleaseAtTheEnd) && previous.stream().anyMatch(w -> w.isAnyOf(DataPhrases.CALL_VERBS)) && previous.stream().noneMatch(w -> NEGATIONS.contains(w.lower()));
  }

  static final Set<String> SUITING_WORDS =
      Set.of("suits", "suit", "works", "work", "is", "'s", "best", "easiest", "for", "you", "u", "would", "be");

  static final Set<String> NUMBER_QUESTION_WORDS =
      Set.of("your", "ur", "yr", "the", "a", "best", "good", "contact", "phone", "mobile", "and", "so", "ok", "okay", "please",
          "pls", "plz", "just", "that", "which", "full", "whole");

  static boolean opensWithANegation(List<Word> next) {
    for (Word w : next) {
      if (w.isPunctuation() || LEAD_INS.contains(w.lower())) {
        continue;
      }
      String lower = w.lower();
      return NEGATIONS.contains(lower) || lower.equals("don't") || lower.equals("dont") || lower.equals("do") && next.size() > 1
          && next.stream().anyMatch(x -> x.lower().equals("not") || x.lower().equals("n't"));
    }
    return false;
  }

  static final Set<String> LEAD_INS =
      Set.of("just", "please", "pls", "plz", "then", "so", "and", "simply", "kindly", "if", "not", "you", "can", "could", "u", "mind");
  /** "reply with the new one": the data of the sentence before, named again. */
  static final Set<String> ONE_MODIFIERS = Set.of("the", "a", "your", "ur", "new", "right", "correct", "updated", "current", "other", "latest");

  /** "Pop it in a reply.", "Just drop it below and we'll check.": a request verb whose object is a pronoun, in no private channel. */
  static boolean asksForIt(List<Word> next, PrivateChannels channels) {
    int k = 0;
    while (k < next.size() && (LEAD_INS.contains(next.get(k).lower()) || next.get(k).isPunctuation())) {
      k++;
    }
    // "Feel free to pop it here.", "Happy for you to post them below."
    if (k + 2 < next.size() && next.get(k).is("feel") && next.get(k + 1).lower().equals("free") && next.get(k + 2).lower().equals("to")) {
      k += 3;
    }
    if (k >= next.size() || !(next.get(k).isAnyOf(REQUEST_VERBS) || next.get(k).is("add") && addedInPublic(next, k))) {
      return false;
    }
    int o = k + 1;
    while (o < next.size() && o <= k + 2 && Set.of("us", "me", "over", "across", "here", "below", "back").contains(next.get(o).lower())) {
      o++;
    }
    if (o < next.size() && next.get(o).lower().equals("with")) {
      int one = o + 1;
      while (one < next.size() && ONE_MODIFIERS.contains(next.get(one).lower())) {
        one++;
      }
      if (one > o + 1 && one < next.size() && next.get(one).lower().equals("one")) {
        return !channels.hasChannelCue(next, false);
      }
      // "Reply with those and we'll update it"
      o++;
    }
    return o < next.size() && Set.of("it", "them", "those", "these", "that", "em", "'em").contains(next.get(o).lower())
        && !channels.hasChannelCue(next, false);
  }

  /** "Without your email address we're stuck.": the data named as what the brand lacks. */
  private static boolean withoutIt(List<Word> words, int first) {
    int j = first - 1;
    while (j >= 0 && RequestWords.MODIFIERS.contains(words.get(j).lower())) {
      j--;
    }
    return j >= 0 && words.get(j).lower().equals("without");
  }

  /** For a pronoun in the next sentence: the data this sentence names as a question or a bare list ("Got an order number?"). */
  static String namedForTheNextSentence(List<Word> words, DataPhrases phrases) {
    for (PhraseMatch match : phrases.phraseMatches(words, true)) {
      int first = match.first();
      // "without" counts as a negation for the check below ("without sharing your PIN"), but here it names what is lacking
      boolean lacking = withoutIt(words, first);
      if (!lacking && ownedByBrandOrADestination(words, first) || valueGiven(words, match.last()) || ofAPublicPlace(words, match)) {
        continue;
      }
      // "One quick thing before we can process the return: the email address on the order."
      if (endsWithQuestionMark(words) || listOpensAt(words, afterLastColon(words, first), first) || lacking) {
        return match.phrase().kind();
      }
    }
    return null;
  }
}
