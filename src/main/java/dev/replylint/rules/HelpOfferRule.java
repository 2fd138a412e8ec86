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
  private final Map<String, AnswerWords> answerWords;

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
    Map<String, AnswerWords> answerClasses = new HashMap<>();
    options.answers().forEach((lang, lexicon) -> answerClasses.put(lang, AnswerWords.of(lexicon)));
    this.answerWords = Map.copyOf(answerClasses);
  }

  /** The word classes of the {@code answers} lexicon of one language. */
  private record AnswerWords(
      Set<String> when, Set<String> placePrepositions, Set<String> negative, Set<String> common, Set<String> directAnswer, Set<String> number, Set<String> past,
      Set<String> greeting, Set<String> courtesy, Set<String> sympathy, Set<String> apology, Set<String> reasons, Set<String> askingWhen, Set<String> askingWhy, Set<String> report,
      Set<String> habitual, Set<String> every, Set<String> countFrom, Set<String> upcoming, Set<String> contrast, Set<String> notContrast) {
    static final AnswerWords NONE =
        new AnswerWords(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    static AnswerWords of(LanguageLexicon lexicon) {
      Map<String, List<String>> classes = lexicon.wordClasses();
      return new AnswerWords(
          Set.copyOf(classes.getOrDefault("when", List.of())),
          Set.copyOf(classes.getOrDefault("place-preposition", List.of())),
          Set.copyOf(classes.getOrDefault("negative", List.of())),
          Set.copyOf(classes.getOrDefault("common", List.of())),
          Set.copyOf(classes.getOrDefault("direct-answer", List.of())),
          Set.copyOf(classes.getOrDefault("number", List.of())),
          Set.copyOf(classes.getOrDefault("past", List.of())),
          Set.copyOf(classes.getOrDefault("greeting", List.of())),
          Set.copyOf(classes.getOrDefault("courtesy", List.of())),
          Set.copyOf(classes.getOrDefault("sympathy", List.of())),
          Set.copyOf(classes.getOrDefault("apology", List.of())),
          Set.copyOf(classes.getOrDefault("reason", List.of())),
          Set.copyOf(classes.getOrDefault("asking-when", List.of())),
          Set.copyOf(classes.getOrDefault("asking-why", List.of())),
          Set.copyOf(classes.getOrDefault("report", List.of())),
          Set.copyOf(classes.getOrDefault("habitual", List.of())),
          Set.copyOf(classes.getOrDefault("every", List.of())),
          Set.copyOf(classes.getOrDefault("count-from", List.of())),
          Set.copyOf(classes.getOrDefault("upcoming", List.of())),
          Set.copyOf(classes.getOrDefault("contrast", List.of())),
          Set.copyOf(classes.getOrDefault("not-contrast", List.of())));
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
    // "It's a cinema, not a sauna. Bring a jumper.": advice, a question or a fact said with a put-down
    // is part of the put-down; only an offer the brand makes (a DM, a commitment) still counts
    if (options.questionsCount() && hasGenuineQuestion(draft, rhetoricalWords, rebuked) && !rebuked.putDown()) {
      return List.of();
    }
    Answers answers = new Answers(draft, context, vagueness.getOrDefault(language, List.of()), answerWords.get(language), rebuked);
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
      this.words = words == null ? AnswerWords.NONE : words;
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
      boolean complaint = Sentiment.of(context.customerPost().get()) == Sentiment.Polarity.NEGATIVE || WholeDraft.anyForm(draft, APOLOGY);
      boolean askedWhen = asksWhen(context.customerPost().get());
      boolean askedWhy = asksWhy(context.customerPost().get());
      int count = 0;
      boolean relevant = false;
      boolean saysWhen = false;
      boolean namesWhen = false;
      for (Words w : draft.scannedSentences()) {
        if (rebuked.inSentence(w.span().start(), w.span().end())) {
          continue;
        }
        List<Clause> clauses = clauses(w);
        if (clauses.stream().anyMatch(c -> c.said() == Said.CONTENT)) {
          // "Not at the moment, sorry" answers in five words: its apology is part of the answer
          count += wordsOutsideCourtesy(w, clauses);
        }
        for (Clause clause : clauses) {
          if (clause.said() != Said.CONTENT) {
            continue;
          }
          // "Good afternoon William, sadly we don't have that information": the answer opens its clause
          relevant = relevant || sharesPostWord(w, clause.from(), clause.to()) || specific(w, clause.from(), clause.to()) || opensWithDirectAnswer(w, clause.from(), clause.to(), 1) || (askedWhy && hasWordOf(w, clause.from(), clause.to(), words.reasons()));
          namesWhen = namesWhen || specific(w, clause.from(), clause.to());
          saysWhen = saysWhen || namesWhen || hasWordOf(w, clause.from(), clause.to(), words.negative());
        }
        relevant = relevant || opensWithDirectAnswer(w, 0, w.size(), DIRECT_ANSWER_WORDS);
      }
      // "when will it reopen?" is not answered by "it's closed for a refit": no day, no time, no "not yet"
      // "06:30, Bea!" answers "what time's the first tram?" in one word
      return (relevant || !complaint) && (count >= ANSWER_WORDS || (askedWhen && namesWhen)) && (!askedWhen || saysWhen);
    }

    /**
     * A statement that names a time, a number, a day, a place or a screen, about the post's matter
     * (a word of the post) or the customer's own ("your ticket"), and says what is, not what is
     * not: "a replacement bus leaves at 17:20 and your ticket is valid on it". Without the post,
     * only a statement to the customer counts; "the store opens at 9am" may answer nothing. To a
     * post that asks nothing, how the service usually is ("smart meters send readings every 30
     * minutes", "the bar is licensed until 1am at weekends", "roaming works in over 150
     * destinations") restates the rule the customer is complaining about: no way forward.
     */
    /** Whether the customer's post asks something. */
    boolean asked() {
      return context.customerPost().isPresent() && asksQuestion(context.customerPost().get());
    }

    boolean statesSpecifics() {
      boolean withPost = context.customerPost().isPresent();
      boolean asked = asked();
      for (Words w : draft.scannedSentences()) {
        if (hasWordOf(w, 0, w.size(), words.past()) || rebuked.inSentence(w.span().start(), w.span().end())) {
          continue;
        }
        List<Clause> clauses = clauses(w);
        // "Sorry Rita, the charge is a pending hold and it'll drop off in 3 to 5 days": an apology before
        // what happens next refuses nothing ("Sorry, the offer ended yesterday" still only explains); a
        // refusal or a "not" anywhere else in the sentence does
        boolean next = clauses.stream().anyMatch(c -> c.said() == Said.CONTENT && upcoming(w, c.from(), c.to()));
        if (clauses.stream().anyMatch(c -> (!next || (c.said() != Said.SYMPATHY && c.said() != Said.COURTESY)) && hasWordOf(w, c.from(), c.to(), words.negative()))) {
          continue;
        }
        boolean specific = false;
        boolean about = false;
        for (Clause clause : clauses) {
          // "Saves are backed up every 24 hours, so you can restore yesterday's from Settings > Cloud":
          // how things usually are empties its own clause, not the way forward beside it
          if (clause.said() != Said.CONTENT || (withPost && !asked && habitual(w, clause.from(), clause.to()))) {
            continue;
          }
          specific = specific || specific(w, clause.from(), clause.to());
          about = about || addressesCustomer(w, clause.from(), clause.to()) || (withPost && sharesPostWord(w, clause.from(), clause.to())) || upcoming(w, clause.from(), clause.to()) || uiPath(w, clause.from(), clause.to());
        }
        if (specific && about) {
          return true;
        }
      }
      return false;
    }

    /**
     * A statement of how things usually are: a habitual time ("at weekends", "on Saturdays",
     * "daily", "every 30 minutes") or a count of the service's reach ("over 150 destinations",
     * "more than 2 million users").
     */
    private boolean habitual(Words w, int from, int to) {
      for (int i = from; i < to; i++) {
        String f = w.form(i);
        boolean quantity = i + 1 < w.size() && (words.number().contains(w.form(i + 1)) || words.when().contains(w.form(i + 1)) || w.form(i + 1).chars().anyMatch(Character::isDigit));
        if (words.habitual().contains(f) || (words.every().contains(f) && quantity) || (words.countFrom().contains(f) && quantity)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The customer asks when or how long: "when will it reopen?", "what time does the signing
     * start?", "how long does delivery take?". A "when" inside another question ("why does it
     * crash when I pay?") or a statement ("it crashes when I pay") asks nothing of the kind.
     */
    private boolean asksWhen(Draft post) {
      for (Words w : post.scannedSentences()) {
        int first = 0;
        while (first < w.size() && (w.form(first).startsWith("@") || w.isPunctuation(first))) {
          first++;
        }
        boolean question = isQuestion(w);
        for (int i = first; i < w.size() - 1; i++) {
          String f = w.form(i);
          boolean pair = words.askingWhen().contains(f + " " + w.form(i + 1));
          // "when will it reopen?", "…, when's it back?"; not "when you're the only one in costume"
          boolean when = words.askingWhen().contains(f) && (i == first || w.form(i - 1).equals(",")) && (QUESTION_OPENERS.contains(w.form(i + 1)) || w.form(i + 1).equals("'s"));
          if (pair && question || when) {
            return true;
          }
        }
      }
      return false;
    }

    /** The customer asks why: "why can't I bring snacks in?", "how come it's closed?". */
    private boolean asksWhy(Draft post) {
      for (Words w : post.scannedSentences()) {
        for (int i = 0; i < w.size(); i++) {
          if (words.askingWhy().contains(w.form(i)) || (i + 1 < w.size() && words.askingWhy().contains(w.form(i) + " " + w.form(i + 1)))) {
            return true;
          }
        }
      }
      return false;
    }

    /** One clause of a sentence, words [from, to), and what it does. */
    private record Clause(int from, int to, Said said) {}

    /**
     * A sentence cut into clauses at commas, colons, dashes and marks, each with what it does: a
     * clause that only thanks or greets ("Thanks for your question", "Hi Dan", "and for choosing
     * us") or names the customer ("Jo") is courtesy; one that apologises ("Sorry about the wait")
     * or sympathises ("we know a good coffee matters") is sympathy; "that's a big chunk of your
     * day" comments. Courtesy and sympathy are welcome, but they answer nothing.
     */
    private List<Clause> clauses(Words w) {
      List<Clause> clauses = new java.util.ArrayList<>();
      boolean courtesyBefore = false;
      int from = 0;
      for (int i = 0; i <= w.size(); i++) {
        if (i < w.size() && !CLAUSE_MARKS.contains(w.form(i))) {
          continue;
        }
        Said said = said(w, from, i, courtesyBefore);
        // "Usually 1 to 3 working days, depending on the country": the hedge empties its own clause and
        // the sentence's other talk ("there is nothing we can do, the decision has been made"), not a
        // concrete fact beside it
        if (said == Said.CONTENT && (vague(w, from, i) || (vague(w, 0, w.size()) && !specific(w, from, i)))) {
          said = Said.VAGUE;
        }
        courtesyBefore |= said == Said.COURTESY;
        clauses.add(new Clause(from, i, said));
        from = i + 1;
      }
      return clauses;
    }

    /** The clauses of a sentence that say something. */
    private List<Clause> contentClauses(Words w) {
      return clauses(w).stream().filter(c -> c.said() == Said.CONTENT).toList();
    }

    /**
     * The reply treats the post as a report, not as banter: it thanks for feedback or for being
     * told ("thanks for the feedback", "thanks for telling us") or sympathises ("we know a good
     * coffee matters", "sorry it wasn't up to scratch"). A post can complain in words no
     * sentiment list knows ("the portions have got so small lately"); the reply's own words say
     * what it took the post to be.
     */
    boolean treatsAsReport() {
      for (Words w : draft.scannedSentences()) {
        boolean thanks = false;
        boolean report = false;
        for (int i = 0; i < w.size(); i++) {
          thanks |= words.courtesy().contains(w.form(i));
          report |= words.report().contains(w.form(i));
        }
        if ((thanks && report) || clauses(w).stream().anyMatch(c -> c.said() == Said.SYMPATHY)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The customer praises and then turns ("love the show but the last episode wouldn't play", "great
     * shoes, though the left one squeaks"): a thank-you to the praise leaves the trouble unanswered.
     * A turn needs words after it that are not more praise ("nothing but love", "all but" and "but
     * they make it fun" do not turn).
     */
    boolean postAlsoComplains() {
      if (context.customerPost().isEmpty()) {
        return false;
      }
      Draft post = context.customerPost().get();
      for (Words w : post.scannedSentences()) {
        for (int i = 0; i < w.size(); i++) {
          if (!words.contrast().contains(w.form(i)) || (i > 0 && words.notContrast().contains(w.form(i - 1)))) {
            continue;
          }
          int after = 0;
          for (int j = i + 1; j < w.size(); j++) {
            after += Character.isLetter(w.form(j).codePointAt(0)) ? 1 : 0;
          }
          // "I'd fly them any day, but they make Halloween really fun" turns to more praise
          if (after >= 2 && Sentiment.of(Draft.of(post.text().substring(w.start(i + 1), w.span().end()))) != Sentiment.Polarity.POSITIVE) {
            return true;
          }
        }
      }
      return false;
    }

    /** The words of a sentence outside its courtesy: "Not at the moment, sorry" has five. */
    private static int wordsOutsideCourtesy(Words w, List<Clause> clauses) {
      int count = 0;
      for (Clause c : clauses) {
        for (int j = c.from(); j < c.to() && c.said() != Said.COURTESY && c.said() != Said.VAGUE; j++) {
          count += Character.isLetterOrDigit(w.form(j).codePointAt(0)) ? 1 : 0;
        }
      }
      return count;
    }

    private enum Said { NOTHING, COURTESY, SYMPATHY, COMMENT, VAGUE, CONTENT }

    private Said said(Words w, int from, int to, boolean courtesyBefore) {
      int first = from;
      while (first < to && (w.isPunctuation(first) || w.form(first).startsWith("@") || Rebukes.CLAUSE_JOINS.contains(w.form(first)))) {
        first++;
      }
      boolean andFor = first < to && w.form(first).equals("for") && first > from && w.form(first - 1).equals("and");
      // "Hi Dan", "Good morning", "Hi there - our team replies within a day": the greeting and the
      // name after it say nothing, what follows may
      boolean greeted = false;
      while (first < to && (words.greeting().contains(w.form(first)) || (greeted && (w.form(first).equals("there") || capitalised(w, first))))) {
        greeted = true;
        first++;
      }
      if (first == to) {
        return greeted ? Said.COURTESY : Said.NOTHING;
      }
      String opening = w.form(first);
      // "thanks for your question, and for checking before your visit"
      if (words.courtesy().contains(opening) || (courtesyBefore && andFor)) {
        return Said.COURTESY;
      }
      if (names(w, first, to)) {
        return Said.COURTESY;
      }
      int verb = first;
      while (verb < to && verb < first + SYMPATHY_OPENING && !words.sympathy().contains(w.form(verb))) {
        verb++;
      }
      if (verb < to && verb < first + SYMPATHY_OPENING && (words.apology().contains(w.form(verb)) || WE.contains(opening))) {
        // "we appreciate you reaching out" thanks in a statement; "we know a good coffee matters" sympathises
        return words.courtesy().contains(w.form(verb)) ? Said.COURTESY : Said.SYMPATHY;
      }
      // "that's a big chunk of your Saturday", "that must be frustrating": a comment on what the customer said
      if (opening.equals("that") && first + 1 < to && COMMENT_VERBS.contains(w.form(first + 1)) && !hasWordOf(w, first, to, words.reasons()) && !sharesPostWord(w, first, to)) {
        return Said.COMMENT;
      }
      return Said.CONTENT;
    }

    private boolean capitalised(Words w, int i) {
      return Character.isUpperCase(draft.text().codePointAt(w.start(i))) && !words.common().contains(w.form(i)) && !words.directAnswer().contains(w.form(i));
    }

    /** Only capitalised words, no more than a full name: "Jo", "Sarah Lou". */
    private boolean names(Words w, int from, int to) {
      int count = 0;
      for (int i = from; i < to; i++) {
        if (w.isPunctuation(i)) {
          continue;
        }
        String f = w.form(i);
        if (!Character.isUpperCase(draft.text().codePointAt(w.start(i))) || words.directAnswer().contains(f) || words.common().contains(f) || ++count > FULL_NAME) {
          return false;
        }
      }
      return count > 0;
    }

    /** Whether a phrase of the {@code answers} lexicon overlaps words [from, to) of a sentence. */
    private boolean vague(Words w, int from, int to) {
      if (from >= to) {
        return false;
      }
      if (vagueHits == null) {
        vagueHits = PhraseFinder.find(draft, vaguePhrases);
      }
      int clauseStart = w.start(from);
      int clauseEnd = w.end(to - 1);
      for (PhraseFinder.Hit hit : vagueHits) {
        if (hit.start() < clauseEnd && clauseStart < hit.end()) {
          return true;
        }
      }
      return false;
    }

    /** A number, a word naming when, a UI path ("Settings > Phone") or a name after a preposition ("at Wakefield", "at the Mill Lane car park"). */
    private boolean specific(Words w, int from, int to) {
      String text = draft.text();
      for (int i = from; i < to; i++) {
        String f = w.form(i);
        char first = f.charAt(0);
        if (first == '@' || first == '#') {
          continue;
        }
        // "2/2" numbers the parts of a thread, it says nothing
        boolean threadPart = (i + 1 < w.size() && w.form(i + 1).equals("/")) || (i > 0 && w.form(i - 1).equals("/"));
        if (((words.when().contains(f) || words.number().contains(f)) && !postSays(f)) || (!w.isPunctuation(i) && !threadPart && f.chars().anyMatch(Character::isDigit) && !postSays(f))) {
          return true;
        }
        if (uiPath(w, i, i + 1)) {
          return true;
        }
        // "at Wakefield"; "at the Mill Lane car park" names where to go, "on the Classic account" no place
        boolean afterPreposition = (i > 0 && words.placePrepositions().contains(w.form(i - 1))) || (i > 1 && w.form(i - 1).equals("the") && w.form(i - 2).equals("at"));
        if (afterPreposition && Character.isUpperCase(text.charAt(w.start(i))) && !f.equals("i")) {
          return true;
        }
      }
      return false;
    }

    /** "Engineers are due at 11", "expected by 6pm"; not "due to the weather", a cause. */
    private boolean upcoming(Words w, int from, int to) {
      for (int i = from; i < to; i++) {
        if (words.upcoming().contains(w.form(i)) && !(i + 1 < w.size() && w.form(i + 1).equals("to") && w.form(i).equals("due"))) {
          return true;
        }
      }
      return false;
    }

    /** A path through screens or menus: "Settings > Phone", "Store → Info". Where to look is always about the customer's next step. */
    private static boolean uiPath(Words w, int from, int to) {
      for (int i = Math.max(from, 1); i < to && i + 1 < w.size(); i++) {
        if ((w.form(i).equals(">") || w.form(i).equals("→")) && !w.isPunctuation(i - 1) && !w.isPunctuation(i + 1)) {
          return true;
        }
      }
      return false;
    }

    private boolean opensWithDirectAnswer(Words w, int from, int to, int within) {
      int seen = 0;
      for (int i = from; i < to && seen < within; i++) {
        if (!w.isPunctuation(i) && !w.form(i).startsWith("@")) {
          if (words.directAnswer().contains(w.form(i))) {
            return true;
          }
          seen++;
        }
      }
      return false;
    }

    private static boolean addressesCustomer(Words w, int from, int to) {
      for (int i = from; i < to; i++) {
        if (w.form(i).startsWith("you")) {
          return true;
        }
      }
      return false;
    }

    private static boolean hasWordOf(Words w, int from, int to, Set<String> set) {
      for (int i = from; i < to; i++) {
        if (set.contains(w.form(i))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the post has this very word: a number or a time the customer wrote ("when will 5G
     * reach Carlisle?" - "we're rolling out 5G"; "still no refund after a week" - "a week is a long
     * time to wait") is their matter repeated, not a new fact.
     */
    private boolean postSays(String form) {
      return context.customerPost().isPresent() && PhraseFinder.wordForms(context.customerPost().get()).contains(form);
    }

    private boolean sharesPostWord(Words w, int from, int to) {
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
      for (int i = from; i < to; i++) {
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

  /** How far into a clause its apology or sympathy may come: "Sorry", "We're so sorry", "we completely understand". */
  private static final int SYMPATHY_OPENING = 4;

  /** The most capitalised words a clause of only a name has: "Sarah Lou". */
  private static final int FULL_NAME = 2;

  /** Where a sentence is cut into clauses. */
  private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "-", "—", "–", "!", "?", ".", "…", "(", ")");

  private static final Set<String> WE = Set.of("we", "i");

  /** "that's …", "that must be …", "that sounds …": a comment on what the customer said. */
  private static final Set<String> COMMENT_VERBS = Set.of("'s", "is", "must", "sounds", "seems", "would", "was", "does");

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

  private static boolean asksQuestion(Draft post) {
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
  private static boolean isQuestion(Words w) {
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

  private static final Set<String> APOLOGY =
      Set.of("sorry", "apologise", "apologize", "apologies", "apology", "unfortunately", "unable", "regret", "afraid");

  /** A thank-you to praise: the post is positive and asks nothing ("love the new menu, is the wrap back?" waits for an answer). */
  private static boolean answersPraise(Draft draft, RuleContext context) {
    if (context.customerPost().isEmpty() || Sentiment.of(context.customerPost().get()) != Sentiment.Polarity.POSITIVE || asksQuestion(context.customerPost().get())) {
      return false;
    }
    return WholeDraft.anyForm(draft, GRATITUDE);
  }
}
