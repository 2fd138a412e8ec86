package dev.replylint.rules;

import dev.replylint.rules.tone.ClosedClassTags;
import dev.replylint.rules.tone.CompiledPhrase;
import dev.replylint.rules.tone.ContactDetails;
import dev.replylint.rules.tone.DraftLanguage;
import dev.replylint.rules.tone.LanguageGate;
import dev.replylint.rules.tone.LanguageLexicon;
import dev.replylint.rules.tone.Lexicons;
import dev.replylint.rules.tone.PhraseFinder;
import dev.replylint.rules.tone.Sentiment;
import dev.replylint.rules.tone.WholeDraft;
import dev.replylint.text.Analysis;
import dev.replylint.text.Draft;
import dev.replylint.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flags a reply that leaves the customer nowhere to go: no offer of help ("we'd love to help"),
 * no way to continue ("DM us", "reply here", "let's chat"), no link to help, no concrete action
 * and no question that moves the problem forward ("which flight was this?"). One finding covers
 * the whole draft, with the policy's suggested phrase appended as the fix.
 *
 * <p>It stays silent on a thank-you to praise (the customer's post is positive, asks nothing, and
 * the reply thanks or celebrates), on drafts shorter than {@code min-length}, and on rhetorical
 * questions it will not count as a way forward ("did you even read it?"). Thanks, greetings and
 * sympathy are never an answer; with the customer's post, an answer to what was asked is help,
 * while a statement near the topic of a complaint (how the service usually is) is not.
 */
@RuleInfo(
    id = "help-offer",
    summary = "The reply offers no help and no way to continue the conversation.",
    severity = Severity.WARNING,
    rationale = "A reply that only answers, apologises or explains leaves an unhappy customer with nowhere to go but another public complaint.",
    source = "seed 000: \"Always offer help\" and \"Offer an escape valve: 'Let's chat when you get a moment'\"",
    needs = {Analysis.LANGUAGE})
public final class HelpOfferRule implements Rule {
  /**
   * @param languages what counts as an offer, by language: phrase entries merged by id over the
   *     shipped {@code policies/lexicons/help-offer.yaml}; its {@code rhetorical} word class marks
   *     questions that do not count
   * @param suggestion the phrase to suggest appending when a reply has no offer
   * @param minLength drafts shorter than this many characters (trimmed) are not checked
   * @param questionsCount whether a genuine question counts as a way to continue
   * @param linksCount whether a link, an email address or a phone number counts
   * @param praiseExempt whether a thank-you to a positive customer post needs no offer
   * @param answersCount whether a specific answer counts as help: to a customer's question, a reply
   *     of some substance that is relevant or specific; to any post, a specific statement about the
   *     post's matter or the customer's own ("your ticket is valid on the 07:40")
   * @param answers what makes a statement specific and what makes it vague, merged by id over the
   *     shipped {@code policies/lexicons/help-offer-answers.yaml}; a sentence one of its phrases
   *     matches ("it's been noted", "in some areas") never counts as an answer
   */
  public record Options(
      Map<String, LanguageLexicon> languages,
      String suggestion,
      Integer minLength,
      Boolean questionsCount,
      Boolean linksCount,
      Boolean praiseExempt,
      Boolean answersCount,
      Map<String, LanguageLexicon> answers) {
    public Options {
      languages = Lexicons.withShipped("help-offer", languages);
      answers = Lexicons.withShipped("help-offer-answers", answers);
      suggestion = suggestion == null ? "If you send us a DM, we'd be glad to help." : suggestion;
      minLength = minLength == null ? 0 : minLength;
      questionsCount = questionsCount == null || questionsCount;
      linksCount = linksCount == null || linksCount;
      praiseExempt = praiseExempt == null || praiseExempt;
      answersCount = answersCount == null || answersCount;
      if (minLength < 0) {
        throw new InvalidOptionException("min-length", "must be 0 or more");
      }
      if (suggestion.isBlank()) {
        throw new InvalidOptionException("suggestion", "cannot be blank");
      }
    }
  }

  private static final Set<String> GRATITUDE =
      Set.of("thank", "thanks", "thx", "ty", "appreciate", "appreciated", "glad", "happy", "love", "loved", "great", "awesome", "amazing", "wonderful", "enjoy", "enjoyed", "welcome", "pleasure", "cheers", "delighted", "thrilled", "kind", "congrats", "congratulations", "yay", "woohoo", "fantastic", "excited", "pleased", "sweet", "shoutout", "best", "worries", "anytime", "problem", "np", "shout", "stopping",
          "nice", "nicely", "played", "delish", "delicious", "yum", "yummy", "haha", "ha", "lol", "epic", "cool", "fun", "beautiful", "lovely", "brilliant", "perfect", "favorite", "favourite", "hope", "wow", "omg", "yes", "yas", "heck", "yeah", "yep", "buddy", "friend", "style", "fan", "rock", "rocks", "legend", "hero", "proud", "good");

  private final Options options;
  private final Map<String, List<CompiledPhrase>> lexicons;
  private final Map<String, Set<String>> rhetorical;
  private final Map<String, Set<String>> praiseClosings;
  private final Map<String, Set<String>> putDownAdvice;
  private final Map<String, Set<String>> hindsight;
  private final Map<String, List<CompiledPhrase>> vagueness;
  private final Map<String, HelpOfferAnswers.AnswerWords> answerWords;

  /** One word class of each language's lexicon, as a set (empty where the lexicon has none). */
  private static Map<String, Set<String>> wordClassByLanguage(Map<String, LanguageLexicon> languages, String wordClass) {
    Map<String, Set<String>> byLanguage = new HashMap<>();
    languages.forEach((lang, lexicon) -> byLanguage.put(lang, Set.copyOf(lexicon.wordClasses().getOrDefault(wordClass, List.of()))));
    return Map.copyOf(byLanguage);
  }

  public HelpOfferRule(Options options) {
    this.options = options;
    this.lexicons = Lexicons.compileAll(options.languages());
    this.rhetorical = wordClassByLanguage(options.languages(), "rhetorical");
    this.praiseClosings = wordClassByLanguage(options.languages(), "praise-closings");
    this.putDownAdvice = wordClassByLanguage(options.languages(), "put-down-advice");
    this.hindsight = wordClassByLanguage(options.languages(), "hindsight");
    this.vagueness = Lexicons.compileAll(options.answers());
    Map<String, HelpOfferAnswers.AnswerWords> answerClasses = new HashMap<>();
    options.answers().forEach((lang, lexicon) -> answerClasses.put(lang, HelpOfferAnswers.AnswerWords.of(lexicon)));
    this.answerWords = Map.copyOf(answerClasses);
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    String text = draft.text();
    int start = text.length() - text.stripLeading().length();
    int end = text.stripTrailing().length();
    if (end <= start || end - start < options.minLength()) {
      return List.of();
    }
    if (options.linksCount() && (ContactDetails.hasLink(draft) || ContactDetails.hasEmailOrPhone(draft))) {
      return List.of();
    }
    String language = LanguageGate.languageOf(draft, lexicons.keySet());
    List<CompiledPhrase> offers = lexicons.get(language);
    if (offers == null) {
      return List.of(LanguageGate.skipped(draft, context, language));
    }
    Rebukes rebuked = new Rebukes(draft, language);
    Set<String> rhetoricalWords = rhetorical.getOrDefault(language, Set.of());
    // "It's a cinema, not a sauna. Bring a jumper.": advice, a question or a fact said with a put-down
    // is part of the put-down; only an offer the brand makes (a DM, a commitment) still counts
    if (options.questionsCount() && hasGenuineQuestion(draft, rhetoricalWords, rebuked) && !rebuked.putDown()) {
      return List.of();
    }
    HelpOfferAnswers answers = new HelpOfferAnswers(draft, context, vagueness.getOrDefault(language, List.of()), answerWords.get(language), rebuked);
    Set<String> closings = praiseClosings.getOrDefault(language, Set.of());
    Set<String> advice = putDownAdvice.getOrDefault(language, Set.of());
    Set<String> lookingBack = hindsight.getOrDefault(language, Set.of());
    for (PhraseFinder.Hit offer : PhraseFinder.find(draft, offers)) {
      // "did you even read the FAQ?" names help material but offers none; "glad you're enjoying the
      // show!" closes nothing when the post goes on "but the last episode won't play"
      if (!inRhetoricalSentence(draft, offer, rhetoricalWords) && !rebuked.covers(offer.start(), offer.end()) && !(closings.contains(offer.phrase().id()) && answers.postAlsoComplains()) && !(advice.contains(offer.phrase().id()) && (rebuked.putDown() || sentenceHolds(draft, offer.start(), lookingBack)))) {
        return List.of();
      }
    }
    if (options.praiseExempt() && !answers.postAlsoComplains() && !rebuked.putDown() && (answersPraise(draft, context) || (banterToGoodNews(draft, context) && !answers.treatsAsReport()))) {
      return List.of();
    }
    if (options.answersCount()) {
      // a reply that talks down states its facts as a rebuke ("It's a 2-hour flight. You'll
      // survive.", "We're a hotel, not a hostel, Val. Checkout is 11.")
      if (!rebuked.putDown() && (answers.answersQuestion() || answers.statesSpecifics())) {
        return List.of();
      }
    }
    if (language.equals(DraftLanguage.ENGLISH) && hasInstruction(draft, rebuked, lookingBack) && !rebuked.putDown()) {
      return List.of();
    }
    String trimmed = text.substring(start, end);
    return List.of(
        context
            .finding(draft, start, end, "no offer of help or way to continue; add one, e.g. \"" + options.suggestion() + "\"")
            .suggest(trimmed + " " + options.suggestion())
            .build());
  }

  /** Whether the sentence holding offset {@code at} has a word of the set. */
  private static boolean sentenceHolds(Draft draft, int at, Set<String> set) {
    for (Words w : draft.scannedSentences()) {
      if (w.span().start() <= at && at < w.span().end()) {
        return holds(w, set);
      }
    }
    return false;
  }

  private static boolean holds(Words w, Set<String> set) {
    for (int i = 0; i < w.size(); i++) {
      if (set.contains(w.form(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inRhetoricalSentence(Draft draft, PhraseFinder.Hit offer, Set<String> rhetoricalWords) {
    for (Words w : draft.scannedSentences()) {
      if (w.span().start() <= offer.start() && offer.end() <= w.span().end()) {
        boolean question = false;
        boolean rhetorical = false;
        for (int i = 0; i < w.size(); i++) {
          question |= w.form(i).equals("?");
          rhetorical |= rhetoricalWords.contains(w.form(i));
        }
        return question && rhetorical;
      }
    }
    return false;
  }

  private static boolean hasGenuineQuestion(Draft draft, Set<String> rhetoricalWords, Rebukes rebuked) {
    for (Words w : draft.scannedSentences()) {
      boolean question = false;
      boolean rhetorical = false;
      for (int i = 0; i < w.size(); i++) {
        String f = w.form(i);
        question |= f.equals("?");
        rhetorical |= rhetoricalWords.contains(f);
      }
      if (question && !rhetorical && !tagQuestion(w) && !rebuked.inSentence(w.span().start(), w.span().end())) {
        return true;
      }
    }
    return false;
  }

  /** Auxiliaries of a question tag: "…, doesn't it?", "…, wouldn't you?", "…, can't they?". */
  private static final Set<String> TAG_AUXILIARIES =
      Set.of("is", "are", "was", "were", "do", "does", "did", "have", "has", "had", "can", "ca", "could", "will", "wo", "would", "should", "shall", "must", "might", "may");

  /**
   * A statement with a question tag ("It happens at home too, doesn't it?", "We'd rather you were
   * delayed than in the air with a faulty part, wouldn't you?") asks for agreement, not for what
   * would move the problem on.
   */
  private static boolean tagQuestion(Words w) {
    int mark = w.size() - 1;
    while (mark >= 0 && !w.form(mark).equals("?")) {
      mark--;
    }
    int at = mark - 1;
    if (at < 0 || !SUBJECTS.contains(w.form(at))) {
      return false;
    }
    at--;
    if (at >= 0 && (w.form(at).equals("n't") || w.form(at).equals("not"))) {
      at--;
    }
    return at >= 1 && TAG_AUXILIARIES.contains(w.form(at)) && w.form(at - 1).equals(",");
  }

  /** Openings that look like a verb but do not instruct ("thanks", "sorry", "hope you enjoy", "rest assured", "bear with us"). */
  private static final Set<String> NOT_INSTRUCTIONS =
      Set.of("thank", "thanks", "sorry", "hope", "enjoy", "have", "see", "welcome", "congrats", "congratulations", "cheers", "love", "glad", "be", "take", "stay", "keep", "wish", "happy", "apologies", "good", "great", "nice", "well", "rest", "bear", "trust", "accept", "appreciate", "appreciated", "noted", "understood");

  /**
   * A sentence that opens on a verb in its base form ("Free up some storage", "Unplug the router
   * for a minute") is an instruction, a way forward however it is worded. The scan picks the
   * candidates; the tagger confirms only those, and only in drafts nothing else vouched for.
   */
  private static boolean hasInstruction(Draft draft, Rebukes rebuked, Set<String> lookingBack) {
    for (Words scanned : draft.scannedSentences()) {
      int first = 0;
      while (first < scanned.size() && (scanned.isPunctuation(first) || scanned.form(first).startsWith("@") || (POLITE_OPENINGS.contains(scanned.form(first)) && first + 1 < scanned.size() && !scanned.isPunctuation(first + 1)))) {
        first++;
      }
      int words = 0;
      for (int i = first; i < scanned.size(); i++) {
        words += scanned.isPunctuation(i) ? 0 : 1;
      }
      // "Noted." is an acknowledgement; an instruction names what to act on
      if (words < 2 || scanned.form(first + 1).equals("?") || NOT_INSTRUCTIONS.contains(scanned.form(first)) || holds(scanned, lookingBack) || !Character.isLetter(scanned.form(first).codePointAt(0)) || gerund(scanned.form(first)) || !ClosedClassTags.mayHave(scanned.form(first), "VERB")) {
        continue;
      }
      Words analysed = Words.of(draft.analyse(scanned.span()));
      int at = 0;
      while (at < analysed.size() && (analysed.isPunctuation(at) || analysed.form(at).startsWith("@") || (POLITE_OPENINGS.contains(analysed.form(at)) && at + 1 < analysed.size() && !analysed.isPunctuation(at + 1)))) {
        at++;
      }
      // "Call records are generated…": a verb-like word before a noun and its auxiliary opens a subject
      boolean compoundSubject = at + 2 < analysed.size() && "NOUN".equals(analysed.tag(at + 1)) && "AUX".equals(analysed.tag(at + 2));
      if (at < analysed.size() - 1 && "VERB".equals(analysed.tag(at)) && analysed.form(at).equals(analysed.lemma(at)) && !compoundSubject && !rebuked.inSentence(scanned.span().start(), scanned.span().end())) {
        return true;
      }
    }
    return false;
  }

  /** Words that soften an instruction without changing it: "Please report the bike number in the app". */
  private static final Set<String> POLITE_OPENINGS = Set.of("please", "kindly", "just");

  /** The shortest -ing word read as a gerund subject ("Matchmaking times depend…"), longer than "bring". */
  private static final int GERUND_LENGTH = 7;

  /** An opening -ing word is the subject of a statement, not an instruction ("Restarting usually helps" is caught as advice elsewhere). */
  private static boolean gerund(String form) {
    return form.length() >= GERUND_LENGTH && form.endsWith("ing");
  }

  static final Set<String> QUESTION_OPENERS =
      Set.of("can", "could", "is", "are", "do", "does", "did", "why", "how", "what", "when", "where", "which", "who", "will", "would", "should", "has", "have", "was", "were", "any", "may");

  /** Question words that open a question by themselves, followed by an auxiliary: "why is", "how do", "when's". */
  private static final Set<String> WH_WORDS = Set.of("why", "how", "what", "when", "where", "which", "who");

  /** Words that follow an auxiliary opening a question: its subject ("can I", "is the pool", "are there"). */
  private static final Set<String> SUBJECTS =
      Set.of("i", "you", "we", "they", "he", "she", "it", "there", "this", "that", "these", "those", "the", "my", "your", "our", "a", "an", "any", "anyone", "anybody", "someone", "somebody", "u", "ur", "yous", "ya", "ye");

  /**
   * Whether a sentence without a question mark opens a question: a question word before an
   * auxiliary ("why is my train late", "how do I"), or an auxiliary before its subject ("can I pay
   * by card"). "When you're the only one in costume", "how about that" and "will do" ask nothing.
   */
  private static boolean opensQuestion(String opener, String next) {
    if (WH_WORDS.contains(opener)) {
      return next.equals("'s") || ((QUESTION_OPENERS.contains(next) || INVERTING_AUXILIARIES.contains(next)) && !WH_WORDS.contains(next) && !next.equals("any"));
    }
    return SUBJECTS.contains(next);
  }

  static boolean asksQuestion(Draft post) {
    for (Words w : post.scannedSentences()) {
      if (isQuestion(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence of the post asks: it has a question mark, opens a question ("can I pay by
   * card", "how long does a transfer take", "what time is the first tram") or turns one round
   * after an opening phrase ("after my surgery can I still travel"). Customers often leave the
   * mark out; the word order still asks.
   */
  static boolean isQuestion(Words w) {
    int first = 0;
    while (first < w.size() && (w.form(first).startsWith("@") || w.isPunctuation(first))) {
      first++;
    }
    if (first + 1 < w.size() && QUESTION_OPENERS.contains(w.form(first)) && opensQuestion(w.form(first), w.form(first + 1))) {
      return true;
    }
    // "how long does…", "what time is…", "how many bags can I…": what is asked, then the auxiliary
    if (first < w.size() && WH_WORDS.contains(w.form(first))) {
      for (int at = first + 2; at <= first + 1 + ASKED_WORDS && at + 1 < w.size(); at++) {
        if (w.isPunctuation(at - 1) || WH_WORDS.contains(w.form(at - 1))) {
          break;
        }
        if (INVERTING_AUXILIARIES.contains(w.form(at)) && !w.isPunctuation(at + 1)) {
          return true;
        }
      }
    }
    for (int i = first; i < w.size(); i++) {
      if (w.form(i).equals("?")) {
        return true;
      }
      // "after my surgery can I still travel": an auxiliary before "I"/"you"/"we" inside the
      // sentence turns it into a question, unless a subject or an inverting word comes first
      // ("if I can I will", "so do I", "never have I")
      if (i > first && i + 1 < w.size() && INVERTING_AUXILIARIES.contains(w.form(i)) && INVERTED_SUBJECTS.contains(w.form(i + 1))
          && !SUBJECTS.contains(w.form(i - 1)) && !STATEMENT_INVERSIONS.contains(w.form(i - 1)) && !(w.isPunctuation(i - 1) && !w.form(i - 1).equals(","))) {
        return true;
      }
    }
    return false;
  }

  /** How many words a question word may take before its auxiliary: "how many bags can", "what time does". */
  private static final int ASKED_WORDS = 2;

  /** Auxiliaries that open a question before their subject ("can I", "does the pool"); "ca" and "wo" are "can't" and "won't" cut. */
  private static final Set<String> INVERTING_AUXILIARIES =
      Set.of("can", "ca", "could", "is", "are", "do", "does", "did", "will", "wo", "would", "should", "has", "have", "was", "were", "may");

  /** The subjects a question turned round mid-sentence asks about: "…, can I", "…, do you". */
  private static final Set<String> INVERTED_SUBJECTS = Set.of("i", "you", "we", "u");

  /** Words before an inversion that is a statement: "so do I", "neither can we", "better than I", "never have I". */
  private static final Set<String> STATEMENT_INVERSIONS =
      Set.of("so", "neither", "nor", "as", "than", "only", "then", "never", "rarely", "seldom", "hardly", "little", "not", "too");

  /**
   * Banter: a customer who is not complaining and not asking (a joke, a photo, news of a marathon)
   * and a reply that celebrates or thanks them with no apology in it. Nothing needs fixing, so
   * nothing needs offering.
   */
  private static boolean banterToGoodNews(Draft draft, RuleContext context) {
    if (context.customerPost().isEmpty()) {
      return false;
    }
    Draft post = context.customerPost().get();
    if (Sentiment.of(post) == Sentiment.Polarity.NEGATIVE || asksQuestion(post)) {
      return false;
    }
    boolean celebrates = false;
    int words = 0;
    for (Words w : draft.scannedSentences()) {
      for (int i = 0; i < w.size(); i++) {
        String f = w.form(i);
        if (APOLOGY.contains(f)) {
          return false;
        }
        celebrates |= GRATITUDE.contains(f);
        words += Character.isLetterOrDigit(f.codePointAt(0)) ? 1 : 0;
      }
    }
    // an emoji or a hashtag alone answers banter in kind
    return celebrates || words <= 2 || Sentiment.of(draft) == Sentiment.Polarity.POSITIVE;
  }

  static final Set<String> APOLOGY =
      Set.of("sorry", "apologise", "apologize", "apologies", "apology", "unfortunately", "unable", "regret", "afraid");

  /** A thank-you to praise: the post is positive and asks nothing ("love the new menu, is the wrap back?" waits for an answer). */
  private static boolean answersPraise(Draft draft, RuleContext context) {
    if (context.customerPost().isEmpty() || Sentiment.of(context.customerPost().get()) != Sentiment.Polarity.POSITIVE || asksQuestion(context.customerPost().get())) {
      return false;
    }
    return WholeDraft.anyForm(draft, GRATITUDE);
  }
}
