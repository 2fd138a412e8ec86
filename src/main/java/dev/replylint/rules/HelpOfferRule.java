package dev.replylint.rules;

import dev.replylint.rules.tone.CompiledPhrase;
import dev.replylint.rules.tone.ContactDetails;
import dev.replylint.rules.tone.DraftLanguage;
import dev.replylint.rules.tone.LanguageGate;
import dev.replylint.rules.tone.LanguageLexicon;
import dev.replylint.rules.tone.Lexicons;
import dev.replylint.rules.tone.PhraseFinder;
import dev.replylint.rules.tone.Sentiment;
import dev.replylint.rules.tone.TalkingDownSentences;
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
 * <p>It stays silent on a thank-you to praise (the customer's post is positive and the reply
 * thanks or celebrates), on drafts shorter than {@code min-length}, and on rhetorical questions
 * it will not count as a way forward ("did you even read it?").
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
  private final Map<String, List<CompiledPhrase>> vagueness;
  private final Map<String, AnswerWords> answerWords;
  /**
   * The shipped judgemental-tone lexicon: a question or an instruction in a sentence it flags ("did
   * you think it would be quiet on a Saturday?", "check your inbox properly") is a rebuke, not a way
   * forward. The shipped list, not the policy's, so the two rules stay independent. Compiled once
   * per JVM and only when a draft first needs it: it is the largest lexicon, and a check that
   * never asks (most drafts offer help plainly) should not pay for compiling it at start-up.
   */
  private static final class ShippedRebukes {
    static final Map<String, List<CompiledPhrase>> BY_LANGUAGE = Lexicons.compileAll(Lexicons.shipped("judgemental-tone"));
  }

  public HelpOfferRule(Options options) {
    this.options = options;
    this.lexicons = Lexicons.compileAll(options.languages());
    Map<String, Set<String>> words = new HashMap<>();
    options.languages().forEach((lang, lexicon) -> words.put(lang, Set.copyOf(lexicon.wordClasses().getOrDefault("rhetorical", List.of()))));
    this.rhetorical = Map.copyOf(words);
    this.vagueness = Lexicons.compileAll(options.answers());
    Map<String, AnswerWords> answerClasses = new HashMap<>();
    options.answers().forEach((lang, lexicon) -> answerClasses.put(lang, AnswerWords.of(lexicon)));
    this.answerWords = Map.copyOf(answerClasses);
  }

  /** The word classes of the {@code answers} lexicon of one language. */
  private record AnswerWords(Set<String> when, Set<String> placePrepositions, Set<String> negative, Set<String> common, Set<String> directAnswer, Set<String> number, Set<String> past) {
    static AnswerWords of(LanguageLexicon lexicon) {
      Map<String, List<String>> classes = lexicon.wordClasses();
      return new AnswerWords(
          Set.copyOf(classes.getOrDefault("when", List.of())),
          Set.copyOf(classes.getOrDefault("place-preposition", List.of())),
          Set.copyOf(classes.getOrDefault("negative", List.of())),
          Set.copyOf(classes.getOrDefault("common", List.of())),
          Set.copyOf(classes.getOrDefault("direct-answer", List.of())),
          Set.copyOf(classes.getOrDefault("number", List.of())),
          Set.copyOf(classes.getOrDefault("past", List.of())));
    }
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
    if (options.questionsCount() && hasGenuineQuestion(draft, rhetoricalWords, rebuked)) {
      return List.of();
    }
    for (PhraseFinder.Hit offer : PhraseFinder.find(draft, offers)) {
      // "did you even read the FAQ?" names help material but offers none
      if (!inRhetoricalSentence(draft, offer, rhetoricalWords) && !rebuked.covers(offer.start(), offer.end())) {
        return List.of();
      }
    }
    if (options.praiseExempt() && (answersPraise(draft, context) || banterToGoodNews(draft, context))) {
      return List.of();
    }
    if (options.answersCount()) {
      Answers answers = new Answers(draft, context, vagueness.getOrDefault(language, List.of()), answerWords.get(language), rebuked);
      if (answers.answersQuestion() || answers.statesSpecifics()) {
        return List.of();
      }
    }
    if (language.equals(DraftLanguage.ENGLISH) && hasInstruction(draft, rebuked)) {
      return List.of();
    }
    String trimmed = text.substring(start, end);
    return List.of(
        context
            .finding(draft, start, end, "no offer of help or way to continue; add one, e.g. \"" + options.suggestion() + "\"")
            .suggest(trimmed + " " + options.suggestion())
            .build());
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
      if (question && !rhetorical && !rebuked.inSentence(w.span().start(), w.span().end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The judgemental-tone phrases of a draft, found only if a rule asks: most drafts that offer help
   * do so in a plain sentence and never pay for this.
   */
  private static final class Rebukes {
    private final Draft draft;
    private final String language;
    private List<PhraseFinder.Hit> hits;

    Rebukes(Draft draft, String language) {
      this.draft = draft;
      this.language = language;
    }

    /**
     * Whether a rebuke lies in the same clause as [start, end): in its sentence with no clause
     * break between them ("this is not our fault :( we fixed it" keeps its report of help).
     */
    boolean covers(int start, int end) {
      return covers(start, end, true);
    }

    /** Whether a rebuke lies anywhere in the sentence holding [start, end) (a question, an instruction). */
    boolean inSentence(int start, int end) {
      return covers(start, end, false);
    }

    private boolean covers(int start, int end, boolean sameClause) {
      if (hits == null) {
        hits = PhraseFinder.find(draft, ShippedRebukes.BY_LANGUAGE.getOrDefault(language, List.of()));
      }
      List<Words> sentences = draft.scannedSentences();
      for (int index = 0; index < sentences.size(); index++) {
        Words w = sentences.get(index);
        if (w.span().start() <= start && end <= w.span().end()) {
          for (PhraseFinder.Hit h : hits) {
            if (w.span().start() <= h.start() && h.end() <= w.span().end() && !(sameClause && clauseBreakBetween(w, h.start() <= start ? h.end() : start, h.start() <= start ? end : h.start()))) {
              return true;
            }
          }
          return language.equals(DraftLanguage.ENGLISH) && TalkingDownSentences.talksDown(draft, index, JudgementalToneRule.DEFAULT_MODEL_THRESHOLD);
        }
      }
      return false;
    }
  }

  private static final Set<String> CLAUSE_JOINS = Set.of("but", "and", "so", "though", "although", "however");
  private static final Set<String> SENTENCE_MARKS = Set.of(".", "!", "?", "'", "\"", "…");

  /** A comma, a dash, an emoticon or a conjunction between two offsets of one sentence. */
  private static boolean clauseBreakBetween(Words w, int from, int to) {
    for (int i = 0; i < w.size(); i++) {
      if (w.start(i) >= from && w.end(i) <= to) {
        String f = w.form(i);
        // sentence-final marks end the clause the offer is in, they do not separate it from the rebuke
        if (CLAUSE_JOINS.contains(f) || (w.isPunctuation(i) && !SENTENCE_MARKS.contains(f))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Openings that look like a verb but do not instruct ("thanks", "sorry", "hope you enjoy", "rest assured", "bear with us"). */
  private static final Set<String> NOT_INSTRUCTIONS =
      Set.of("thank", "thanks", "sorry", "hope", "enjoy", "have", "see", "welcome", "congrats", "congratulations", "cheers", "love", "glad", "be", "take", "stay", "keep", "wish", "happy", "apologies", "good", "great", "nice", "well", "rest", "bear", "trust", "accept", "appreciate", "appreciated", "noted", "understood");

  /**
   * A sentence that opens on a verb in its base form ("Free up some storage", "Unplug the router
   * for a minute") is an instruction, a way forward however it is worded. The scan picks the
   * candidates; the tagger confirms only those, and only in drafts nothing else vouched for.
   */
  private static boolean hasInstruction(Draft draft, Rebukes rebuked) {
    for (Words scanned : draft.scannedSentences()) {
      int first = 0;
      while (first < scanned.size() && (scanned.isPunctuation(first) || scanned.form(first).startsWith("@"))) {
        first++;
      }
      int words = 0;
      for (int i = first; i < scanned.size(); i++) {
        words += scanned.isPunctuation(i) ? 0 : 1;
      }
      // "Noted." is an acknowledgement; an instruction names what to act on
      if (words < 2 || scanned.form(first + 1).equals("?") || NOT_INSTRUCTIONS.contains(scanned.form(first)) || !Character.isLetter(scanned.form(first).codePointAt(0)) || gerund(scanned.form(first))) {
        continue;
      }
      Words analysed = Words.of(draft.analyse(scanned.span()));
      int at = 0;
      while (at < analysed.size() && (analysed.isPunctuation(at) || analysed.form(at).startsWith("@"))) {
        at++;
      }
      if (at < analysed.size() - 1 && "VERB".equals(analysed.tag(at)) && analysed.form(at).equals(analysed.lemma(at)) && !rebuked.inSentence(scanned.span().start(), scanned.span().end())) {
        return true;
      }
    }
    return false;
  }

  /** The shortest -ing word read as a gerund subject ("Matchmaking times depend…"), longer than "bring". */
  private static final int GERUND_LENGTH = 7;

  /** An opening -ing word is the subject of a statement, not an instruction ("Restarting usually helps" is caught as advice elsewhere). */
  private static boolean gerund(String form) {
    return form.length() >= GERUND_LENGTH && form.endsWith("ing");
  }

  private static final Set<String> QUESTION_OPENERS =
      Set.of("can", "could", "is", "are", "do", "does", "did", "why", "how", "what", "when", "where", "which", "who", "will", "would", "should", "has", "have", "was", "were", "any", "may");

  /** Words a reply needs to be an answer rather than a bare "sorry" or "yes". */
  private static final int ANSWER_WORDS = 5;

  /**
   * Whether a reply that offers nothing still answers: the customer asked and the reply says
   * something of substance, or the reply states something specific about the customer's matter.
   * Filler never counts: a sentence the {@code answers} lexicon finds vague ("it's been noted",
   * "in some areas"), one that only apologises, and one that talks down answer nothing.
   */
  private static final class Answers {
    private final Draft draft;
    private final RuleContext context;
    private final List<CompiledPhrase> vaguePhrases;
    private final AnswerWords words;
    private final Rebukes rebuked;
    private List<PhraseFinder.Hit> vagueHits;
    private Set<String> postWords;

    Answers(Draft draft, RuleContext context, List<CompiledPhrase> vaguePhrases, AnswerWords words, Rebukes rebuked) {
      this.draft = draft;
      this.context = context;
      this.vaguePhrases = vaguePhrases;
      this.words = words == null ? new AnswerWords(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of()) : words;
      this.rebuked = rebuked;
    }

    /**
     * The customer asked something and the reply says enough, in sentences that are not filler.
     * When the post complains or the reply apologises, one of them must also be relevant (it
     * shares a word with the post or opens on "yes"/"no") or specific: "sorry for the worry, that
     * must have been unsettling" answers no worried question. A question in banter ("anyone else
     * in costume?") gets its answer in kind.
     */
    boolean answersQuestion() {
      if (context.customerPost().isEmpty() || !asksQuestion(context.customerPost().get())) {
        return false;
      }
      boolean complaint = Sentiment.of(context.customerPost().get()) == Sentiment.Polarity.NEGATIVE || apologises(draft);
      int count = 0;
      boolean relevant = false;
      for (Words w : draft.scannedSentences()) {
        if (onlyApologises(w) || vague(w) || rebuked.inSentence(w.span().start(), w.span().end())) {
          continue;
        }
        for (int i = 0; i < w.size(); i++) {
          if (Character.isLetterOrDigit(w.form(i).codePointAt(0))) {
            count++;
          }
        }
        relevant = relevant || opensWithDirectAnswer(w) || sharesPostWord(w) || specific(w);
      }
      return (relevant || !complaint) && count >= ANSWER_WORDS;
    }

    /**
     * A statement that names a time, a number, a day, a place or a screen, about the post's matter
     * (a word of the post) or the customer's own ("your ticket"), and says what is, not what is
     * not: "a replacement bus leaves at 17:20 and your ticket is valid on it". Without the post,
     * only a statement to the customer counts; "the store opens at 9am" may answer nothing.
     */
    boolean statesSpecifics() {
      boolean withPost = context.customerPost().isPresent();
      for (Words w : draft.scannedSentences()) {
        if (hasWordOf(w, words.negative()) || hasWordOf(w, words.past()) || !specific(w) || vague(w) || rebuked.inSentence(w.span().start(), w.span().end())) {
          continue;
        }
        if (addressesCustomer(w) || (withPost && sharesPostWord(w))) {
          return true;
        }
      }
      return false;
    }

    private boolean vague(Words w) {
      if (vagueHits == null) {
        vagueHits = PhraseFinder.find(draft, vaguePhrases);
      }
      for (PhraseFinder.Hit hit : vagueHits) {
        if (w.span().start() <= hit.start() && hit.end() <= w.span().end()) {
          return true;
        }
      }
      return false;
    }

    /** A number, a word naming when, a UI path ("Settings > Phone") or a name after a preposition ("at Wakefield"). */
    private boolean specific(Words w) {
      String text = draft.text();
      for (int i = 0; i < w.size(); i++) {
        String f = w.form(i);
        char first = f.charAt(0);
        if (first == '@' || first == '#') {
          continue;
        }
        // "2/2" numbers the parts of a thread, it says nothing
        boolean threadPart = (i + 1 < w.size() && w.form(i + 1).equals("/")) || (i > 0 && w.form(i - 1).equals("/"));
        if (words.when().contains(f) || words.number().contains(f) || (!w.isPunctuation(i) && !threadPart && f.chars().anyMatch(Character::isDigit))) {
          return true;
        }
        boolean between = i > 0 && i + 1 < w.size() && !w.isPunctuation(i - 1) && !w.isPunctuation(i + 1);
        if ((f.equals(">") || f.equals("→")) && between) {
          return true;
        }
        if (i > 0 && words.placePrepositions().contains(w.form(i - 1)) && Character.isUpperCase(text.charAt(w.start(i))) && !f.equals("i")) {
          return true;
        }
      }
      return false;
    }

    private boolean opensWithDirectAnswer(Words w) {
      int seen = 0;
      for (int i = 0; i < w.size() && seen < DIRECT_ANSWER_WORDS; i++) {
        if (!w.isPunctuation(i) && !w.form(i).startsWith("@")) {
          if (words.directAnswer().contains(w.form(i))) {
            return true;
          }
          seen++;
        }
      }
      return false;
    }

    private static boolean addressesCustomer(Words w) {
      for (int i = 0; i < w.size(); i++) {
        if (w.form(i).startsWith("you")) {
          return true;
        }
      }
      return false;
    }

    private static boolean hasWordOf(Words w, Set<String> set) {
      for (int i = 0; i < w.size(); i++) {
        if (set.contains(w.form(i))) {
          return true;
        }
      }
      return false;
    }

    private boolean sharesPostWord(Words w) {
      if (context.customerPost().isEmpty()) {
        return false;
      }
      if (postWords == null) {
        postWords = new java.util.HashSet<>();
        for (Words p : context.customerPost().get().scannedSentences()) {
          for (int i = 0; i < p.size(); i++) {
            String key = contentKey(p.form(i));
            if (key != null) {
              postWords.add(key);
            }
          }
        }
      }
      for (int i = 0; i < w.size(); i++) {
        String key = contentKey(w.form(i));
        if (key != null && postWords.contains(key)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Words of three letters or more ("bus", "fee"), not common, compared on their first five letters less a
     * plural's "s" ("refunds", "refunded"; "bikes", "bike").
     */
    private String contentKey(String form) {
      if (form.length() < MIN_CONTENT_WORD || !Character.isLetter(form.charAt(0)) || words.common().contains(form)) {
        return null;
      }
      String stem = form.length() > MIN_CONTENT_WORD && form.endsWith("s") && !form.endsWith("ss") ? form.substring(0, form.length() - 1) : form;
      return stem.length() > CONTENT_KEY ? stem.substring(0, CONTENT_KEY) : stem;
    }
  }

  /** How far into a sentence a direct answer opens it: "Yes", "Of course", "I'm afraid not". */
  private static final int DIRECT_ANSWER_WORDS = 3;

  /** The shortest word compared with the post's words. */
  private static final int MIN_CONTENT_WORD = 3;

  /** How many leading letters two words share to count as the same word: "delivery", "delivered". */
  private static final int CONTENT_KEY = 5;

  /** How far into a sentence an apology may open it: "Sorry", "We apologise", "We're so sorry". */
  private static final int APOLOGY_OPENING = 4;

  private static boolean onlyApologises(Words w) {
    int apology = -1;
    for (int i = 0; i < Math.min(w.size(), APOLOGY_OPENING) && apology < 0; i++) {
      apology = APOLOGY.contains(w.form(i)) ? i : -1;
    }
    if (apology < 0) {
      return false;
    }
    for (int i = apology + 1; i < w.size(); i++) {
      if (w.form(i).equals(",") || w.form(i).equals(";") || w.form(i).equals(":")) {
        return false;
      }
    }
    return true;
  }

  private static boolean asksQuestion(Draft post) {
    for (Words w : post.scannedSentences()) {
      int first = 0;
      while (first < w.size() && (w.form(first).startsWith("@") || w.isPunctuation(first))) {
        first++;
      }
      boolean negated = first + 1 < w.size() && w.form(first + 1).equals("not");
      if (first < w.size() && QUESTION_OPENERS.contains(w.form(first)) && !negated) {
        return true;
      }
      for (int i = 0; i < w.size(); i++) {
        if (w.form(i).equals("?")) {
          return true;
        }
      }
    }
    return false;
  }

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

  private static final Set<String> APOLOGY =
      Set.of("sorry", "apologise", "apologize", "apologies", "apology", "unfortunately", "unable", "regret", "afraid");

  private static boolean apologises(Draft draft) {
    for (Words w : draft.scannedSentences()) {
      for (int i = 0; i < w.size(); i++) {
        if (APOLOGY.contains(w.form(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean answersPraise(Draft draft, RuleContext context) {
    if (context.customerPost().isEmpty() || Sentiment.of(context.customerPost().get()) != Sentiment.Polarity.POSITIVE) {
      return false;
    }
    for (Words w : draft.scannedSentences()) {
      for (int i = 0; i < w.size(); i++) {
        if (GRATITUDE.contains(w.form(i))) {
          return true;
        }
      }
    }
    return false;
  }
}
