package dev.replylint.rules.privatedata;

import static dev.replylint.rules.privatedata.DataNotAskedFor.ofAPublicPlace;
import static dev.replylint.rules.privatedata.DataNotAskedFor.ownedByBrandOrADestination;
import static dev.replylint.rules.privatedata.DataNotAskedFor.someoneElsesOrAMessage;
import static dev.replylint.rules.privatedata.DataNotAskedFor.theDevice;
import static dev.replylint.rules.privatedata.DataNotAskedFor.valueGiven;
import static dev.replylint.rules.privatedata.DataPhrases.PUBLIC_CODES;
import static dev.replylint.rules.privatedata.PrivateChannels.PLAINLY_PUBLIC;
import static dev.replylint.rules.privatedata.RequestWords.ANY_REQUEST_VERB;
import static dev.replylint.rules.privatedata.RequestWords.CLAUSE_MARKERS;
import static dev.replylint.rules.privatedata.RequestWords.FETCH_VERBS;
import static dev.replylint.rules.privatedata.RequestWords.IRREGULAR_FORMS;
import static dev.replylint.rules.privatedata.RequestWords.LIST_JOINERS;
import static dev.replylint.rules.privatedata.RequestWords.MODALS;
import static dev.replylint.rules.privatedata.RequestWords.MODIFIERS;
import static dev.replylint.rules.privatedata.RequestWords.NEED_VERBS;
import static dev.replylint.rules.privatedata.RequestWords.NEGATIONS;
import static dev.replylint.rules.privatedata.RequestWords.OTHER_SUBJECTS;
import static dev.replylint.rules.privatedata.RequestWords.THIRD_PARTIES;
import static dev.replylint.rules.privatedata.RequestWords.PLEASE;
import static dev.replylint.rules.privatedata.RequestWords.PRONOUN_OBJECTS;
import static dev.replylint.rules.privatedata.RequestWords.REQUEST_VERBS;
import static dev.replylint.rules.privatedata.RequestWords.WH_WORDS;
import static dev.replylint.rules.privatedata.RequestWords.endsWithQuestionMark;
import static dev.replylint.rules.privatedata.RequestWords.isNoun;
import static dev.replylint.rules.privatedata.RequestWords.lookBackFor;
import static dev.replylint.rules.privatedata.VerblessRequests.ORDINALS;
import static dev.replylint.rules.privatedata.VerblessRequests.WELCOME_MODALS;
import static dev.replylint.rules.privatedata.VerblessRequests.allWeNeed;
import static dev.replylint.rules.privatedata.VerblessRequests.allWeNeedBefore;
import static dev.replylint.rules.privatedata.VerblessRequests.anyChanceOf;
import static dev.replylint.rules.privatedata.VerblessRequests.onlyAddressBefore;
import static dev.replylint.rules.privatedata.VerblessRequests.sufficesAfter;
import static dev.replylint.rules.privatedata.VerblessRequests.verblessList;
import static dev.replylint.rules.privatedata.VerblessRequests.verblessPlease;
import static dev.replylint.rules.privatedata.VerblessRequests.verblessQuestion;

import dev.replylint.rules.privatedata.DataPhrases.PhraseMatch;
import dev.replylint.rules.privatedata.SentenceWords.Word;
import java.util.List;
import java.util.Set;

/**
 * The English request grammar: whether a data phrase is asked for by a request verb before it
 * (imperative, modal question, "let us know", "we'll need"), a wh-question, an existential question,
 * a passive "is needed", a verbless shape ({@link VerblessRequests}) or a verb after it with a pronoun
 * object; and whether such a verb informs instead ("we've sent", "never share", "anyone asking for").
 */
final class EnglishRequestGrammar {
  private EnglishRequestGrammar() {}

  static final int MAX_VERB_DISTANCE = 16;
  /** ", when you have a moment and if it's to hand,": asides run to a dozen words and more. */
  static final int MAX_ASIDE = 18;

  static final Set<String> AUXILIARIES =
      Set.of("have", "will", "would", "be", "just", "already", "also", "can", "could", "may", "might", "shall",
          "should", "do", "recently", "then", "'ve", "'ll", "'d", "'m", "'s", "still", "now", "only", "kindly");
  static final Set<String> BEFORE_GERUND = Set.of("for", "after", "once", "since");
  /** Openers of an aside between a verb and its object: "share, when you get a sec, the email …". */
  static final Set<String> ASIDE_CLOSERS = Set.of(",", ")", "—", "–", "-");
  static final Set<String> WH_BRIDGE_TAGS = Set.of("ADJ", "DET", "PRON", "AUX", "NUM", "ADV", "PART");
  /** On tokens alone: is there any word that could make this sentence a request? */
  static boolean mayRequest(List<Word> plain) {
    for (int i = 0; i < plain.size(); i++) {
      Word w = plain.get(i);
      String lower = w.lower();
      if (WH_WORDS.contains(lower) || lower.startsWith("what'") || IRREGULAR_FORMS.contains(lower) || lower.contains("?")
          || lower.equals("enough") || lower.equals("suffice")
          // "Two things: …", "First, the name on the card.": a list that may be an ask
          || lower.equals(":") || i <= 2 && ORDINALS.contains(lower)
          || lower.equals("do") && i > 0 && Set.of("will", "would", "'ll", "should").contains(plain.get(i - 1).lower())) {
        return true;
      }
      // "your account number and DOB, please": only a please that ends its clause, not "please check …"
      if (PLEASE.contains(lower)
          && (i + 1 == plain.size() || plain.get(i + 1).isPunctuation()
              // text speak: "… pls n we'll sort it"
              || Set.of("and", "n", "&", "so", "thanks", "thank", "ta", "thx").contains(plain.get(i + 1).lower()))) {
        return true;
      }
      if (w.isAnyOf(ANY_REQUEST_VERB)
          // the modal is read with the verb after it: "would help", "would be great", "would let us";
          // a verb missing here never reaches VerblessRequests.welcomed
          || (WELCOME_MODALS.contains(lower) || lower.endsWith("'d")) && i + 1 < plain.size() && (WELCOMING_VERBS.contains(plain.get(i + 1).lower())
              || i + 2 < plain.size() && WELCOMING_VERBS.contains(plain.get(i + 2).lower()))
          // "… will let us verify you": a plain future only with what the data lets the brand do
          || (lower.equals("will") || lower.endsWith("'ll")) && i + 1 < plain.size() && VerblessRequests.LETTING_VERBS.contains(plain.get(i + 1).lower())) {
        return true;
      }
      // "order number and postcode, and we'll chase it": the brand's next step after a bare list
      if ((lower.equals("we") || lower.equals("i") || lower.startsWith("we'") || lower.startsWith("i'")) && i > 0
          && LIST_JOINERS.contains(plain.get(i - 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Words that tie a phone to the customer's account rather than to the handset in their hand. */
  static final Set<String> ACCOUNT_TIES =
      Set.of("register", "sign", "account", "file", "link", "booking", "order", "profile", "login", "log", "reach", "call", "text", "ring");

  /** After "would"/"could" (or one word later), what makes data welcome: "help", "be great", "let us", "allow us". */
  static final Set<String> WELCOMING_VERBS = Set.of("help", "be", "let", "allow", "enable", "speed");

  static boolean isRequested(List<Word> words, PhraseMatch match, boolean askAnnounced) {
    int first = match.first();
    if (ownedByBrandOrADestination(words, first) || valueGiven(words, match.last()) || theDevice(words, match)
        || ofAPublicPlace(words, match)
        || first > 0 && match.phrase().words()[0].equals("code") && PUBLIC_CODES.contains(words.get(first - 1).lower())) {
      return false;
    }
    String head = match.phrase().words()[0];
    if (WH_WORDS.contains(head)) {
      // "What mobile are you using?" asks for the handset; "what mobile did you register with?" the number
      String[] p = match.phrase().words();
      if (p.length == 2 && Set.of("mobile", "phone", "cell").contains(p[1])
          && words.stream().noneMatch(w -> w.isAnyOf(ACCOUNT_TIES))) {
        return false;
      }
      return !someoneElsesOrAMessage(words, match.last());
    }
    if (whQuestion(words, first) || verblessQuestion(words, first) || existentialQuestion(words, first, match.last())
        || verblessPlease(words, first) || anyChanceOf(words, first) || verblessList(words, first, askAnnounced)) {
      return true;
    }
    if (sufficesAfter(words, first, match.last()) || allWeNeed(words, match.last()) || allWeNeedBefore(words, first)) {
      return true;
    }
    int reach = MAX_VERB_DISTANCE;
    boolean listed = false;
    for (int v = first - 1; v >= Math.max(0, first - reach); v--) {
      int asideStart = asideEndingAt(words, v);
      if (asideStart >= 0) {
        // "could you share with us, when you get a sec, the email address …": the aside is passed over
        reach += v - asideStart + 1;
        v = asideStart;
        continue;
      }
      // "tell us about the issue and when it started, plus your postcode": one more item of the
      // verb's list, whatever clauses the items before it hold
      if (words.get(v).lower().equals("plus") && !listed && onlyModifiersBetween(words, v, first)) {
        reach += 8;
        listed = true;
      }
      // "…, such as the postcode on it," gives an example, it opens no clause
      if (CLAUSE_MARKERS.contains(words.get(v).lower()) && !listed
          && !(words.get(v).lower().equals("as") && v > 0 && words.get(v - 1).lower().equals("such"))) {
        break;
      }
      if (isRequestVerb(words, v) && !informative(words, v)) {
        return true;
      }
      if (governedByAnotherVerb(words, v)) {
        break;
      }
    }
    // "your account number is needed to …": the request in the passive; "A date of birth is
    // needed to open an account" says what any customer needs, with the article that opens the sentence
    int article = first - 1;
    while (article > 0 && (MODIFIERS.contains(words.get(article).lower()) || words.get(article).pos().equals("ADJ"))
        && !Set.of("a", "an").contains(words.get(article).lower())) {
      article--;
    }
    boolean generic = article >= 0 && Set.of("a", "an").contains(words.get(article).lower())
        && (article == 0 || words.get(article - 1).isPunctuation());
    for (int v = match.last() + 2; v < Math.min(words.size(), match.last() + 4) && !generic; v++) {
      if (NEED_VERBS.contains(words.get(v).lemma()) && words.get(v - 1).is("be")
          && !lookBackFor(words, v, 2, NEGATIONS)) {
        return true;
      }
    }
    // "Our team needs the IBAN — can you share it?": the verb comes after, with a pronoun object
    // "the reference number, if you could reply with it"
    for (int v = match.last() + 1; v < words.size() - 1; v++) {
      int object = v + 1 < words.size() - 1 && words.get(v + 1).lower().equals("with") ? v + 2 : v + 1;
      if ((REQUEST_VERBS.contains(words.get(v).lemma()) || words.get(v).is("add") && addedInPublic(words, v))
          && PRONOUN_OBJECTS.contains(words.get(object).lower()) && !informative(words, v)) {
        return true;
      }
    }
    return askedAfterADash(words, match.last());
  }

  /** "The mobile number on your account - what is it?": the data named, then asked for by a wh-question. */
  static boolean askedAfterADash(List<Word> words, int last) {
    if (!endsWithQuestionMark(words)) {
      return false;
    }
    for (int j = last + 1; j < words.size() - 2; j++) {
      String lower = words.get(j).lower();
      if (!ASIDE_CLOSERS.contains(lower) && !lower.equals(":")) {
        continue;
      }
      int k = j + 1;
      boolean wh = k < words.size() && (WH_WORDS.contains(words.get(k).lower()) || words.get(k).lower().startsWith("what'"));
      int be = words.get(k).lower().startsWith("what'") ? k : k + 1;
      int pronoun = be + 1;
      // "… - what is it?", not "… - what is it for?"; "…, what's it set to (at the moment)?" asks the value
      return wh && pronoun < words.size() && (be == k || words.get(be).is("be"))
          && Set.of("it", "that", "they", "those", "this").contains(words.get(pronoun).lower())
          && (VerblessRequests.onlyPunctuationFrom(words, pronoun + 1) || setTo(words, pronoun + 1));
    }
    return false;
  }

  /** "set to", "registered as", "saved under", then at most a time ("at the moment", "now") before the end. */
  static boolean setTo(List<Word> words, int j) {
    if (j + 1 >= words.size() || !SETTING_WORDS.contains(words.get(j).lower())
        || !Set.of("to", "as", "under").contains(words.get(j + 1).lower())) {
      return false;
    }
    for (int k = j + 2; k < words.size(); k++) {
      Word w = words.get(k);
      if (!(w.isPunctuation() || Set.of("at", "the", "moment", "now", "currently", "right", "these", "days", "today").contains(w.lower()))) {
        return false;
      }
    }
    return true;
  }

  static final Set<String> SETTING_WORDS = Set.of("set", "registered", "saved", "listed", "changed", "stored", "down");

  /**
   * "… we'll keep your phone number on file", "we need to check the postcode": a verb of its own,
   * with "we"/"I"/"they" as subject or in the infinitive, takes the data as its object.
   */
  static boolean governedByAnotherVerb(List<Word> words, int v) {
    Word w = words.get(v);
    if (!w.pos().equals("VERB") || NEED_VERBS.contains(w.lemma()) || FETCH_VERBS.contains(w.lemma())) {
      return false;
    }
    int j = v - 1;
    while (j >= 0 && (AUXILIARIES.contains(words.get(j).lemma()) || AUXILIARIES.contains(words.get(j).lower())
        || words.get(j).pos().equals("ADV"))) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String before = words.get(j).lower();
    return Set.of("we", "i", "they", "he", "she").contains(before) || before.equals("to") && j == v - 1;
  }

  static boolean onlyModifiersBetween(List<Word> words, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (!MODIFIERS.contains(words.get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The start of an aside that closes at {@code close} (a comma, dash or bracket) and opens with a
   * clause marker after the same kind of mark: ", when you get a sec,", "(once you've found it)".
   * -1 when the words before {@code close} are not such an aside.
   */
  static int asideEndingAt(List<Word> words, int close) {
    String closer = words.get(close).lower();
    if (!ASIDE_CLOSERS.contains(closer)) {
      return -1;
    }
    String opener = closer.equals(")") ? "(" : closer;
    for (int j = close - 1; j >= Math.max(0, close - MAX_ASIDE); j--) {
      String w = words.get(j).lower();
      if (w.equals(opener)) {
        // ", when you get a sec,", "- just so we can check -", ", by Friday if possible,"
        boolean marked = false;
        for (int k = j + 1; k < close; k++) {
          marked |= CLAUSE_MARKERS.contains(words.get(k).lower()) || words.get(k).lower().equals("whenever");
        }
        return marked ? j : -1;
      }
      if (ASIDE_CLOSERS.contains(w) || w.equals("(") || w.equals(".") || w.equals("?")) {
        return -1;
      }
    }
    return -1;
  }

  /** "What's your …", "Which email …", "What was the email address …": no content verb between. */
  static final Set<String> WH_SPELLINGS = Set.of("whats", "wats", "wots", "wot", "wat", "wht");

  static boolean whQuestion(List<Word> words, int first) {
    for (int j = first - 1; j >= Math.max(0, first - 8); j--) {
      Word w = words.get(j);
      if (WH_WORDS.contains(w.lower()) || WH_WORDS.contains(w.lemma()) || WH_SPELLINGS.contains(w.lower())) {
        return true;
      }
      // "what's your username and password", "what's your account's sort code": a noun joined on
      String next = words.get(j + 1).lower();
      boolean joinedNoun = (w.pos().equals("NOUN") || w.pos().equals("PROPN"))
          && (next.equals("'s") || next.equals("and") || next.equals("&") || next.equals(",")
              || words.get(j + 1).pos().equals("NOUN"));
      // "the account holder's date of birth": a possessive (which the tagger may call punctuation)
      // of a person; "the store's postcode" is the brand's
      boolean possessive = w.lower().equals("'s") && j > 0 && isPersonOwner(words.get(j - 1))
          || next.equals("'s") && isPersonOwner(w)
          || isNoun(w) && j + 2 < words.size() && words.get(j + 2).lower().equals("'s") && isPersonOwner(words.get(j + 1));
      boolean bridge = possessive || WH_BRIDGE_TAGS.contains(w.pos()) || w.is("be") || w.is("do") || MODIFIERS.contains(w.lower())
          || joinedNoun || w.lower().equals("and") || w.lower().equals("&") || w.lower().equals(",")
          // "what was the name of your first pet?"
          || w.lower().equals("of") && j > 0 && isNoun(words.get(j - 1)) || isNoun(w) && next.equals("of");
      if (!bridge) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Is there an email address we can reach you on?": asks for the data as much as "what's …".
   * Only with "we/I can …" after it; "was there a reference number on the letter?" asks whether.
   */
  static boolean existentialQuestion(List<Word> words, int first, int last) {
    if (!endsWithQuestionMark(words)) {
      return false;
    }
    // "… we can reach you on", "… you might have used", "… to call you on"
    boolean forUs = false;
    for (int k = first + 1; k < Math.min(words.size() - 1, last + 4) && !forUs; k++) {
      String w = words.get(k).lower();
      forUs = Set.of("we", "i", "you").contains(w) && MODALS.contains(words.get(k + 1).lemma())
          || k <= last + 1 && w.equals("to") && words.get(k + 1).pos().equals("VERB");
    }
    if (!forUs) {
      return false;
    }
    int j = first - 1;
    while (j >= 0 && (MODIFIERS.contains(words.get(j).lower()) || words.get(j).lower().equals("another")
        || words.get(j).pos().equals("ADJ") || words.get(j).pos().equals("NOUN"))) {
      j--;
    }
    if (j < 1 || !words.get(j).lower().equals("there")) {
      return false;
    }
    Word verb = words.get(j - 1);
    if (!(verb.is("be") || MODALS.contains(verb.lemma()))) {
      return false;
    }
    for (int k = 0; k < j - 1; k++) {
      Word w = words.get(k);
      if (!(w.isPunctuation() || w.lower().startsWith("@") || w.pos().equals("INTJ") || w.pos().equals("PROPN")
          || Set.of("and", "so", "also", "hi", "hey", "ok", "okay", "thanks").contains(w.lower()))) {
        return false;
      }
    }
    return true;
  }

  /** Owners whose data is a customer's: "the account holder's", "your mum's", "the passenger's". */
  static final Set<String> PERSON_OWNERS =
      Set.of("mum", "mom", "mam", "dad", "mother", "father", "parent", "partner", "wife", "husband", "son", "daughter",
          "child", "kid", "friend", "customer", "passenger", "member", "owner", "user", "guest", "tenant", "landlord",
          "employer", "colleague", "recipient", "sender", "driver", "applicant", "claimant", "beneficiary", "patient",
          "student", "subscriber", "traveller", "traveler", "person", "brother", "sister", "grandma", "grandad");

  static boolean isPersonOwner(Word w) {
    String lower = w.lower().endsWith("'s") ? w.lower().substring(0, w.lower().length() - 2) : w.lower();
    return PERSON_OWNERS.contains(lower) || PERSON_OWNERS.contains(w.lemma()) || lower.endsWith("holder")
        || lower.endsWith("payer");
  }

  static boolean isRequestVerb(List<Word> words, int v) {
    Word w = words.get(v);
    String lemma = w.lemma();
    if (lemma.equals("pass")) {
      // "pass us your membership number", not "may we pass your details to our supplier?"
      return v + 1 < words.size() && Set.of("us", "me", "over", "along", "on").contains(words.get(v + 1).lower());
    }
    if ((lemma.equals("know") || FETCH_VERBS.contains(lemma)) && welcomedInfinitive(words, v)) {
      return true;
    }
    if (lemma.equals("know")) {
      // "let us know", "let our billing team over here know"; "just to let you know, …" tells
      for (int k = v - 1; k >= Math.max(0, v - 8); k--) {
        if (words.get(k).is("let")) {
          return !(k + 1 < v && words.get(k + 1).lower().equals("you"));
        }
      }
      return false;
    }
    if (REQUEST_VERBS.contains(lemma) || REQUEST_VERBS.contains(w.lower())
        || w.lower().endsWith("ing") && w.isAnyOf(REQUEST_VERBS) && v > 0 && (GERUND_ASKERS.contains(words.get(v - 1).lemma())
            || startBy(words, v))) {
      // "pls drop ur email below": after a please the tagger may take the verb for a noun; so it
      // may after an aside or a subject ("could you, when you can, share …")
      return !w.pos().equals("NOUN") || v == 0 || lemma.equals("reply") || PLEASE.contains(words.get(v - 1).lower())
          || Set.of(",", "you", "u", "kindly", "just", "also", "and").contains(words.get(v - 1).lower())
              && !(v + 1 < words.size() && words.get(v + 1).lower().equals("of"));
    }
    if (FETCH_VERBS.contains(lemma)) {
      // "could we possibly get …", "can I just grab …": a softener between subject and verb
      int s = v - 1;
      while (s > 0 && SOFTENERS.contains(words.get(s).lower())) {
        s--;
      }
      boolean asksWhetherItCame = words.stream().anyMatch(other -> other.lower().equals("yet"));
      // "Got a number we can reach you on?": the question without its "have you"
      if (lemma.equals("get") && w.lower().equals("got") && onlyAddressBefore(words, v) && endsWithQuestionMark(words)
          && !asksWhetherItCame) {
        return true;
      }
      // "can we get your …", "could I have the …", "may we see …"; "do you have an order number?";
      // "let us have the last four digits"
      return v >= 2
          && (Set.of("us", "me").contains(words.get(v - 1).lower()) && words.get(v - 2).is("let")
              // "is it possible to get your postcode?", "would we be able to have the reference?"
              || words.get(v - 1).lower().equals("to") && Set.of("possible", "able").contains(words.get(v - 2).lower())
                  && endsWithQuestionMark(words)
              || s >= 1 && Set.of("we", "i").contains(words.get(s).lower()) && MODALS.contains(words.get(s - 1).lemma())
              || words.get(v - 1).lower().equals("you") && Set.of("do", "have").contains(words.get(v - 2).lemma())
                  // "did you get the code?", "have you got it yet?" ask whether it arrived
                  && !words.get(v - 2).lower().equals("did") && !asksWhetherItCame
                  && (lemma.equals("have") || lemma.equals("get")) && endsWithQuestionMark(words));
    }
    if ((lemma.equals("trouble") || lemma.equals("bother")) && v + 2 < words.size() && words.get(v + 1).lower().equals("you")
        && words.get(v + 2).lower().equals("for")) {
      // "could we trouble you for your membership number?", "can I bother you for the postcode?"
      int s = v - 1;
      while (s > 0 && SOFTENERS.contains(words.get(s).lower())) {
        s--;
      }
      return s >= 1 && Set.of("we", "i").contains(words.get(s).lower()) && MODALS.contains(words.get(s - 1).lemma());
    }
    if (lemma.equals("add")) {
      // "could you add the last four digits in a reply?"; "add your number to your profile" is a setting
      return addedInPublic(words, v);
    }
    if (NEED_VERBS.contains(lemma)) {
      // "we'll need your order number", not "you'll need your account number when you call"
      return !lookBackFor(words, v, 3, Set.of("you"));
    }
    return false;
  }

  /**
   * "It would really help to have your mobile number", "it'd be great to get the postcode", "it
   * would help to know …": the data welcome in an infinitive after a conditional. "It would help to
   * have your order number handy when you ring" is advice, so a word for having it ready rules it out.
   */
  static boolean welcomedInfinitive(List<Word> words, int v) {
    if (v < 3 || !words.get(v - 1).lower().equals("to")) {
      return false;
    }
    Word welcome = words.get(v - 2);
    if (!(welcome.is("help") || VerblessRequests.WELCOME_WORDS.contains(welcome.lower()))) {
      return false;
    }
    boolean conditional = false;
    for (int k = v - 3; k >= Math.max(0, v - 6) && !conditional; k--) {
      // the tokenizer keeps "it'd" whole
      conditional = WELCOME_MODALS.contains(words.get(k).lower()) || words.get(k).lower().endsWith("'d");
    }
    return conditional && words.subList(v + 1, words.size()).stream().noneMatch(w -> READY_WORDS.contains(w.lower()));
  }

  /** "have it handy", "to hand", "ready when you call": the data kept for later, not posted now. */
  static final Set<String> READY_WORDS = Set.of("handy", "ready", "hand", "nearby");

  /** Words that soften a request between its subject and verb: "could we possibly get …". */
  static final Set<String> SOFTENERS = Set.of("possibly", "just", "please", "quickly", "also", "kindly", "maybe", "perhaps");

  /** "add it here", "add the postcode in a reply", "add them below": added where everyone reads it. */
  static boolean addedInPublic(List<Word> words, int v) {
    for (int k = v + 1; k < words.size(); k++) {
      String lower = words.get(k).lower();
      if (CLAUSE_MARKERS.contains(lower) || lower.equals(".")) {
        return false;
      }
      if (PLAINLY_PUBLIC.contains(lower) || lower.equals("reply") || lower.equals("comments") || lower.equals("thread")) {
        return true;
      }
    }
    return false;
  }

  /** "Start by sending us …", "begin by confirming …": the gerund is the first step asked for. */
  static boolean startBy(List<Word> words, int v) {
    return v >= 2 && words.get(v - 1).lower().equals("by") && (words.get(v - 2).is("start") || words.get(v - 2).is("begin"));
  }

  /** Words after which a gerund is what is asked: "would you mind sharing", "try sending", "it's worth sharing". */
  static final Set<String> GERUND_ASKERS = Set.of("mind", "try", "consider", "worth");

  static final Set<String> ANYTHING_WORDS = Set.of("anything", "whatever", "everything", "any", "all");

  /** A request verb used to inform, not to ask: negated, with "we" as subject, after "thanks for". */
  static boolean informative(List<Word> words, int v) {
    if (NEED_VERBS.contains(words.get(v).lemma())) {
      return lookBackFor(words, v, 3, NEGATIONS);
    }
    if (lookBackFor(words, v, 3, NEGATIONS) || lookBackFor(words, v, 2, BEFORE_GERUND)) {
      return true;
    }
    // "if anyone asks for your PIN", "the app sends your code": a verb in its third-person form
    // states what someone does; a request is an imperative or comes after a modal
    String form = words.get(v).lower();
    String lemma = words.get(v).lemma();
    boolean thirdPerson = form.equals(lemma + "s") || form.equals(lemma + "es")
        || lemma.endsWith("y") && form.equals(lemma.substring(0, lemma.length() - 1) + "ies");
    if (!form.equals(lemma) && thirdPerson && !words.get(v).pos().equals("NOUN")) {
      return true;
    }
    // "the confirmation was sent to s***@…, the address on your profile": the passive reports
    if (!form.equals(lemma) && !form.endsWith("ing") && v > 0) {
      int b = v - 1;
      while (b > 0 && words.get(b).pos().equals("ADV")) {
        b--;
      }
      if (words.get(b).is("be")) {
        return true;
      }
    }
    // "anyone replying asking for your PIN", "emails asking you to confirm …": a participle clause
    // describes a message; "would you mind sharing …" asks
    if (!form.equals(lemma) && form.endsWith("ing") && v > 0
        && !GERUND_ASKERS.contains(words.get(v - 1).lemma()) && !startBy(words, v)) {
      return true;
    }
    // "we will never ask you to tweet your password": the negation governs the asking
    if (v >= 2 && words.get(v - 1).lower().equals("to")) {
      int ask = words.get(v - 2).lower().equals("you") || words.get(v - 2).lower().equals("anyone")
          || words.get(v - 2).lower().equals("customers") ? v - 3 : v - 2;
      if (ask >= 0 && Set.of("ask", "want", "expect", "request", "require", "need", "tell").contains(words.get(ask).lemma())
          && lookBackFor(words, ask, 3, NEGATIONS)) {
        return true;
      }
    }
    // "Be careful: scammers may reply pretending to be us and ask for your bank details": the
    // clause's subject is someone else, however far before the verb
    for (int k = v - 1; k >= 0; k--) {
      String lower = words.get(k).lower();
      if (lower.equals(":") || lower.equals(";") || lower.equals(".") || lower.equals(",") || k == 0) {
        int subject = k == 0 && !words.get(0).isPunctuation() ? 0 : k + 1;
        if (subject < v && THIRD_PARTIES.contains(words.get(subject).lower())) {
          return true;
        }
        break;
      }
    }
    int j = v - 1;
    while (j >= 0 && (AUXILIARIES.contains(words.get(j).lemma()) || AUXILIARIES.contains(words.get(j).lower())
        || words.get(j).pos().equals("ADV"))) {
      j--;
    }
    if (j >= 0 && OTHER_SUBJECTS.contains(words.get(j).lower())) {
      // "Can we/could I confirm …?" still asks; "we've confirmed …", "did they give you …" tell
      return !(j > 0 && MODALS.contains(words.get(j - 1).lemma()));
    }
    // "if you can send us the reg, we'll …" is a polite request, not a statement of what they may do
    // "Anything you can tell us about the account … would help" asks as much as the if-clause does
    if (j >= 0 && words.get(j).lower().equals("you") && j + 1 < v && MODALS.contains(words.get(j + 1).lemma())
        && !endsWithQuestionMark(words) && !(j > 0 && (words.get(j - 1).lower().equals("if") || ANYTHING_WORDS.contains(words.get(j - 1).lower())))) {
      // "you can update your phone number in Settings": a statement about what they may do
      return true;
    }
    if (j >= 0 && (words.get(j).lower().equals("you") || words.get(j).lower().equals("you'll"))
        && lookBackFor(words, v, 4, Set.of("need"))) {
      return true;
    }
    return false;
  }
}
