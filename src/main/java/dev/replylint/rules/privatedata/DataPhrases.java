package dev.replylint.rules.privatedata;

import static dev.replylint.rules.privatedata.RequestWords.MESSAGE_USES;
import static dev.replylint.rules.privatedata.RequestWords.MODALS;
import static dev.replylint.rules.privatedata.RequestWords.WH_WORDS;
import static dev.replylint.rules.privatedata.RequestWords.YOUR_SPELLINGS;
import static dev.replylint.rules.privatedata.RequestWords.isNoun;
import static dev.replylint.rules.privatedata.RequestWords.isPhraseWord;

import dev.replylint.rules.privatedata.SentenceWords.Word;
import dev.replylint.rules.privatedata.RequestDetector.DataNoun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The data phrases of the policy ("the email address on the account", "the last 4 digits of the
 * card") and where a sentence names them: on plain text (a cheap trigger scan), on tokens and on
 * tagged words, with the bare heads a relative clause or a document makes private ("the address
 * you're having trouble with", "the number printed on the letter").
 */
final class DataPhrases {
  /** A data phrase; {@code order} is its place in the lists, which breaks ties between matches. */
  record Phrase(String kind, String[] words, int order) {}

  record PhraseMatch(Phrase phrase, int first, int last, int gaps) {}

  static final int MAX_GAP = 2;
  /** Words that may sit inside a data phrase: "your best number", "the email (that) you used". */
  static final Set<String> GAP_WORDS =
      Set.of("your", "ur", "yr", "the", "a", "an", "new", "registered", "reg", "same", "own", "correct", "current", "old", "primary",
          "main", "preferred", "best", "good", "full", "right", "exact", "valid", "updated", "complete", "'s", "other",
          "alternative", "alternate", "contact", "mobile", "cell", "home", "work", "personal", "daytime", "you",
          "that", "we", "i", "have", "had", "originally", "last", "first", "16-digit", "16digit", "long",
          // "a number we could call you on"
          "can", "could", "may", "might", "will", "would", "'ll",
          // "one-time code" in three tokens; "the code we just texted you"
          "-", "just");
  /** Words too common to say a sentence may name private data; a phrase's other word is its trigger. */
  static final Set<String> NOT_TRIGGERS =
      Set.of("your", "the", "what", "which", "best", "on", "to", "of", "use", "link", "associate", "register",
          "tie", "attach", "connect", "reach", "call", "full", "home", "last", "four", "4", "date", "no", "account",
          "we", "can", "text", "you", "ring", "contact", "card", "front", "word", "answer", "question", "phrase",
          // "the digits on the back", "acct #": "back" and "#" are in most replies (hashtags, "get back to you")
          "back", "#");

  /** Short spellings that open too many ordinary words to trigger a look: "ph" (photo), "acc" (accept). */
  private static final Set<String> COMMON_SHORT_SPELLINGS = Set.of("ph", "acc", "pw");

  private final List<Phrase> phrases = new ArrayList<>();
  /** The phrases by their first word: a sentence's words look up the few that may start at them. */
  private final java.util.Map<String, List<Phrase>> phrasesByFirstWord = new java.util.HashMap<>();
  private final List<String> triggers = new ArrayList<>();
  /** The triggers by their first (ASCII) character; {@code otherTriggers} start with any other. */
  @SuppressWarnings("unchecked")
  private final List<String>[] triggersByFirstChar = new List[128];
  private final List<String> otherTriggers = new ArrayList<>();

  DataPhrases(List<DataNoun> nouns) {
    for (DataNoun noun : nouns) {
      for (String phrase : noun.phrases()) {
        String[] words = split(phrase);
        Phrase p = new Phrase(noun.kind(), words, phrases.size());
        phrases.add(p);
        phrasesByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(p);
        // the head noun, normally the last word: "delivery address" is triggered by "address"
        String trigger = null;
        for (int k = words.length - 1; k >= 0 && trigger == null; k--) {
          if (!NOT_TRIGGERS.contains(words[k])) {
            trigger = words[k];
          }
        }
        for (int k = 0; k < words.length && trigger == null; k++) {
          if (k == 0 || words[k].length() > words[0].length()) {
            trigger = words[k];
          }
        }
        if (!triggers.contains(trigger)) {
          triggers.add(trigger);
        }
      }
    }
    // "mob no", "tel #": the short spelling of a head word triggers too ("no", "#" and "acc" are
    // in too many sentences to be worth a look; "mob no" is triggered by "mob")
    for (String t : List.copyOf(triggers)) {
      for (String shortSpelling : RequestWords.ABBREVIATIONS.getOrDefault(t, Set.of())) {
        if (!NOT_TRIGGERS.contains(shortSpelling) && !COMMON_SHORT_SPELLINGS.contains(shortSpelling) && !triggers.contains(shortSpelling)) {
          triggers.add(shortSpelling);
        }
      }
    }
    for (String t : triggers) {
      if (t.isEmpty()) {
        continue;
      }
      char c = t.charAt(0);
      if (c < 128) {
        if (triggersByFirstChar[c] == null) {
          triggersByFirstChar[c] = new ArrayList<>();
        }
        triggersByFirstChar[c].add(t);
      } else {
        otherTriggers.add(t);
      }
    }
  }

  static String[] split(String phrase) {
    String[] raw = phrase.trim().split("\\s+");
    String[] out = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      out[i] = SentenceWords.normalise(raw[i]);
    }
    return out;
  }

  /** Cheap test on plain text: could this text name any of the data at all? */
  boolean mayMentionData(String lowerText) {
    String compact = lowerText.indexOf('-') >= 0 ? lowerText.replace("-", "") : lowerText;
    // a trigger counts where a word starts (a letter before it does not): only the triggers that
    // begin with the character at such a place are compared there
    for (int at = 0; at < compact.length(); at++) {
      if (at > 0 && Character.isLetter(compact.charAt(at - 1))) {
        continue;
      }
      char c = compact.charAt(at);
      List<String> candidates = c < 128 ? triggersByFirstChar[c] : otherTriggers;
      if (candidates == null) {
        continue;
      }
      for (String t : candidates) {
        if (compact.startsWith(t, at)) {
          return true;
        }
      }
    }
    return false;
  }

  List<PhraseMatch> phraseMatches(List<Word> words, boolean tagged) {
    List<PhraseMatch> candidates = new ArrayList<>();
    List<Phrase> starting = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      phrasesStartingAt(words.get(i), starting);
      for (Phrase phrase : starting) {
        PhraseMatch m = matchAt(words, phrase, i, tagged);
        if (m != null) {
          candidates.add(m);
        }
      }
    }
    for (int i = 1; i < words.size() - 1; i++) {
      Phrase headed = headOfRelativeClause(words, i, tagged);
      if (headed != null) {
        candidates.add(new PhraseMatch(headed, i, i, 1));
      }
      int document = documentAfter(words, i);
      if (document > 0) {
        candidates.add(new PhraseMatch(words.get(i).is("code") || words.get(i).is("pin") ? DOCUMENT_CODE : DOCUMENT_REFERENCE, i, document, 1));
      }
    }
    // contiguous before gapped, then longer: "order number" names a reference before "your … number"
    // names a phone; overlapping matches are all kept, each may be the one a verb governs
    candidates.sort(
        Comparator.comparingInt(PhraseMatch::gaps)
            .thenComparingInt(m -> -m.phrase().words().length)
            .thenComparingInt(PhraseMatch::first)
            .thenComparingInt(m -> m.phrase().order()));
    return candidates;
  }

  /**
   * The phrases whose first word this word may be ({@link RequestWords#isPhraseWord} decides): looked up by
   * the word, its lemma, their forms without an inflection ("linked" → link, linke, "dropped" →
   * drop) and the possessive's owner.
   */
  void phrasesStartingAt(Word w, List<Phrase> out) {
    out.clear();
    addPhrasesFor(w.lemma(), out);
    addPhrasesFor(w.lower(), out);
    for (String form : new String[] {w.lemma(), w.lower()}) {
      for (String suffix : List.of("s", "es", "d", "ed", "ing")) {
        if (form.length() > suffix.length() && form.endsWith(suffix)) {
          String stem = form.substring(0, form.length() - suffix.length());
          addPhrasesFor(stem, out);
          addPhrasesFor(stem + "e", out);
          if (stem.length() > 1 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
            addPhrasesFor(stem.substring(0, stem.length() - 1), out);
          }
        }
      }
    }
    if (YOUR_SPELLINGS.contains(w.lower())) {
      addPhrasesFor("your", out);
    }
    RequestWords.ABBREVIATIONS.forEach(
        (full, shortSpellings) -> {
          if (shortSpellings.contains(w.lower())) {
            addPhrasesFor(full, out);
          }
        });
    if (w.lower().endsWith("'s") && w.lower().length() > 2) {
      addPhrasesFor(w.lower().substring(0, w.lower().length() - 2), out);
    }
  }

  void addPhrasesFor(String word, List<Phrase> out) {
    List<Phrase> found = phrasesByFirstWord.get(word);
    if (found == null) {
      return;
    }
    for (Phrase p : found) {
      if (!out.contains(p)) {
        out.add(p);
      }
    }
  }

  static PhraseMatch matchAt(List<Word> words, Phrase phrase, int first, boolean tagged) {
    String[] p = phrase.words();
    if (!isPhraseWord(words.get(first), p[0])) {
      return null;
    }
    int at = first;
    int gaps = 0;
    for (int k = 1; k < p.length; k++) {
      int next = -1;
      for (int j = at + 1; j <= Math.min(words.size() - 1, at + 1 + MAX_GAP); j++) {
        if (isPhraseWord(words.get(j), p[k])) {
          next = j;
          break;
        }
        Word gap = words.get(j);
        if (WH_WORDS.contains(p[0]) || !GAP_WORDS.contains(gap.lower())) {
          break;
        }
      }
      if (next < 0) {
        return null;
      }
      // "your phone no longer charges": "no" is the number only where it ends the phrase's words
      if (words.get(next).lower().equals("no") && !p[k].equals("no") && next + 1 < words.size() && NOT_A_NUMBER_AFTER_NO.contains(words.get(next + 1).lower())) {
        return null;
      }
      gaps += next - at - 1;
      at = next;
    }
    // "your phone model", "last 4 days": the phrase only modifies another noun
    if (tagged && at + 1 < words.size() && isNoun(words.get(at + 1)) && !isDataWordAhead(words, at + 1)
        && !NOT_NOUNS_AFTER.contains(words.get(at + 1).lower())) {
      return null;
    }
    return new PhraseMatch(phrase, first, at, gaps);
  }

  /** Words after "no" that make it a negation, not the number: "no longer", "no more", "no one". */
  static final Set<String> NOT_A_NUMBER_AFTER_NO = Set.of("longer", "more", "one", "way", "problem", "problems", "worries", "idea", "need", "matter", "issue", "issues", "sign", "signal", "service", "access", "reply", "response");

  /** Words the tagger may call nouns after a data phrase that modify nothing: "your order number handy?" */
  static final Set<String> NOT_NOUNS_AFTER =
      Set.of("handy", "ready", "please", "pls", "plz", "thanks", "thx", "too", "also", "asap", "below", "here", "now", "again");

  static final Phrase BARE_ADDRESS = new Phrase("address", new String[] {"address"}, Integer.MAX_VALUE);
  static final Phrase BARE_EMAIL = new Phrase("email", new String[] {"email"}, Integer.MAX_VALUE);
  static final Phrase BARE_NUMBER = new Phrase("phone", new String[] {"number"}, Integer.MAX_VALUE);
  static final Set<String> CALL_VERBS = Set.of("call", "ring", "text", "reach", "contact", "phone");
  static final Set<String> RELATIVE_OPENERS =
      Set.of("that", "which", "where", "you", "u", "it", "they", "we", "i", "he", "she", "your", "the", "our");

  /**
   * "the address you're having trouble with", "the email that's on the booking", "the address
   * the engineer should have gone to": a bare "address" or "email" is private when a relative
   * clause says whose it is. "The email we sent" is the brand's message, not an address.
   */
  static Phrase headOfRelativeClause(List<Word> words, int i, boolean tagged) {
    Word head = words.get(i);
    Phrase phrase = head.lower().equals("address") || head.lower().equals("addresses") ? BARE_ADDRESS
        : head.lower().equals("email") || head.lower().equals("e-mail") ? BARE_EMAIL
        : (head.lower().equals("number") || head.lower().equals("mobile")) && callVerbAhead(words, i) ? BARE_NUMBER : null;
    if (phrase == null) {
      return null;
    }
    String before = words.get(i - 1).lower();
    String next = words.get(i + 1).lower();
    // plain tokens keep contractions whole: "you're", "it's"
    int apostrophe = next.indexOf('\'');
    if (apostrophe > 0) {
      next = next.substring(0, apostrophe);
    }
    boolean reachesYou = reachesYouThere(words, i);
    // "an email we can send the label to", "a mobile we could text": any one the brand can reach
    boolean definite = before.equals("the") || YOUR_SPELLINGS.contains(before) || before.equals("your");
    if (!(definite || reachesYou && Set.of("a", "an", "any", "another").contains(before)) || !RELATIVE_OPENERS.contains(next)) {
      return null;
    }
    if (phrase == BARE_EMAIL && !reachesYou && (next.equals("we") || next.equals("i") || next.equals("our") || !emailAsAddress(words, i))) {
      return null;
    }
    if (!tagged) {
      return phrase;
    }
    // the tagger may call "mobile" an adjective; "a mobile we can text" is a noun all the same
    if (!isNoun(head) && !reachesYou) {
      return null;
    }
    if (next.equals("where")) {
      // "the address where the signal keeps dropping": the tagger may miss the clause's verb
      return phrase;
    }
    // a verb within the next few words makes it a clause: "the address the parcel went to"
    for (int k = i + 2; k < Math.min(words.size(), i + 5); k++) {
      Word w = words.get(k);
      if (w.pos().equals("VERB") || w.pos().equals("AUX")) {
        return phrase;
      }
      if (w.isPunctuation()) {
        return null;
      }
    }
    return null;
  }

  /**
   * "… we can send the label to", "… we could reach you on", "… I can call": a relative clause in
   * which the brand will use the data to reach the customer (a modal, then a call verb or a
   * preposition left at the end), so the data is the customer's contact, not a message.
   */
  static boolean reachesYouThere(List<Word> words, int i) {
    if (i + 3 >= words.size() || !Set.of("we", "i").contains(words.get(i + 1).lower())
        || !(MODALS.contains(words.get(i + 2).lower()) || words.get(i + 2).lower().equals("'ll"))) {
      return false;
    }
    for (int k = i + 3; k < Math.min(words.size(), i + 12); k++) {
      Word w = words.get(k);
      if (w.isPunctuation()) {
        return Set.of("to", "on", "at").contains(words.get(k - 1).lower());
      }
      if (w.isAnyOf(CALL_VERBS)) {
        return true;
      }
    }
    return false;
  }

  static final Set<String> ADDRESS_USES =
      Set.of("use", "sign", "register", "log", "login", "book", "order", "set", "create", "give", "enter", "link",
          "associate", "have", "buy", "pay", "subscribe", "go");
  /** "the email you signed up with" is an address; "the email you got from that number" a message. */
  static boolean emailAsAddress(List<Word> words, int i) {
    boolean used = false;
    for (int k = i + 1; k < Math.min(words.size(), i + 7); k++) {
      Word w = words.get(k);
      if (w.isPunctuation()) {
        break;
      }
      if (w.isAnyOf(MESSAGE_USES)) {
        return false;
      }
      used |= w.isAnyOf(ADDRESS_USES) || w.lower().equals("on");
    }
    return used;
  }

  /** "the number you'd like us to call", "the number we can reach you on": a phone number. */
  static boolean callVerbAhead(List<Word> words, int i) {
    for (int k = i + 2; k < Math.min(words.size(), i + 8); k++) {
      Word w = words.get(k);
      if (w.isPunctuation()) {
        return false;
      }
      if (w.isAnyOf(CALL_VERBS)) {
        return true;
      }
    }
    return false;
  }

  static final Phrase DOCUMENT_REFERENCE = new Phrase("reference", new String[] {"number"}, Integer.MAX_VALUE);
  static final Phrase DOCUMENT_CODE = new Phrase("account", new String[] {"code"}, Integer.MAX_VALUE);
  /** Identifiers a customer reads off something the brand sent them. */
  static final Set<String> DOCUMENT_HEADS = Set.of("number", "code", "reference", "ref", "pin", "id", "digit");
  /** What such an identifier is printed on or sent in: "the number on the letter", "the code from the SMS". */
  static final Set<String> DOCUMENTS =
      Set.of("letter", "email", "e-mail", "confirmation", "receipt", "invoice", "bill", "statement", "sms", "text",
          "message", "ticket", "booking", "form", "notice", "paperwork", "document", "contract", "voucher", "label",
          "parcel", "package", "box", "screen", "app", "card");
  /** Codes anybody may quote: a promo code on an email is no secret. */
  static final Set<String> PUBLIC_CODES = Set.of("promo", "discount", "voucher", "coupon", "offer", "gift", "product",
      "model", "serial", "error", "tracking", "qr", "bar", "barcode");
  static final Set<String> PRINTED = Set.of("printed", "shown", "written", "listed", "quoted", "given", "stated",
      "found", "displayed", "showing", "mentioned", "sent", "at", "the", "top", "bottom", "of");

  /**
   * "the number printed on the letter", "the code from the SMS", "the reference in the email we
   * sent": an identifier the customer holds, read off a message or document. The index of the
   * document word, or -1.
   */
  static int documentAfter(List<Word> words, int i) {
    Word head = words.get(i);
    // every word of a sentence is tried: plain look-ups, the plural by hand ("digits", "codes")
    String lower = head.lower();
    boolean isHead = DOCUMENT_HEADS.contains(lower) || DOCUMENT_HEADS.contains(head.lemma())
        || lower.endsWith("s") && DOCUMENT_HEADS.contains(lower.substring(0, lower.length() - 1));
    if (!isHead || i + 1 >= words.size() || i > 0 && PUBLIC_CODES.contains(words.get(i - 1).lower())) {
      return -1;
    }
    int k = i + 1;
    while (k < words.size() && k <= i + 3 && PRINTED.contains(words.get(k).lower())) {
      k++;
    }
    if (k >= words.size() || !Set.of("on", "in", "from", "inside").contains(words.get(k).lower())) {
      return -1;
    }
    k++;
    if (k < words.size() && Set.of("the", "your", "ur", "that", "this", "a", "an").contains(words.get(k).lower())) {
      k++;
    }
    for (int d = k; d < Math.min(words.size(), k + 2); d++) {
      if (words.get(d).isAnyOf(DOCUMENTS)) {
        // "the number on the card" is the card's own number: the card phrases name it
        return words.get(d).is("card") ? -1 : d;
      }
    }
    return -1;
  }

  static boolean isDataWordAhead(List<Word> words, int i) {
    String w = words.get(i).lemma();
    return w.equals("number") || w.equals("address") || w.equals("code") || w.equals("detail") || w.equals("details");
  }
}
