package dev.replylint.rules.privatedata;

import static dev.replylint.rules.privatedata.NeighbourSentences.announcesAnAsk;
import static dev.replylint.rules.privatedata.RequestWords.CLAUSE_MARKERS;
import static dev.replylint.rules.privatedata.RequestWords.IRREGULAR_FORMS;
import static dev.replylint.rules.privatedata.RequestWords.LIST_JOINERS;
import static dev.replylint.rules.privatedata.RequestWords.MODALS;
import static dev.replylint.rules.privatedata.RequestWords.MODIFIERS;
import static dev.replylint.rules.privatedata.RequestWords.NEED_VERBS;
import static dev.replylint.rules.privatedata.RequestWords.NEGATIONS;
import static dev.replylint.rules.privatedata.RequestWords.PLEASE;
import static dev.replylint.rules.privatedata.RequestWords.YOUR_SPELLINGS;
import static dev.replylint.rules.privatedata.RequestWords.endsWithQuestionMark;
import static dev.replylint.rules.privatedata.RequestWords.isNoun;
import static dev.replylint.rules.privatedata.RequestWords.lookBackFor;

import dev.replylint.rules.privatedata.SentenceWords.Word;
import java.util.List;
import java.util.Set;

/**
 * Requests with no request verb of their own: bare lists ("Your account number and DOB, please",
 * "Order number and postcode, and we'll chase it", "Your full name and address?"), data named as
 * enough or welcome ("the last four digits will do", "a postcode would help"), "any chance of …",
 * "… are all we need".
 */
final class VerblessRequests {
  private VerblessRequests() {}

  static final Set<String> FOLLOW_UP_SUBJECTS = Set.of("we", "i", "we'll", "i'll", "we'd", "i'd");
  static final Set<String> RELATIVE_WORDS = Set.of("it", "that", "which", "you", "we", "they", "i", "u", "it's", "you're", "we're", "you've", "we've");
  /** Where a list ending at {@code first} may open: after the last colon before it, else at the start. */
  static int afterLastColon(List<Word> words, int first) {
    for (int j = first - 1; j >= 0; j--) {
      if (words.get(j).lower().equals(":")) {
        return j + 1;
      }
    }
    return 0;
  }

  /**
   * A bare list of data with no verb of its own, asked for by how it ends: "Order number and the
   * postcode it's going to, and we'll chase it", "Quick one: the number linked to your account?",
   * or, after a sentence that announces the ask, "The email you booked with."
   */
  static boolean verblessList(List<Word> words, int first, boolean askAnnounced) {
    int from = afterLastColon(words, first);
    if (!listOpensAt(words, from, first)) {
      return false;
    }
    // "Two things: first, your date of birth; second, …", "Step two: the email you signed up
    // with.", "First, the name on the card.": the label or an ordinal says the list is an ask
    // "Confirming the details we hold: rhys@…, mobile +44 …" gives the values instead
    askAnnounced |= (from > 0 && (announcesAnAsk(words.subList(0, from - 1)) || isOrdinalLabel(words.subList(0, from - 1))
            || isPurposeLabel(words.subList(0, from - 1)) && joinsItems(words, from))
        || opensWithAnOrdinal(words.subList(from, first))) && !carriesAValue(words, from);
    boolean relative = false;
    for (int j = first + 1; j < words.size(); j++) {
      Word w = words.get(j);
      String lower = w.lower();
      if (lower.contains("?")) {
        return true;
      }
      if (lower.equals(".") || lower.equals("!") || lower.equals("…")) {
        return askAnnounced && onlyPunctuationFrom(words, j);
      }
      if (LIST_JOINERS.contains(lower)) {
        int k = j + 1;
        while (k < words.size() && LIST_JOINERS.contains(words.get(k).lower())) {
          k++;
        }
        // "…, and we'll take a look", "…, then I can check": the list is what the brand needs to act
        if (k + 1 < words.size() && FOLLOW_UP_SUBJECTS.contains(words.get(k).lower())
            && (words.get(k).lower().contains("'") || MODALS.contains(words.get(k + 1).lemma()) || words.get(k + 1).lower().startsWith("'"))) {
          return true;
        }
        relative = false;
        continue;
      }
      if (lower.equals("&") || lower.equals("+") || lower.equals("/")) {
        relative = false;
        continue;
      }
      // "the postcode it went to", "the address the engineer should have visited"
      if ((RELATIVE_WORDS.contains(lower) || w.pos().equals("DET")) && isNoun(words.get(j - 1))) {
        relative = true;
        continue;
      }
      if (w.pos().equals("VERB") || w.pos().equals("AUX")) {
        // "the number linked to your account": a participle after the noun
        boolean participle = isNoun(words.get(j - 1)) && (lower.endsWith("ed") || IRREGULAR_FORMS.contains(lower));
        if (relative || participle) {
          relative = true;
          continue;
        }
        return false;
      }
    }
    return askAnnounced;
  }

  /** From {@code from} on, a written value: an email address or a run of three digits or more. */
  static boolean carriesAValue(List<Word> words, int from) {
    for (int j = from; j < words.size(); j++) {
      String lower = words.get(j).lower();
      if (lower.indexOf('@') > 0 || lower.chars().filter(Character::isDigit).count() >= 3) {
        return true;
      }
    }
    return false;
  }

  /** Words that number the items of a list: "first, …", "secondly", "step two", "next", "1)". */
  static final Set<String> ORDINALS =
      Set.of("first", "firstly", "second", "secondly", "third", "thirdly", "fourth", "next", "lastly", "finally", "step",
          "one", "two", "three", "four", "1", "2", "3", "4", "1.", "2.", "3.", "4.", "a)", "b)", "c)");

  /** An ordinal at {@code j}: one of {@link #ORDINALS}, or a bare number before ")", "." or ":". */
  static boolean isOrdinal(List<Word> words, int j) {
    String lower = words.get(j).lower();
    if (ORDINALS.contains(lower)) {
      return true;
    }
    return words.get(j).pos().equals("NUM") && lower.length() <= 2 && j + 1 < words.size()
        && Set.of(")", ".", ":").contains(words.get(j + 1).lower());
  }

  /**
   * "To find your account:", "For verification:", "Help us help you:": a short label that says what
   * the list after the colon is for, so the list is what the brand asks for.
   */
  static boolean isPurposeLabel(List<Word> label) {
    int n = label.size();
    while (n > 0 && label.get(n - 1).isPunctuation()) {
      n--;
    }
    if (n == 0 || n > 6 || label.stream().anyMatch(w -> NEGATIONS.contains(w.lower()) || w.lower().endsWith("n't"))) {
      return false;
    }
    String opener = label.get(0).lower();
    return opener.equals("to") && n > 1 && label.get(1).pos().equals("VERB") || opener.equals("for") || opener.equals("so")
        || opener.equals("in") && n > 2 && label.get(1).lower().equals("order")
        || label.get(0).is("help") && n > 1 && Set.of("us", "me").contains(label.get(1).lower());
  }

  /** After the colon at {@code from - 1}, items joined by a comma, "and", "+" or "&": the list has two items or more. */
  static boolean joinsItems(List<Word> words, int from) {
    for (int j = from + 1; j < words.size(); j++) {
      if (Set.of(",", "and", "+", "&", "/", "n").contains(words.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "Step one", "2", "Firstly": a label made of ordinals only (and punctuation). */
  static boolean isOrdinalLabel(List<Word> label) {
    boolean any = false;
    for (int j = 0; j < label.size(); j++) {
      if (isOrdinal(label, j)) {
        any = true;
      } else if (!label.get(j).isPunctuation() && !label.get(j).pos().equals("NUM")) {
        return false;
      }
    }
    return any;
  }

  /** The list opens with an ordinal after a greeting at most: "First, the name on the card". */
  static boolean opensWithAnOrdinal(List<Word> opening) {
    for (int j = 0; j < opening.size(); j++) {
      Word w = opening.get(j);
      if (isOrdinal(opening, j)) {
        return true;
      }
      if (!(w.isPunctuation() || w.pos().equals("INTJ") || w.pos().equals("PROPN") || w.lower().startsWith("@"))) {
        return false;
      }
    }
    return false;
  }

  static boolean onlyPunctuationFrom(List<Word> words, int j) {
    for (int k = j; k < words.size(); k++) {
      if (!words.get(k).isPunctuation()) {
        return false;
      }
    }
    return true;
  }

  /** Before a bare list: a greeting, a handle, modifiers, or a possessive owner ("the card's expiry date"). */
  static boolean listOpensAt(List<Word> words, int from, int first) {
    boolean content = false;
    for (int j = from; j < first; j++) {
      Word w = words.get(j);
      String lower = w.lower();
      String next = j + 1 < words.size() ? words.get(j + 1).lower() : "";
      boolean possessive = lower.equals("'s") || lower.endsWith("'s") || next.equals("'s") && !w.isPunctuation();
      // "… and the phone number on the account so I can check": a list opening on "and" or "also"
      // continues an earlier message, whose channel this draft cannot see
      if (!content && (lower.equals("and") || lower.equals("also") || lower.equals("&"))) {
        return false;
      }
      // "Your name, the delivery date and the postcode?": items before the data item
      boolean earlierItem = content && (isNoun(w) || w.pos().equals("ADJ") || w.pos().equals("NUM")
          || Set.of("and", "&", "+", "/").contains(lower))
          // "Username, registered email and mobile, and we'll …": a one-word item opens the list,
          // only where the sentence opens ("@jo address, and phone number so I can …" continues a tweet)
          || j == from && isNoun(w) && Set.of(",", "and", "&", "+", "/").contains(next);
      if (!content && isOrdinal(words, j)) {
        continue;
      }
      if (!(possessive || earlierItem || MODIFIERS.contains(lower) || YOUR_SPELLINGS.contains(lower) || w.isPunctuation()
          || lower.startsWith("@") || w.pos().equals("PROPN") || w.pos().equals("INTJ") || PLEASE.contains(lower)
          || Set.of("hi", "hey", "hello", "ok", "okay", "just", "only", "so").contains(lower))) {
        return false;
      }
      content |= !w.isPunctuation() && !lower.startsWith("@") && !Set.of("hi", "hey", "hello", "ok", "okay").contains(lower);
    }
    return true;
  }


  /** "Your account number and DOB, please", "ur email + the last 4 digits pls": a list with a please. */
  static boolean verblessPlease(List<Word> words, int first) {
    // "Let's get this fixed, Olivia: the postcode …, please": the list may open after a colon
    int from = afterLastColon(words, first);
    // "your billing ZIP and the last 4 of the card, please": items before the data item count too
    if (!(onlyAddressBefore(words, from, first) || listOpensAt(words, from, first))) {
      return false;
    }
    for (int j = first + 1; j < words.size(); j++) {
      Word w = words.get(j);
      if (PLEASE.contains(w.lower())) {
        // "…, please keep it safe": the please belongs to another request
        return j + 1 >= words.size() || !(words.get(j + 1).pos().equals("VERB") || words.get(j + 1).pos().equals("AUX"));
      }
      // "the address the bill goes to, please": a verb after a noun of the list is a relative clause
      if ((w.pos().equals("VERB") || w.pos().equals("AUX")) && !(j > first && isNoun(words.get(j - 1)))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "The last four digits will do", "just your postcode is enough": the data named as what would
   * satisfy the brand is asked for, with no request verb.
   */
  static boolean sufficesAfter(List<Word> words, int first, int last) {
    int j = last + 1;
    // "the last four digits of the card would help": past the phrase's own complement
    if (j + 2 < words.size() && Set.of("of", "on", "for", "from").contains(words.get(j).lower())) {
      int k = j + 1;
      while (k < words.size() && k <= j + 3 && (MODIFIERS.contains(words.get(k).lower()) || isNoun(words.get(k)))) {
        k++;
      }
      if (k > j + 1 && k < words.size()) {
        j = k;
      }
    }
    if (j + 1 >= words.size()) {
      return false;
    }
    Word next = words.get(j);
    Word second = words.get(j + 1);
    boolean willDo = Set.of("will", "would", "'ll", "should").contains(next.lower()) && second.lower().equals("do");
    // "… is fine" is as often a statement about the value on file, so only "enough" counts
    boolean isEnough = next.is("be") && second.lower().equals("enough");
    boolean suffices = next.lemma().equals("suffice");
    // the data is the subject: "checking the postcode on our site would help you" is advice
    if (welcomed(words, j) && listOpensAt(words, 0, first)) {
      return true;
    }
    if (!(willDo || isEnough || suffices)) {
      return false;
    }
    // "that will do", not "it will do the job": the sentence ends or a clause closes after it
    int after = j + (suffices ? 1 : 2);
    return after >= words.size() || words.get(after).isPunctuation() || words.get(after).lower().equals("for");
  }

  /** Conditionals only: "your new address will be great for deliveries" tells, "a postcode would be great" asks. */
  static final Set<String> WELCOME_MODALS = Set.of("would", "'d", "could");

  /**
   * "a postcode would help", "the last four digits (of the card you used) would be great": the data
   * named as welcome, with a relative clause or complement between, in the same clause.
   */
  static boolean welcomed(List<Word> words, int from) {
    // "the expiry date and the three digits on the back would help": a further item of the list
    // may sit between the data and the modal
    for (int m = from; m < Math.min(words.size() - 1, from + 10); m++) {
      Word w = words.get(m);
      if (w.isPunctuation() || CLAUSE_MARKERS.contains(w.lower()) || w.lower().equals("we")) {
        return false;
      }
      // "… will let us verify you": a plain future only with what the data lets the brand do
      boolean future = w.lower().equals("will") || w.lower().equals("'ll");
      if (!WELCOME_MODALS.contains(w.lower()) && !future) {
        continue;
      }
      int k = m + 1;
      while (k < words.size() - 1 && Set.of("really", "honestly", "also", "so", "massively", "definitely", "certainly").contains(words.get(k).lower())) {
        k++;
      }
      if (future && !(words.get(k).isAnyOf(LETTING_VERBS) && k + 1 < words.size() && Set.of("us", "me").contains(words.get(k + 1).lower()))) {
        return false;
      }
      // "… would help", "… would speed things up"
      if (words.get(k).is("help") || words.get(k).is("speed")) {
        return true;
      }
      // "… would let us check the claim", "… would allow us to trace it": what the data lets the brand do
      if (words.get(k).isAnyOf(LETTING_VERBS) && k + 1 < words.size() && Set.of("us", "me").contains(words.get(k + 1).lower())) {
        return true;
      }
      if (words.get(k).is("be") && k + 1 < words.size()) {
        k++;
        if (Set.of("really", "very", "super", "so", "most", "a", "massively").contains(words.get(k).lower()) && k + 1 < words.size()) {
          k++;
        }
        return WELCOME_WORDS.contains(words.get(k).lower());
      }
      return false;
    }
    return false;
  }

  /** "… would let us check", "… would allow us to", "… would enable me to": data welcome for what it lets the brand do. */
  static final Set<String> LETTING_VERBS = Set.of("let", "allow", "enable");

  static final Set<String> WELCOME_WORDS =
      Set.of("great", "handy", "helpful", "useful", "perfect", "ideal", "brilliant", "amazing", "lovely", "fab", "fantastic",
          "ace", "good", "enough", "help", "awesome", "super", "wonderful");

  /**
   * "Your email and order number are all we need", "the postcode is all we'd require": the data
   * named as everything the brand needs is asked for, with the verb in a clause of its own.
   */
  static boolean allWeNeed(List<Word> words, int last) {
    for (int j = last + 1; j < Math.min(words.size() - 2, last + 10); j++) {
      Word w = words.get(j);
      if (w.lower().equals(".") || w.lower().equals("?") || w.lower().equals(";")) {
        return false;
      }
      if (!w.is("be")) {
        continue;
      }
      // "… are all we need", "… is everything we'd want", "… are the only things we need from you"
      boolean all = false;
      int k = j + 1;
      while (k < words.size() && SUFFICIENCY_WORDS.contains(words.get(k).lower())) {
        all |= !Set.of("the", "that", "just", "really").contains(words.get(k).lower());
        k++;
      }
      if (!all || k >= words.size() || !Set.of("we", "i").contains(words.get(k).lower())) {
        continue;
      }
      for (int n = k + 1; n < Math.min(words.size(), k + 4); n++) {
        Word v = words.get(n);
        // "… is what we're after"
        if (NEED_VERBS.contains(v.lemma()) || v.is("want") || v.lower().equals("after") && words.get(n - 1).is("be")) {
          return !lookBackFor(words, n, 3, NEGATIONS);
        }
      }
    }
    return false;
  }

  /**
   * "All we'd need to close the claim is your date of birth", "What we need from you is the
   * postcode": the same with the data after the verb "be", however long the purpose between.
   */
  static boolean allWeNeedBefore(List<Word> words, int first) {
    int be = first - 1;
    while (be >= 0 && MODIFIERS.contains(words.get(be).lower())) {
      be--;
    }
    // "All we needed was your order number" looks back on an ask already answered
    if (be < 2 || !words.get(be).is("be") || Set.of("was", "were").contains(words.get(be).lower())) {
      return false;
    }
    for (int n = be - 1; n >= Math.max(1, be - 12); n--) {
      Word w = words.get(n);
      if (w.isPunctuation() && !w.lower().equals(",")) {
        return false;
      }
      if (!(NEED_VERBS.contains(w.lemma()) || w.is("want"))) {
        continue;
      }
      int subject = n - 1;
      while (subject > 0 && Set.of("'d", "would", "'ll", "will", "really", "just", "only", "do", "actually").contains(words.get(subject).lower())) {
        subject--;
      }
      String s = words.get(subject).lower();
      boolean weOrI = s.equals("we") || s.equals("i") || s.startsWith("we'") || s.startsWith("i'");
      int all = subject - 1;
      while (all > 0 && Set.of("the", "that", "really", "just").contains(words.get(all).lower())) {
        all--;
      }
      return weOrI && all >= 0 && SUFFICIENCY_WORDS.contains(words.get(all).lower())
          && !Set.of("the", "that", "just", "really").contains(words.get(all).lower())
          && !lookBackFor(words, n, 3, NEGATIONS);
    }
    return false;
  }

  static final Set<String> SUFFICIENCY_WORDS =
      Set.of("all", "everything", "what", "the", "only", "thing", "things", "that", "just", "really");

  /** "Any chance of the order number?", "any chance of your postcode": the request without its verb. */
  static boolean anyChanceOf(List<Word> words, int first) {
    int j = first - 1;
    while (j >= 0 && MODIFIERS.contains(words.get(j).lower())) {
      j--;
    }
    return j >= 1 && words.get(j).lower().equals("of") && words.get(j - 1).is("chance");
  }

  /** Before {@code first}: only a greeting, a handle, a name or modifiers ("@jo_m your …"). */
  static boolean onlyAddressBefore(List<Word> words, int first) {
    return onlyAddressBefore(words, 0, first);
  }

  static boolean onlyAddressBefore(List<Word> words, int from, int first) {
    for (int j = from; j < first; j++) {
      Word w = words.get(j);
      if (!(MODIFIERS.contains(w.lower()) || YOUR_SPELLINGS.contains(w.lower()) || w.isPunctuation()
          || w.lower().startsWith("@") || w.pos().equals("PROPN") || w.pos().equals("INTJ") || PLEASE.contains(w.lower())
          || Set.of("hi", "hey", "hello", "ok", "okay", "and", "also").contains(w.lower()))) {
        return false;
      }
    }
    return true;
  }

  /** Nouns that only say which of the data is meant, right before it: "Home zip code?", "Billing postcode?". */
  static final Set<String> QUESTION_COMPOUNDS =
      Set.of("home", "billing", "delivery", "mobile", "work", "personal", "account", "acct", "login", "contact", "daytime", "shipping");

  /** Words that join a verbless question on to what came before: "And the postcode where you live now?", "Also your postcode?". */
  static final Set<String> QUESTION_LEAD_INS = Set.of("and", "also", "plus", "oh", "lastly", "finally", "then", "next", "ok", "okay");

  /** "Your full name, address and the date of purchase?": a list of data asked as a question. */
  static boolean verblessQuestion(List<Word> words, int first) {
    if (!endsWithQuestionMark(words)) {
      return false;
    }
    for (int j = 0; j < first; j++) {
      Word w = words.get(j);
      if (!(MODIFIERS.contains(w.lower()) || w.isPunctuation() || w.lower().startsWith("@") || w.pos().equals("PROPN")
          || w.pos().equals("INTJ") || QUESTION_COMPOUNDS.contains(w.lower()) && j == first - 1
          || QUESTION_LEAD_INS.contains(w.lower()))) {
        return false;
      }
    }
    // "Your email address was changed?", "The number ends in 42, is that yours?" ask about the
    // data, not for it: a verb is only allowed in a relative clause ("the postcode it went to?")
    for (int j = first + 1; j < words.size(); j++) {
      Word w = words.get(j);
      if (w.pos().equals("AUX") || w.pos().equals("VERB")) {
        return Set.of("it", "that", "which", "you", "we").contains(words.get(j - 1).lower());
      }
    }
    return true;
  }
}
