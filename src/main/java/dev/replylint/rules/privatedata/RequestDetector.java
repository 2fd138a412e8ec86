package dev.replylint.rules.privatedata;

import dev.replylint.rules.privatedata.SentenceWords.Word;
import dev.replylint.text.Draft;
import dev.replylint.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds sentences that ask the customer to post private data where everyone can read it: a
 * request (an imperative or question with a verb such as share, send, confirm, let us know; a
 * "what/which …" question; "we need …") whose object is a private-data noun phrase ("the email
 * address on the account", "the last 4 digits of the card"). Matching is on lemmas, so tense,
 * number and word order do not matter, and words may sit between the parts.
 *
 * <p>Not requests: the same words routed to a private channel ("DM us your order number", "via
 * the secure link"), negated ("never share your PIN"), informative ("we've sent it to your email
 * address", "you'll find your order number…", "thanks for confirming your email"), or about the
 * brand's own data ("our phone number").
 *
 * <p>Only sentences that contain one of the data nouns as plain text are tokenised and
 * lemmatised, so a draft without such a word costs one scan of its text.
 */
public final class RequestDetector {
  /** A kind of private data and the phrases (in base form) that name it. */
  public record DataNoun(String kind, List<String> phrases) {}

  /** A sentence asking for private data in public. */
  public record Request(int start, int end, String dataKind) {
    /** The request covering the sentence [start, end) of the text, without its surrounding blanks. */
    static Request ofSentence(String text, int start, int end, String dataKind) {
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return new Request(start, end, dataKind);
    }
  }

  /** A data phrase; {@code order} is its place in the lists, which breaks ties between matches. */
  private record Phrase(String kind, String[] words, int order) {}

  private record PhraseMatch(Phrase phrase, int first, int last, int gaps) {}

  private static final int MAX_GAP = 2;
  private static final int MAX_VERB_DISTANCE = 16;
  /** ", when you have a moment and if it's to hand,": asides run to a dozen words and more. */
  private static final int MAX_ASIDE = 18;

  private static final Set<String> REQUEST_VERBS =
      Set.of(
          "share", "send", "provide", "give", "post", "tweet", "reply", "respond", "confirm", "verify", "tell",
          "include", "list", "drop", "leave", "write", "comment", "mention", "supply", "submit", "quote", "state",
          "advise", "forward", "ask", "doublecheck", "shoot", "specify", "pop", "know", "describe", "remind", "chuck", "bung", "flick", "ping", "tag", "stick", "fire", "jot", "whack");
  private static final Set<String> FETCH_VERBS = Set.of("get", "have", "grab", "take", "see");
  private static final Set<String> NEED_VERBS = Set.of("need", "require");
  private static final Set<String> ANY_REQUEST_VERB = union(REQUEST_VERBS, FETCH_VERBS, NEED_VERBS, Set.of("pass"));

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    java.util.HashSet<String> all = new java.util.HashSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    return Set.copyOf(all);
  }
  private static final Set<String> MODALS = Set.of("can", "could", "may", "might", "would", "will", "should", "must", "shall");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "avoid", "without", "refrain", "nobody", "nothing");
  private static final Set<String> AUXILIARIES =
      Set.of("have", "will", "would", "be", "just", "already", "also", "can", "could", "may", "might", "shall",
          "should", "do", "recently", "then", "'ve", "'ll", "'d", "'m", "'s", "still", "now", "only", "kindly");
  private static final Set<String> BEFORE_GERUND = Set.of("for", "after", "once", "since");
  private static final Set<String> DESTINATIONS = Set.of("to", "at", "on", "in", "from", "into", "via", "onto", "under", "against", "through");
  private static final Set<String> MODIFIERS =
      Set.of("your", "ur", "yr", "the", "my", "a", "an", "this", "that", "new", "registered", "reg", "same", "own", "correct",
          "current", "old", "primary", "main", "preferred", "best", "full", "right", "exact", "valid", "updated",
          "complete", "'s", "any", "other", "alternative", "alternate", "contact");
  /** Words that may sit inside a data phrase: "your best number", "the email (that) you used". */
  private static final Set<String> GAP_WORDS =
      Set.of("your", "ur", "yr", "the", "a", "an", "new", "registered", "reg", "same", "own", "correct", "current", "old", "primary",
          "main", "preferred", "best", "full", "right", "exact", "valid", "updated", "complete", "'s", "other",
          "alternative", "alternate", "contact", "mobile", "cell", "home", "work", "personal", "daytime", "you",
          "that", "we", "i", "have", "had", "originally", "last", "first", "16-digit", "16digit", "long",
          // "a number we could call you on"
          "can", "could", "may", "might", "will", "would", "'ll",
          // "one-time code" in three tokens; "the code we just texted you"
          "-", "just");
  /** Words that open a clause of its own: what follows is not the request verb's object. */
  private static final Set<String> CLAUSE_MARKERS =
      Set.of("so", "because", "if", "whether", "when", "while", "until", "once", "since", "as", "unless");
  private static final Set<String> OTHER_SUBJECTS = Set.of("we", "i", "they", "he", "she", "it", "someone", "agent", "anyone", "anybody", "somebody", "people", "scammers", "nobody");
  private static final Set<String> PUBLIC_MARKERS =
      Set.of("here", "below", "publicly", "public", "tweet", "comment", "thread", "reply", "replies");
  /** Public markers that a pointer back to a private channel does not outweigh ("reply there" is not). */
  private static final Set<String> PLAINLY_PUBLIC = Set.of("here", "below", "publicly", "public", "tweet", "comment");
  /** Nouns for a private channel that "that …", "the same …" can point back to. */
  private static final Set<String> CHANNEL_NOUNS =
      Set.of("dm", "dms", "message", "chat", "conversation", "thread", "inbox", "form", "link", "email", "window");
  /** Words after "there" that make it existential ("is there …", "there's no …"), not a place. */
  private static final Set<String> EXISTENTIAL_FOLLOWERS =
      Set.of("be", "is", "are", "was", "were", "'s", "seem", "will", "may", "might", "should", "must", "could", "would");
  /** Openers of an aside between a verb and its object: "share, when you get a sec, the email …". */
  private static final Set<String> ASIDE_CLOSERS = Set.of(",", ")", "—", "–", "-");
  private static final Set<String> WH_WORDS = Set.of("what", "which");
  private static final Set<String> WH_BRIDGE_TAGS = Set.of("ADJ", "DET", "PRON", "AUX", "NUM", "ADV", "PART");
  private static final Set<String> PRONOUN_OBJECTS = Set.of("it", "that", "them", "this", "those", "these");

  /** Words too common to say a sentence may name private data; a phrase's other word is its trigger. */
  private static final Set<String> NOT_TRIGGERS =
      Set.of("your", "the", "what", "which", "best", "on", "to", "of", "use", "link", "associate", "register",
          "tie", "attach", "connect", "reach", "call", "full", "home", "last", "four", "4", "date", "no", "account",
          "we", "can", "text", "you", "ring", "contact", "card", "front", "word", "answer", "question", "phrase");

  private final List<Phrase> phrases = new ArrayList<>();
  /** The phrases by their first word: a sentence's words look up the few that may start at them. */
  private final java.util.Map<String, List<Phrase>> phrasesByFirstWord = new java.util.HashMap<>();
  private final List<String[]> channelCues = new ArrayList<>();
  private final List<String> triggers = new ArrayList<>();
  /** The triggers by their first (ASCII) character; {@code otherTriggers} start with any other. */
  @SuppressWarnings("unchecked")
  private final List<String>[] triggersByFirstChar = new List[128];
  private final List<String> otherTriggers = new ArrayList<>();
  private final List<String> plainCues = new ArrayList<>();

  public RequestDetector(List<DataNoun> nouns, List<String> privateChannelCues) {
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
    for (String cue : privateChannelCues) {
      channelCues.add(split(cue));
      plainCues.add(String.join(" ", split(cue)));
    }
  }

  private static String[] split(String phrase) {
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

  public List<Request> find(Draft draft) {
    String text = draft.text();
    if (!mayMentionData(text.toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    List<Span> sentences = draft.sentences();
    List<Request> requests = new ArrayList<>();
    List<List<Word>> tokens = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      tokens.add(null);
    }
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      String lowerSentence = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
      if (!mayMentionData(lowerSentence)) {
        continue;
      }
      if (namesPrivateChannel(lowerSentence)) {
        // "DM us your order number, and reply here with your date of birth": the DM covers its
        // own clause; a later clause that asks for an answer here is a public request
        Span clause = publicClause(text, s);
        if (clause != null) {
          List<Word> clauseWords = SentenceWords.of(draft, clause);
          String kind = requestedData(clauseWords, false);
          if (kind != null) {
            requests.add(new Request(clause.start(), clause.end(), kind));
          }
        }
        continue;
      }
      // Tokens first: most sentences that name a data noun either name no phrase of the list or
      // route it to a private channel themselves, and then the lemmatizer is not needed.
      List<Word> plain = tokens(draft, sentences, tokens, i);
      boolean mayRequest = mayRequest(plain);
      if (!mayRequest && !(i > 0 && mayAnnounce(text, sentences.get(i - 1)) || i > 1 && mayAnnounce(text, sentences.get(i - 2))
              || i + 1 < sentences.size() && mayPointBack(text, sentences.get(i + 1)))
          || phraseMatches(plain, false).isEmpty() || hasChannelCue(plain, false)) {
        continue;
      }
      // the neighbours are read only for a sentence that names data: "We need two things first.
      // The email you booked with." (the sentence before announces the ask); "Order number handy?
      // Stick it below." (the next sentence asks for what this one names)
      boolean announced = i > 0 && announcesAnAsk(tokens(draft, sentences, tokens, i - 1))
          || i > 1 && isAside(text, sentences.get(i - 1)) && announcesAnAsk(tokens(draft, sentences, tokens, i - 2));
      boolean askedNext = i + 1 < sentences.size() && asksForIt(tokens(draft, sentences, tokens, i + 1));
      if (!(announced || askedNext || mayRequest)) {
        continue;
      }
      List<Word> words = SentenceWords.of(draft, s);
      String kind = requestedData(words, announced);
      if (kind == null && askedNext) {
        kind = namedForTheNextSentence(words);
      }
      if (kind == null) {
        continue;
      }
      // "We've sent you a DM. Could you reply there with your date of birth?": the answer goes
      // where the sentence before sent the customer, whoever opened that channel
      if (pointsBackToAChannel(words)
          && words.stream().noneMatch(w -> PLAINLY_PUBLIC.contains(w.lower()))
          && (i > 0 && mentionsPrivateChannel(text, sentences.get(i - 1))
              || i > 1 && mentionsPrivateChannel(text, sentences.get(i - 2)))) {
        continue;
      }
      if (!hasPublicMarker(plain)
          && ((i > 0 && hasChannelCue(tokens(draft, sentences, tokens, i - 1), true))
              || (i + 1 < sentences.size() && hasChannelCue(tokens(draft, sentences, tokens, i + 1), true))
              // "Please DM us. Sorry for the trouble! Could you include …": a pleasantry between
              || (i > 1 && isAside(text, sentences.get(i - 1)) && hasChannelCue(tokens(draft, sentences, tokens, i - 2), true)))) {
        continue;
      }
      // "Your PIN? Never share it with anyone.": a verbless question answered by a warning
      if (i + 1 < sentences.size() && words.stream().noneMatch(w -> w.pos().equals("VERB") || w.pos().equals("AUX"))
          && opensWithANegation(tokens(draft, sentences, tokens, i + 1))) {
        continue;
      }
      requests.add(Request.ofSentence(text, s.start(), s.end(), kind));
    }
    return requests;
  }

  private static final java.util.regex.Pattern CLAUSE_JOIN =
      java.util.regex.Pattern.compile("(?:,|;|\\s-|\\s–)\\s+(?:and\\s+|but\\s+|then\\s+|plus\\s+|also\\s+)*|\\s+(?:but|and\\s+then)\\s+");

  private static final java.util.regex.Pattern ANSWER_HERE =
      java.util.regex.Pattern.compile(
          "\\b(?:here|below|publicly|in\\s+(?:the|a)\\s+(?:comments?|replies|reply|thread|tweet))\\b");

  /**
   * In a sentence that names a private channel, the last clause that asks for an answer in public
   * ("…, and reply here with …") and names no channel itself; null when there is none.
   */
  private Span publicClause(String text, Span sentence) {
    String body = text.substring(sentence.start(), sentence.end());
    java.util.regex.Matcher join = CLAUSE_JOIN.matcher(body);
    int clauseStart = -1;
    while (join.find()) {
      clauseStart = join.end();
    }
    if (clauseStart <= 0) {
      return null;
    }
    String lowerClause = body.substring(clauseStart).toLowerCase(Locale.ROOT);
    if (!ANSWER_HERE.matcher(lowerClause).find() || namesPrivateChannel(lowerClause) || !mayMentionData(lowerClause)) {
      return null;
    }
    int end = sentence.end();
    while (end > sentence.start() + clauseStart && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(sentence.start() + clauseStart, end);
  }

  /** A short sentence that names no data: "Sorry for the trouble!", "Thanks, Jo." */
  private boolean isAside(String text, Span sentence) {
    String lower = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
    return lower.trim().split("\\s+").length <= 8 && !mayMentionData(lower);
  }

  /** Irregular forms of the request verbs, which the token-level check cannot derive. */
  private static final Set<String> IRREGULAR_FORMS =
      Set.of("sent", "gave", "given", "told", "wrote", "written", "left", "known", "knew", "had", "got", "gotten",
          "took", "taken", "saw", "seen", "put", "required", "needed");

  /**
   * On plain text: does the sentence name a private channel ("DM us", "via the secure link")? Then
   * whatever it asks for is asked privately, and it needs no tokens at all.
   */
  boolean namesPrivateChannel(String lowerSentence) {
    if (lowerSentence.contains("http://") || lowerSentence.contains("https://") || lowerSentence.contains("www.")) {
      return true;
    }
    String compact = lowerSentence.replace('’', '\'').replaceAll("\\s+", " ");
    for (String cue : plainCues) {
      for (int at = compact.indexOf(cue); at >= 0; at = compact.indexOf(cue, at + 1)) {
        int end = at + cue.length();
        if (end < compact.length() && compact.charAt(end) == 's') {
          end++;
        }
        boolean startsWord = at == 0 || !Character.isLetterOrDigit(compact.charAt(at - 1));
        boolean endsWord = end >= compact.length() || !Character.isLetterOrDigit(compact.charAt(end));
        if (startsWord && endsWord && !(SOURCE_CUES.contains(cue) && READ_OFF.matcher(compact.substring(Math.max(0, at - 48), at)).find())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Channel words that also name a message the customer received, and so where data is read off. */
  private static final Set<String> SOURCE_CUES = Set.of("sms", "text message", "link", "form", "inbox", "messenger", "chat", "whatsapp");

  /** "the code from the SMS", "the number in the form": the message holds the data, the answer goes elsewhere. */
  private static final java.util.regex.Pattern READ_OFF =
      java.util.regex.Pattern.compile(
          "\\b(?:code|number|pin|reference|ref|digits|id|otp|password|passcode)s?\\s+(?:(?:printed|shown|written|listed|quoted|given|sent|found|we|you|got|received)\\s+){0,2}"
              + "(?:on|in|from|inside)\\s+(?:(?:the|your|ur|that|this|a|an|our)\\s+)?(?:[a-z]+\\s+)?$");

  /**
   * A private channel named in any form, the brand's move included: "we've DMed you", "check
   * your inbox", "we've messaged you", "a private chat".
   */
  boolean mentionsPrivateChannel(String text, Span sentence) {
    String lower = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT).replace('’', '\'');
    if (namesPrivateChannel(lower)) {
      return true;
    }
    for (String form :
        new String[] {"dmed", "dm'd", "dm'ed", "dm-ed", "messaged you", "pmed", "pm'd", "emailed you", "e-mailed you",
            "texted you", "sent you a message", "sent you an email", "sent you an e-mail", "sent you a text"}) {
      int at = lower.indexOf(form);
      if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that point back at a channel already named: "reply there", "once you're there", "in
   * it", "that message", "the same chat". Existential "there" ("is there a number …") is not one.
   */
  private static boolean pointsBackToAChannel(List<Word> words) {
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1).lower() : "";
      if (w.lower().equals("there")) {
        boolean existential =
            EXISTENTIAL_FOLLOWERS.contains(next)
                || EXISTENTIAL_FOLLOWERS.contains(i + 1 < words.size() ? words.get(i + 1).lemma() : "")
                || i > 0 && words.get(i - 1).is("be") && (i < 2 || !Set.of("you", "we", "i", "they").contains(words.get(i - 2).lower()));
        if (!existential) {
          return true;
        }
      }
      if ((w.lower().equals("in") || w.lower().equals("into")) && next.equals("it") && i + 2 >= words.size() - 1) {
        return true;
      }
      if ((w.lower().equals("that") || w.lower().equals("same")) && CHANNEL_NOUNS.contains(next)) {
        return true;
      }
      // "reply to it with …", "answer it with …": the message just named
      if ((w.is("reply") || w.is("respond") || w.is("answer")) && !w.pos().equals("NOUN")) {
        int k = next.equals("to") ? i + 2 : i + 1;
        if (k < words.size() && Set.of("it", "that", "this", "them").contains(words.get(k).lower())) {
          return true;
        }
      }
    }
    return false;
  }

  /** On tokens alone: is there any word that could make this sentence a request? */
  private static boolean mayRequest(List<Word> plain) {
    for (int i = 0; i < plain.size(); i++) {
      Word w = plain.get(i);
      String lower = w.lower();
      if (WH_WORDS.contains(lower) || lower.startsWith("what'") || IRREGULAR_FORMS.contains(lower) || lower.contains("?")
          || lower.equals("enough") || lower.equals("suffice")
          || lower.equals("do") && i > 0 && Set.of("will", "would", "'ll", "should").contains(plain.get(i - 1).lower())) {
        return true;
      }
      // "your account number and DOB, please": only a please that ends its clause, not "please check …"
      if (PLEASE.contains(lower)
          && (i + 1 == plain.size() || plain.get(i + 1).isPunctuation()
              || Set.of("and", "so", "thanks", "thank", "ta").contains(plain.get(i + 1).lower()))) {
        return true;
      }
      if (w.isAnyOf(ANY_REQUEST_VERB)
          || WELCOME_MODALS.contains(lower) && i + 1 < plain.size() && (Set.of("help", "be").contains(plain.get(i + 1).lower())
              || i + 2 < plain.size() && Set.of("help", "be").contains(plain.get(i + 2).lower()))) {
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

  private static List<Word> tokens(Draft draft, List<Span> sentences, List<List<Word>> cache, int i) {
    if (cache.get(i) == null) {
      cache.set(i, SentenceWords.tokensOf(draft, sentences.get(i)));
    }
    return cache.get(i);
  }

  /** The kind of data the sentence asks for, or null when it asks for none. */
  String requestedData(List<Word> words, boolean askAnnounced) {
    for (PhraseMatch match : phraseMatches(words, true)) {
      if (isRequested(words, match, askAnnounced)) {
        return match.phrase().kind();
      }
    }
    return null;
  }

  private List<PhraseMatch> phraseMatches(List<Word> words, boolean tagged) {
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
   * The phrases whose first word this word may be ({@link #isPhraseWord} decides): looked up by
   * the word, its lemma, their forms without an inflection ("linked" → link, linke, "dropped" →
   * drop) and the possessive's owner.
   */
  private void phrasesStartingAt(Word w, List<Phrase> out) {
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
    if (w.lower().endsWith("'s") && w.lower().length() > 2) {
      addPhrasesFor(w.lower().substring(0, w.lower().length() - 2), out);
    }
  }

  private void addPhrasesFor(String word, List<Phrase> out) {
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

  private static PhraseMatch matchAt(List<Word> words, Phrase phrase, int first, boolean tagged) {
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

  /** Words the tagger may call nouns after a data phrase that modify nothing: "your order number handy?" */
  private static final Set<String> NOT_NOUNS_AFTER =
      Set.of("handy", "ready", "please", "pls", "plz", "thanks", "thx", "too", "also", "asap", "below", "here", "now", "again");

  private static final Phrase BARE_ADDRESS = new Phrase("address", new String[] {"address"}, Integer.MAX_VALUE);
  private static final Phrase BARE_EMAIL = new Phrase("email", new String[] {"email"}, Integer.MAX_VALUE);
  private static final Phrase BARE_NUMBER = new Phrase("phone", new String[] {"number"}, Integer.MAX_VALUE);
  private static final Set<String> CALL_VERBS = Set.of("call", "ring", "text", "reach", "contact", "phone");
  private static final Set<String> RELATIVE_OPENERS =
      Set.of("that", "which", "where", "you", "u", "it", "they", "we", "i", "he", "she", "your", "the", "our");

  /**
   * "the address you're having trouble with", "the email that's on the booking", "the address
   * the engineer should have gone to": a bare "address" or "email" is private when a relative
   * clause says whose it is. "The email we sent" is the brand's message, not an address.
   */
  private static Phrase headOfRelativeClause(List<Word> words, int i, boolean tagged) {
    Word head = words.get(i);
    Phrase phrase = head.lower().equals("address") || head.lower().equals("addresses") ? BARE_ADDRESS
        : head.lower().equals("email") || head.lower().equals("e-mail") ? BARE_EMAIL
        : head.lower().equals("number") && callVerbAhead(words, i) ? BARE_NUMBER : null;
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
    if (!(before.equals("the") || YOUR_SPELLINGS.contains(before) || before.equals("your")) || !RELATIVE_OPENERS.contains(next)) {
      return null;
    }
    if (phrase == BARE_EMAIL && (next.equals("we") || next.equals("i") || next.equals("our") || !emailAsAddress(words, i))) {
      return null;
    }
    if (!tagged) {
      return phrase;
    }
    if (!isNoun(head)) {
      return null;
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

  private static final Set<String> ADDRESS_USES =
      Set.of("use", "sign", "register", "log", "login", "book", "order", "set", "create", "give", "enter", "link",
          "associate", "have", "buy", "pay", "subscribe", "go");
  private static final Set<String> MESSAGE_USES = Set.of("receive", "get", "see", "read", "open", "forward", "send", "reply");

  /** "the email you signed up with" is an address; "the email you got from that number" a message. */
  private static boolean emailAsAddress(List<Word> words, int i) {
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
  private static boolean callVerbAhead(List<Word> words, int i) {
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

  private static final Phrase DOCUMENT_REFERENCE = new Phrase("reference", new String[] {"number"}, Integer.MAX_VALUE);
  private static final Phrase DOCUMENT_CODE = new Phrase("account", new String[] {"code"}, Integer.MAX_VALUE);
  /** Identifiers a customer reads off something the brand sent them. */
  private static final Set<String> DOCUMENT_HEADS = Set.of("number", "code", "reference", "ref", "pin", "id", "digit");
  /** What such an identifier is printed on or sent in: "the number on the letter", "the code from the SMS". */
  private static final Set<String> DOCUMENTS =
      Set.of("letter", "email", "e-mail", "confirmation", "receipt", "invoice", "bill", "statement", "sms", "text",
          "message", "ticket", "booking", "form", "notice", "paperwork", "document", "contract", "voucher", "label",
          "parcel", "package", "box", "screen", "app", "card");
  /** Codes anybody may quote: a promo code on an email is no secret. */
  private static final Set<String> PUBLIC_CODES = Set.of("promo", "discount", "voucher", "coupon", "offer", "gift", "product",
      "model", "serial", "error", "tracking", "qr", "bar", "barcode");
  private static final Set<String> PRINTED = Set.of("printed", "shown", "written", "listed", "quoted", "given", "stated",
      "found", "displayed", "showing", "mentioned", "sent", "at", "the", "top", "bottom", "of");

  /**
   * "the number printed on the letter", "the code from the SMS", "the reference in the email we
   * sent": an identifier the customer holds, read off a message or document. The index of the
   * document word, or -1.
   */
  private static int documentAfter(List<Word> words, int i) {
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

  /**
   * "What number did the scam text come from?", "Which email did you get from us?": the question
   * is about another's number or a message, not the customer's own data.
   */
  private static boolean someoneElsesOrAMessage(List<Word> words, int last) {
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
  private static final Set<String> PUBLIC_PLACES =
      Set.of("store", "shop", "branch", "restaurant", "outlet", "depot", "office", "pharmacy", "dealership", "showroom",
          "station", "airport", "location", "venue", "boutique", "cafe", "café", "warehouse", "centre", "center", "site",
          "hub", "terminal", "counter", "desk", "supermarket", "superstore", "stores", "shops", "branches");

  /** The address or number of a place the brand runs, which anybody may look up: not the customer's. */
  private static boolean ofAPublicPlace(List<Word> words, PhraseMatch match) {
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

  private static final Set<String> ASK_NOUNS =
      Set.of("thing", "things", "bit", "bits", "detail", "details", "check", "checks", "question", "questions", "info",
          "information");

  /**
   * "We need a couple of things.", "Two quick checks first.", "Just one more thing from you.": a
   * sentence that says an ask follows, so a bare list of data after it is that ask.
   */
  private static boolean announcesAnAsk(List<Word> words) {
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

  private static final Set<String> FOLLOW_UP_SUBJECTS = Set.of("we", "i", "we'll", "i'll", "we'd", "i'd");
  private static final Set<String> RELATIVE_WORDS = Set.of("it", "that", "which", "you", "we", "they", "i", "u", "it's", "you're", "we're", "you've", "we've");
  private static final Set<String> LIST_JOINERS = Set.of(",", ";", "and", "then", "so", "-", "–", "—");

  /** Where a list ending at {@code first} may open: after the last colon before it, else at the start. */
  private static int afterLastColon(List<Word> words, int first) {
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
  private static boolean verblessList(List<Word> words, int first, boolean askAnnounced) {
    int from = afterLastColon(words, first);
    if (!listOpensAt(words, from, first)) {
      return false;
    }
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

  private static boolean onlyPunctuationFrom(List<Word> words, int j) {
    for (int k = j; k < words.size(); k++) {
      if (!words.get(k).isPunctuation()) {
        return false;
      }
    }
    return true;
  }

  /** Before a bare list: a greeting, a handle, modifiers, or a possessive owner ("the card's expiry date"). */
  private static boolean listOpensAt(List<Word> words, int from, int first) {
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
          || Set.of("and", "&", "+", "/").contains(lower));
      if (!(possessive || earlierItem || MODIFIERS.contains(lower) || YOUR_SPELLINGS.contains(lower) || w.isPunctuation()
          || lower.startsWith("@") || w.pos().equals("PROPN") || w.pos().equals("INTJ") || PLEASE.contains(lower)
          || Set.of("hi", "hey", "hello", "ok", "okay", "just", "only", "so").contains(lower))) {
        return false;
      }
      content |= !w.isPunctuation() && !lower.startsWith("@") && !Set.of("hi", "hey", "hello", "ok", "okay").contains(lower);
    }
    return true;
  }


  /** Text-speak for the possessive: "ur email", "yr postcode". */
  private static final Set<String> YOUR_SPELLINGS = Set.of("ur", "yr", "youre", "you're");

  private static boolean isPhraseWord(Word w, String phraseWord) {
    if (w.is(phraseWord) || phraseWord.equals("your") && YOUR_SPELLINGS.contains(w.lower()) && !w.pos().equals("VERB")) {
      return true;
    }
    // plain tokens keep the possessive on the word: "holder's", "card's"
    String lower = w.lower();
    return lower.endsWith("'s") && lower.length() > 2 && lower.substring(0, lower.length() - 2).equals(phraseWord);
  }

  private static boolean isNoun(Word w) {
    return (w.pos().equals("NOUN") || w.pos().equals("PROPN")) && !w.isPunctuation();
  }

  private static boolean isDataWordAhead(List<Word> words, int i) {
    String w = words.get(i).lemma();
    return w.equals("number") || w.equals("address") || w.equals("code") || w.equals("detail") || w.equals("details");
  }

  private boolean isRequested(List<Word> words, PhraseMatch match, boolean askAnnounced) {
    int first = match.first();
    if (ownedByBrandOrADestination(words, first) || valueGiven(words, match.last()) || theDevice(words, match)
        || ofAPublicPlace(words, match)
        || first > 0 && match.phrase().words()[0].equals("code") && PUBLIC_CODES.contains(words.get(first - 1).lower())) {
      return false;
    }
    String head = match.phrase().words()[0];
    if (WH_WORDS.contains(head)) {
      return !someoneElsesOrAMessage(words, match.last());
    }
    if (whQuestion(words, first) || verblessQuestion(words, first) || existentialQuestion(words, first, match.last())
        || verblessPlease(words, first) || anyChanceOf(words, first) || verblessList(words, first, askAnnounced)) {
      return true;
    }
    if (sufficesAfter(words, first, match.last()) || allWeNeed(words, match.last())) {
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
      if (CLAUSE_MARKERS.contains(words.get(v).lower()) && !listed) {
        break;
      }
      if (isRequestVerb(words, v) && !informative(words, v)) {
        return true;
      }
      if (governedByAnotherVerb(words, v)) {
        break;
      }
    }
    // "your account number is needed to …": the request in the passive
    for (int v = match.last() + 2; v < Math.min(words.size(), match.last() + 4); v++) {
      if (NEED_VERBS.contains(words.get(v).lemma()) && words.get(v - 1).is("be")
          && !lookBackFor(words, v, 2, NEGATIONS)) {
        return true;
      }
    }
    // "Our team needs the IBAN — can you share it?": the verb comes after, with a pronoun object
    for (int v = match.last() + 1; v < words.size() - 1; v++) {
      if (REQUEST_VERBS.contains(words.get(v).lemma()) && PRONOUN_OBJECTS.contains(words.get(v + 1).lower())
          && !informative(words, v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "… we'll keep your phone number on file", "we need to check the postcode": a verb of its own,
   * with "we"/"I"/"they" as subject or in the infinitive, takes the data as its object.
   */
  private static boolean governedByAnotherVerb(List<Word> words, int v) {
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

  private static boolean onlyModifiersBetween(List<Word> words, int from, int to) {
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
  private static int asideEndingAt(List<Word> words, int close) {
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

  /** "our phone number", "sent to your email", "(no account number)": not asked for. */
  private static boolean ownedByBrandOrADestination(List<Word> words, int first) {
    for (int j = first - 1; j >= 0; j--) {
      Word w = words.get(j);
      if (w.is("our") || NEGATIONS.contains(w.lemma()) || NEGATIONS.contains(w.lower())) {
        return true;
      }
      if (MODIFIERS.contains(w.lower()) || MODIFIERS.contains(w.lemma())) {
        continue;
      }
      return DESTINATIONS.contains(w.lower());
    }
    return false;
  }

  /** "the make and model of your phone", "on your mobile": the handset, not its number. */
  private static boolean theDevice(List<Word> words, PhraseMatch match) {
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
  private static boolean valueGiven(List<Word> words, int last) {
    int j = last + 1;
    while (j < words.size() && j <= last + 2 && (words.get(j).is("be") || words.get(j).lower().equals(":")
        || words.get(j).lower().equals("still") || words.get(j).lower().equals("now"))) {
      j++;
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

  /** "What's your …", "Which email …", "What was the email address …": no content verb between. */
  private static final Set<String> WH_SPELLINGS = Set.of("whats", "wats", "wots", "wot", "wat", "wht");

  private static boolean whQuestion(List<Word> words, int first) {
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
  private static boolean existentialQuestion(List<Word> words, int first, int last) {
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

  private static final Set<String> PLEASE = Set.of("please", "pls", "plz", "plse", "pleeease");

  /** "Your account number and DOB, please", "ur email + the last 4 digits pls": a list with a please. */
  private static boolean verblessPlease(List<Word> words, int first) {
    // "Let's get this fixed, Olivia: the postcode …, please": the list may open after a colon
    int from = afterLastColon(words, first);
    if (!onlyAddressBefore(words, from, first)) {
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
  private static boolean sufficesAfter(List<Word> words, int first, int last) {
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
  private static final Set<String> WELCOME_MODALS = Set.of("would", "'d", "could");

  /**
   * "a postcode would help", "the last four digits (of the card you used) would be great": the data
   * named as welcome, with a relative clause or complement between, in the same clause.
   */
  private static boolean welcomed(List<Word> words, int from) {
    for (int m = from; m < Math.min(words.size() - 1, from + 6); m++) {
      Word w = words.get(m);
      if (w.isPunctuation() || CLAUSE_MARKERS.contains(w.lower()) || w.lower().equals("we")) {
        return false;
      }
      if (!WELCOME_MODALS.contains(w.lower())) {
        continue;
      }
      int k = m + 1;
      while (k < words.size() - 1 && Set.of("really", "honestly", "also", "so", "massively", "definitely", "certainly").contains(words.get(k).lower())) {
        k++;
      }
      if (words.get(k).is("help")) {
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

  private static final Set<String> WELCOME_WORDS =
      Set.of("great", "handy", "helpful", "useful", "perfect", "ideal", "brilliant", "amazing", "lovely", "fab", "fantastic",
          "ace", "good", "enough", "help", "awesome", "super", "wonderful");

  /**
   * "Your email and order number are all we need", "the postcode is all we'd require": the data
   * named as everything the brand needs is asked for, with the verb in a clause of its own.
   */
  private static boolean allWeNeed(List<Word> words, int last) {
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
        if (NEED_VERBS.contains(v.lemma()) || v.is("want")) {
          return !lookBackFor(words, n, 3, NEGATIONS);
        }
      }
    }
    return false;
  }

  /** Owners whose data is a customer's: "the account holder's", "your mum's", "the passenger's". */
  private static final Set<String> PERSON_OWNERS =
      Set.of("mum", "mom", "mam", "dad", "mother", "father", "parent", "partner", "wife", "husband", "son", "daughter",
          "child", "kid", "friend", "customer", "passenger", "member", "owner", "user", "guest", "tenant", "landlord",
          "employer", "colleague", "recipient", "sender", "driver", "applicant", "claimant", "beneficiary", "patient",
          "student", "subscriber", "traveller", "traveler", "person", "brother", "sister", "grandma", "grandad");

  private static boolean isPersonOwner(Word w) {
    String lower = w.lower().endsWith("'s") ? w.lower().substring(0, w.lower().length() - 2) : w.lower();
    return PERSON_OWNERS.contains(lower) || PERSON_OWNERS.contains(w.lemma()) || lower.endsWith("holder")
        || lower.endsWith("payer");
  }

  private static final Set<String> SUFFICIENCY_WORDS =
      Set.of("all", "everything", "what", "the", "only", "thing", "things", "that", "just", "really");

  /** "Any chance of the order number?", "any chance of your postcode": the request without its verb. */
  private static boolean anyChanceOf(List<Word> words, int first) {
    int j = first - 1;
    while (j >= 0 && MODIFIERS.contains(words.get(j).lower())) {
      j--;
    }
    return j >= 1 && words.get(j).lower().equals("of") && words.get(j - 1).is("chance");
  }

  /** Before {@code first}: only a greeting, a handle, a name or modifiers ("@jo_m your …"). */
  private static boolean onlyAddressBefore(List<Word> words, int first) {
    return onlyAddressBefore(words, 0, first);
  }

  private static boolean onlyAddressBefore(List<Word> words, int from, int first) {
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

  /** "Your full name, address and the date of purchase?": a list of data asked as a question. */
  private static boolean verblessQuestion(List<Word> words, int first) {
    if (!endsWithQuestionMark(words)) {
      return false;
    }
    for (int j = 0; j < first; j++) {
      Word w = words.get(j);
      if (!(MODIFIERS.contains(w.lower()) || w.isPunctuation() || w.lower().startsWith("@") || w.pos().equals("PROPN")
          || w.pos().equals("INTJ"))) {
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

  private static boolean isRequestVerb(List<Word> words, int v) {
    Word w = words.get(v);
    String lemma = w.lemma();
    if (lemma.equals("pass")) {
      // "pass us your membership number", not "may we pass your details to our supplier?"
      return v + 1 < words.size() && Set.of("us", "me", "over", "along").contains(words.get(v + 1).lower());
    }
    if (lemma.equals("know")) {
      // "let us know", "let our billing team over here know"
      return lookBackFor(words, v, 8, Set.of("let"));
    }
    if (REQUEST_VERBS.contains(lemma) || REQUEST_VERBS.contains(w.lower())
        || w.lower().endsWith("ing") && w.isAnyOf(REQUEST_VERBS) && v > 0 && Set.of("mind", "try", "consider").contains(words.get(v - 1).lemma())) {
      // "pls drop ur email below": after a please the tagger may take the verb for a noun; so it
      // may after an aside or a subject ("could you, when you can, share …")
      return !w.pos().equals("NOUN") || v == 0 || lemma.equals("reply") || PLEASE.contains(words.get(v - 1).lower())
          || Set.of(",", "you", "u", "kindly", "just", "also", "and").contains(words.get(v - 1).lower())
              && !(v + 1 < words.size() && words.get(v + 1).lower().equals("of"));
    }
    if (FETCH_VERBS.contains(lemma)) {
      // "can we get your …", "could I have the …", "may we see …"; "do you have an order number?";
      // "let us have the last four digits"
      return v >= 2
          && (Set.of("us", "me").contains(words.get(v - 1).lower()) && words.get(v - 2).is("let")
              // "is it possible to get your postcode?", "would we be able to have the reference?"
              || words.get(v - 1).lower().equals("to") && Set.of("possible", "able").contains(words.get(v - 2).lower())
                  && endsWithQuestionMark(words)
              || Set.of("we", "i").contains(words.get(v - 1).lower()) && MODALS.contains(words.get(v - 2).lemma())
              || words.get(v - 1).lower().equals("you") && Set.of("do", "have").contains(words.get(v - 2).lemma())
                  // "did you get the code?", "have you got it yet?" ask whether it arrived
                  && !words.get(v - 2).lower().equals("did") && words.stream().noneMatch(other -> other.lower().equals("yet"))
                  && (lemma.equals("have") || lemma.equals("get")) && endsWithQuestionMark(words));
    }
    if (NEED_VERBS.contains(lemma)) {
      // "we'll need your order number", not "you'll need your account number when you call"
      return !lookBackFor(words, v, 3, Set.of("you"));
    }
    return false;
  }

  /** A request verb used to inform, not to ask: negated, with "we" as subject, after "thanks for". */
  private static boolean informative(List<Word> words, int v) {
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
    // "anyone replying asking for your PIN", "emails asking you to confirm …": a participle clause
    // describes a message; "would you mind sharing …" asks
    if (!form.equals(lemma) && form.endsWith("ing") && v > 0
        && !Set.of("mind", "try", "consider").contains(words.get(v - 1).lemma())) {
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
    if (j >= 0 && words.get(j).lower().equals("you") && j + 1 < v && MODALS.contains(words.get(j + 1).lemma())
        && !endsWithQuestionMark(words) && !(j > 0 && words.get(j - 1).lower().equals("if"))) {
      // "you can update your phone number in Settings": a statement about what they may do
      return true;
    }
    if (j >= 0 && (words.get(j).lower().equals("you") || words.get(j).lower().equals("you'll"))
        && lookBackFor(words, v, 4, Set.of("need"))) {
      return true;
    }
    return false;
  }

  private static boolean endsWithQuestionMark(List<Word> words) {
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

  private static boolean lookBackFor(List<Word> words, int from, int distance, Set<String> wanted) {
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

  private boolean hasChannelCue(List<Word> words, boolean onlyAsInstruction) {
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      boolean cue = w.isUrl();
      for (String[] c : channelCues) {
        if (cue) {
          break;
        }
        cue = matchesAt(words, c, i);
      }
      if (!cue || readOff(words, i)) {
        continue;
      }
      // "we'll DM you" in a neighbouring sentence does not move the customer's answer to DM
      if (onlyAsInstruction && (saidByUs(words, i) || i + 1 < words.size() && words.get(i + 1).lower().equals("you"))) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** On plain text, before any tokens: could this sentence announce an ask ({@link #announcesAnAsk})? */
  private static boolean mayAnnounce(String text, Span sentence) {
    String lower = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
    for (String stem : new String[] {"need", "requir", "thing", "bit", "detail", "check", "question", "info"}) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** On plain text: could this sentence ask for "it", "them" or "the new one" ({@link #asksForIt})? */
  private static boolean mayPointBack(String text, Span sentence) {
    String lower = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
    return POINTING_BACK.matcher(lower).find();
  }

  private static final java.util.regex.Pattern POINTING_BACK = java.util.regex.Pattern.compile("\\b(?:it|them|one|those|these|that|em)\\b");

  private static boolean opensWithANegation(List<Word> next) {
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

  private static final Set<String> LEAD_INS =
      Set.of("just", "please", "pls", "plz", "then", "so", "and", "simply", "kindly", "if", "not", "you", "can", "could", "u", "mind");
  /** "reply with the new one": the data of the sentence before, named again. */
  private static final Set<String> ONE_MODIFIERS = Set.of("the", "a", "your", "ur", "new", "right", "correct", "updated", "current", "other", "latest");

  /** "Pop it in a reply.", "Just drop it below and we'll check.": a request verb whose object is a pronoun, in no private channel. */
  private boolean asksForIt(List<Word> next) {
    int k = 0;
    while (k < next.size() && (LEAD_INS.contains(next.get(k).lower()) || next.get(k).isPunctuation())) {
      k++;
    }
    if (k >= next.size() || !next.get(k).isAnyOf(REQUEST_VERBS)) {
      return false;
    }
    int o = k + 1;
    while (o < next.size() && o <= k + 2 && Set.of("us", "me", "over", "across").contains(next.get(o).lower())) {
      o++;
    }
    if (o < next.size() && next.get(o).lower().equals("with")) {
      int one = o + 1;
      while (one < next.size() && ONE_MODIFIERS.contains(next.get(one).lower())) {
        one++;
      }
      if (one > o + 1 && one < next.size() && next.get(one).lower().equals("one")) {
        return !hasChannelCue(next, false);
      }
    }
    return o < next.size() && Set.of("it", "them", "those", "these", "that", "em", "'em").contains(next.get(o).lower())
        && !hasChannelCue(next, false);
  }

  /** For a pronoun in the next sentence: the data this sentence names as a question or a bare list ("Got an order number?"). */
  private String namedForTheNextSentence(List<Word> words) {
    for (PhraseMatch match : phraseMatches(words, true)) {
      int first = match.first();
      if (ownedByBrandOrADestination(words, first) || valueGiven(words, match.last()) || ofAPublicPlace(words, match)) {
        continue;
      }
      if (endsWithQuestionMark(words) || listOpensAt(words, 0, first)) {
        return match.phrase().kind();
      }
    }
    return null;
  }

  /** "the code from the SMS", "the number in the text message": a channel word naming where the data is read off. */
  private static boolean readOff(List<Word> words, int i) {
    String cue = words.get(i).lower();
    if (!(SOURCE_CUES.contains(cue) || cue.equals("text") || cue.equals("sms") || cue.equals("link") || cue.equals("form"))) {
      return false;
    }
    int j = i - 1;
    int skipped = 0;
    while (j >= 0 && skipped < 2 && !Set.of("on", "in", "from", "inside").contains(words.get(j).lower())) {
      j--;
      skipped++;
    }
    if (j < 1 || !Set.of("on", "in", "from", "inside").contains(words.get(j).lower())) {
      return false;
    }
    for (int h = j - 1; h >= Math.max(0, j - 3); h--) {
      if (words.get(h).isAnyOf(DOCUMENT_HEADS) || words.get(h).is("password") || words.get(h).is("passcode") || words.get(h).is("otp")) {
        return true;
      }
      if (!PRINTED.contains(words.get(h).lower()) && !Set.of("we", "you", "got", "received").contains(words.get(h).lower())) {
        return false;
      }
    }
    return false;
  }

  /** "we'll DM you", "I'll send a secure link": the brand's move, written as "we"/"I" (not "us"). */
  private static boolean saidByUs(List<Word> words, int i) {
    // "we'll resend the activation link": the subject may stand a few words back
    for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
      String w = words.get(j).lower();
      if (w.equals("we") || w.equals("i") || w.startsWith("we'") || w.startsWith("i'")) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(List<Word> words, String[] cue, int i) {
    if (i + cue.length > words.size()) {
      return false;
    }
    for (int k = 0; k < cue.length; k++) {
      if (!words.get(i + k).isExactly(cue[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasPublicMarker(List<Word> words) {
    return words.stream().anyMatch(w -> PUBLIC_MARKERS.contains(w.lower()));
  }
}
