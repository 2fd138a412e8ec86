package dev.replylint.rules;

import static dev.replylint.rules.HelpOfferRule.APOLOGY;
import static dev.replylint.rules.HelpOfferRule.QUESTION_OPENERS;
import static dev.replylint.rules.HelpOfferRule.asksQuestion;
import static dev.replylint.rules.HelpOfferRule.isQuestion;

import dev.replylint.rules.tone.CompiledPhrase;
import dev.replylint.rules.tone.LanguageLexicon;
import dev.replylint.rules.tone.PhraseFinder;
import dev.replylint.rules.tone.Sentiment;
import dev.replylint.rules.tone.WholeDraft;
import dev.replylint.text.Draft;
import dev.replylint.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a reply that offers nothing still answers: the customer asked and the reply says
 * something of substance, or the reply states something specific about the customer's matter.
 * Filler never counts: a sentence the {@code answers} lexicon finds vague ("it's been noted",
 * "in some areas"), one that only apologises, and one that talks down answer nothing.
 */
final class HelpOfferAnswers {
  /** The word classes of the {@code answers} lexicon of one language. */
  record AnswerWords(
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

  private final Draft draft;
  private final RuleContext context;
  private final List<CompiledPhrase> vaguePhrases;
  private final AnswerWords words;
  private final Rebukes rebuked;
  private List<PhraseFinder.Hit> vagueHits;
  private Set<String> postWords;

  HelpOfferAnswers(Draft draft, RuleContext context, List<CompiledPhrase> vaguePhrases, AnswerWords words, Rebukes rebuked) {
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

  /** Whether the customer's post asks something. */
  boolean asked() {
    return context.customerPost().isPresent() && asksQuestion(context.customerPost().get());
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

  /** How far into a clause its apology or sympathy may come: "Sorry", "We're so sorry", "we completely understand". */
  private static final int SYMPATHY_OPENING = 4;

  /** The shortest word compared with the post's words. */
  private static final int MIN_CONTENT_WORD = 3;

  /** How many leading letters two words share to count as the same word: "delivery", "delivered". */
  private static final int CONTENT_KEY = 5;

  private static final Set<String> WE = Set.of("we", "i");

  /** The most capitalised words a clause of only a name has: "Sarah Lou". */
  private static final int FULL_NAME = 2;

  /** How far into a sentence a direct answer opens it: "Yes", "Of course", "I'm afraid not". */
  private static final int DIRECT_ANSWER_WORDS = 3;

  /** "that's …", "that must be …", "that sounds …": a comment on what the customer said. */
  private static final Set<String> COMMENT_VERBS = Set.of("'s", "is", "must", "sounds", "seems", "would", "was", "does");

  /** Where a sentence is cut into clauses. */
  private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "-", "—", "–", "!", "?", ".", "…", "(", ")");

  /** Words a reply needs to be an answer rather than a bare "sorry" or "yes". */
  private static final int ANSWER_WORDS = 5;
}
