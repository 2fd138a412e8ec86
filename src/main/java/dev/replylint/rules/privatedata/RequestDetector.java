package dev.replylint.rules.privatedata;

import static dev.replylint.rules.privatedata.EnglishRequestGrammar.isRequested;
import static dev.replylint.rules.privatedata.EnglishRequestGrammar.mayRequest;
import static dev.replylint.rules.privatedata.NeighbourSentences.announcesAnAsk;
import static dev.replylint.rules.privatedata.NeighbourSentences.asksForIt;
import static dev.replylint.rules.privatedata.NeighbourSentences.mayAnnounce;
import static dev.replylint.rules.privatedata.NeighbourSentences.mayPointBack;
import static dev.replylint.rules.privatedata.NeighbourSentences.namedForTheNextSentence;
import static dev.replylint.rules.privatedata.NeighbourSentences.numberAskedAfterACall;
import static dev.replylint.rules.privatedata.NeighbourSentences.opensWithANegation;
import static dev.replylint.rules.privatedata.PrivateChannels.PLAINLY_PUBLIC;
import static dev.replylint.rules.privatedata.PrivateChannels.hasPublicMarker;
import static dev.replylint.rules.privatedata.PrivateChannels.pointsBackToAChannel;

import dev.replylint.rules.privatedata.DataPhrases.PhraseMatch;
import dev.replylint.rules.privatedata.SentenceWords.Word;
import dev.replylint.text.Draft;
import dev.replylint.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 *
 * <p>This class reads each sentence with its neighbours; the parts live beside it: {@link
 * DataPhrases} (where data is named), {@link PrivateChannels}, {@link EnglishRequestGrammar} (verbs
 * and questions), {@link VerblessRequests} (bare lists), {@link NeighbourSentences} (asks split
 * across sentences) and {@link DataNotAskedFor} (the brand's own data, given values, public places).
 * A sentence the grammar leaves alone that names data and no private channel gets a second opinion
 * from {@link RequestModel}, trained on written examples, for wording no rule was written for.
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

  private final DataPhrases phrases;
  private final PrivateChannels channels;
  private final double modelThreshold;

  public RequestDetector(List<DataNoun> nouns, List<String> privateChannelCues) {
    this(nouns, privateChannelCues, RequestModel.THRESHOLD);
  }

  /** A detector whose model reports a request from this probability (above 1: the grammar alone). */
  RequestDetector(List<DataNoun> nouns, List<String> privateChannelCues, double modelThreshold) {
    phrases = new DataPhrases(nouns);
    channels = new PrivateChannels(privateChannelCues);
    this.modelThreshold = modelThreshold;
  }

  public List<Request> find(Draft draft) {
    String text = draft.text();
    if (!phrases.mayMentionData(text.toLowerCase(Locale.ROOT))) {
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
      if (!phrases.mayMentionData(lowerSentence)) {
        continue;
      }
      if (channels.namesPrivateChannel(lowerSentence)) {
        // "DM us your order number, and reply here with your date of birth": the DM covers its
        // own clause; a later clause that asks for an answer here is a public request
        Span clause = channels.publicClause(text, s, phrases);
        if (clause != null) {
          List<Word> clauseWords = SentenceWords.of(draft, clause);
          String kind = requestedData(clauseWords, false);
          if (kind != null) {
            requests.add(new Request(clause.start(), clause.end(), kind));
          }
        }
        continue;
      }
      List<Word> plain = tokens(draft, sentences, tokens, i);
      Request request = grammarRequest(draft, sentences, tokens, i, plain);
      if (request == null) {
        request = learnedRequest(draft, sentences, tokens, i, plain);
      }
      if (request != null) {
        requests.add(request);
      }
    }
    return requests;
  }

  /** The request the grammar reads in sentence i (which names no private channel), or null. */
  private Request grammarRequest(Draft draft, List<Span> sentences, List<List<Word>> tokens, int i, List<Word> plain) {
    String text = draft.text();
    Span s = sentences.get(i);
    // Tokens first: most sentences that name a data noun either name no phrase of the list or
    // route it to a private channel themselves, and then the lemmatizer is not needed.
    boolean mayRequest = mayRequest(plain);
    // "We'll get the technician to call ahead. Number?": no data phrase, the call before names it
    boolean numberAfterACall = mayRequest && i > 0 && numberAskedAfterACall(plain, tokens(draft, sentences, tokens, i - 1));
    if (!mayRequest && !(i > 0 && mayAnnounce(text, sentences.get(i - 1)) || i > 1 && mayAnnounce(text, sentences.get(i - 2))
            || i + 1 < sentences.size() && mayPointBack(text, sentences.get(i + 1)))
        || phrases.phraseMatches(plain, false).isEmpty() && !numberAfterACall || channels.hasChannelCue(plain, false)) {
      return null;
    }
    // the neighbours are read only for a sentence that names data: "We need two things first.
    // The email you booked with." (the sentence before announces the ask); "Order number handy?
    // Stick it below." (the next sentence asks for what this one names)
    boolean announced = i > 0 && announcesAnAsk(tokens(draft, sentences, tokens, i - 1))
        || i > 1 && isAside(text, sentences.get(i - 1)) && announcesAnAsk(tokens(draft, sentences, tokens, i - 2));
    boolean askedNext = i + 1 < sentences.size() && asksForIt(tokens(draft, sentences, tokens, i + 1), channels);
    if (!(announced || askedNext || mayRequest)) {
      return null;
    }
    List<Word> words = SentenceWords.of(draft, s);
    String kind = requestedData(words, announced);
    if (kind == null && askedNext) {
      kind = namedForTheNextSentence(words, phrases);
    }
    if (kind == null && numberAfterACall) {
      kind = "phone";
    }
    if (kind == null) {
      return null;
    }
    // "We've sent you a DM. Could you reply there with your date of birth?": the answer goes
    // where the sentence before sent the customer, whoever opened that channel
    if (pointsBackToAChannel(words)
        && words.stream().noneMatch(w -> PLAINLY_PUBLIC.contains(w.lower()))
        && (i > 0 && channels.mentionsPrivateChannel(text, sentences.get(i - 1))
            || i > 1 && channels.mentionsPrivateChannel(text, sentences.get(i - 2)))) {
      return null;
    }
    if (!hasPublicMarker(plain)
        && ((i > 0 && channels.hasChannelCue(tokens(draft, sentences, tokens, i - 1), true))
            || (i + 1 < sentences.size() && channels.hasChannelCue(tokens(draft, sentences, tokens, i + 1), true))
            // "Please DM us. Sorry for the trouble! Could you include …": a pleasantry between
            || (i > 1 && isAside(text, sentences.get(i - 1)) && channels.hasChannelCue(tokens(draft, sentences, tokens, i - 2), true)))) {
      return null;
    }
    // "Your PIN? Never share it with anyone.": a verbless question answered by a warning
    if (i + 1 < sentences.size() && words.stream().noneMatch(w -> w.pos().equals("VERB") || w.pos().equals("AUX"))
        && opensWithANegation(tokens(draft, sentences, tokens, i + 1))) {
      return null;
    }
    return Request.ofSentence(text, s.start(), s.end(), kind);
  }

  /**
   * The model's second opinion on a sentence the grammar left alone: asked only when the sentence
   * names data (a policy phrase or a bare "number", "details" head) and neither it nor its
   * neighbours name a private channel, so sentences without data, and asks routed to DM, cannot
   * change; the tagger runs only for those few sentences.
   */
  private Request learnedRequest(Draft draft, List<Span> sentences, List<List<Word>> tokens, int i, List<Word> plain) {
    String text = draft.text();
    if (modelThreshold > 1 || !RequestModel.namesData(plain, phrases) || !RequestModel.mayAsk(plain) || channels.hasChannelCue(plain, false)
        || i == 0 && RequestModel.continuesAPost(text, plain)) {
      return null;
    }
    List<Word> before = i > 0 ? tokens(draft, sentences, tokens, i - 1) : List.of();
    List<Word> after = i + 1 < sentences.size() ? tokens(draft, sentences, tokens, i + 1) : List.of();
    if (i > 0 && (channels.hasChannelCue(before, true) || channels.mentionsPrivateChannel(text, sentences.get(i - 1)))
        || i > 1 && channels.mentionsPrivateChannel(text, sentences.get(i - 2))
        || !after.isEmpty() && (channels.hasChannelCue(after, true) || opensWithANegation(after))) {
      return null;
    }
    Span s = sentences.get(i);
    List<Word> words = SentenceWords.of(draft, s);
    RequestModel.NamedData data = RequestModel.namedData(words, phrases);
    if (data == null
        || RequestModel.shipped().probability(RequestFeatures.of(words, data.first(), data.last(), before, after)) < modelThreshold) {
      return null;
    }
    return Request.ofSentence(text, s.start(), s.end(), data.kind());
  }

  /** A short sentence that names no data: "Sorry for the trouble!", "Thanks, Jo." */
  private boolean isAside(String text, Span sentence) {
    String lower = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
    return lower.trim().split("\\s+").length <= 8 && !phrases.mayMentionData(lower);
  }

  private static List<Word> tokens(Draft draft, List<Span> sentences, List<List<Word>> cache, int i) {
    if (cache.get(i) == null) {
      cache.set(i, SentenceWords.tokensOf(draft, sentences.get(i)));
    }
    return cache.get(i);
  }

  /** The kind of data the sentence asks for, or null when it asks for none. */
  String requestedData(List<Word> words, boolean askAnnounced) {
    for (PhraseMatch match : phrases.phraseMatches(words, true)) {
      if (isRequested(words, match, askAnnounced)) {
        return match.phrase().kind();
      }
    }
    return null;
  }
}
