package dev.replylint.rules.tone;

import dev.replylint.rules.Finding;
import dev.replylint.rules.RuleContext;
import dev.replylint.text.Draft;
import dev.replylint.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * judgemental-tone's second route: each sentence of an English draft that the lexicon left alone
 * is scored by {@link TalkingDownModel}, and one that reads as talking down to the customer is
 * reported where it stands. The lexicon names the phrasings we know; the model reaches new wording
 * of the same moves (see {@code src/main/training/}).
 */
public final class TalkingDownSentences {
  private TalkingDownSentences() {}

  static final String MESSAGE = "reads as talking down to the customer (blame, lecturing, sarcasm or dismissal), by the tone model";
  static final String SUGGESTION = "Say what happened and what you will do, without judging the customer: \"Sorry this went wrong; here's what we can do: …\"";

  /**
   * Sentences opening on the brand itself ("We should have caught this") and not addressing the
   * customer are its own business. "Our" is not among them: a sentence opening on the brand's
   * things or people ("Our staff were busy helping other customers", "Our hours are on the door")
   * speaks of them in the third person, like "The lounge…", and is where a brush-off often hides.
   */
  private static final Set<String> BRAND_OPENINGS = Set.of("we", "i", "my", "we're", "we've", "we'll", "i'm", "i've", "i'll", "let", "sorry", "apologies", "thanks", "thank");

  /**
   * Words of opinion that turn a brand opening into a verdict on the customer's account: "I'm sure
   * it's fine.", "I find it hard to believe of our team", "We suspect there's more to this story."
   * defend the brand against the customer, so such a sentence is scored although it opens on the
   * brand; the model reads "I'm sure we can sort this" as fine.
   */
  private static final Set<String> STANCE_WORDS = Set.of("sure", "doubt", "find", "suspect", "believe", "imagine", "guess", "reckon", "assume", "bet", "certain", "confident");

  /** How many words after the brand's opening a stance word may stand ("I'm quite sure", "I do find"). */
  private static final int STANCE_REACH = 3;

  /**
   * Words that make a reply courteous: a reply with none of them (and no exclamation, emoji, link
   * or question) is cold, and a cold reply's sentence is reported a little below the threshold.
   * judgemental-tone's curt-command check reads the same words.
   */
  public static final Set<String> COURTESY =
      Set.of("sorry", "apologise", "apologize", "apologies", "apology", "please", "thanks", "thank", "happy", "glad", "hope", "appreciate", "understand", "help", "welcome", "kindly", "love", "feel", "dm", "let", "hi", "hello", "hey", "could", "would", "can", "might", "may", "ask", "know", "worries", "problem", "sure", "course", "absolutely", "great", "us");

  /**
   * How far below the threshold a sentence of a cold reply is still reported. Many put-downs in new
   * words score 0.7–0.8 ("It's quick on a decent phone."), and so do many plain brand sentences;
   * what tells them apart is the rest of the reply: the put-down comes with no sorry, thanks,
   * please, offer, question or exclamation, the plain sentence almost always with one. Only in
   * answer to a customer's post that is not praise: without the post the rule does not guess, and a
   * cold one-line instruction ("The lid isn't dishwasher-safe, so hand-wash it.") is fine alone.
   */
  static final double COLD_REPLY_MARGIN = 0.1;

  /**
   * How far below the threshold a sentence closed by the customer's name ("It's raining, Aman.",
   * "Same way as every other bank, Lou: at a cash machine.") is still reported in a cold reply to a
   * complaint. A short statement with the name as its last word is a rebuke the model scores
   * 0.6–0.8 in new words, while warm uses of the name come with courtesy ("Thanks, Sam.", "Have a
   * lovely day, Jo.") or score far lower; over the labelled sets, no good reply's cold statement
   * closed by a name scores at or above 0.6 (see tone-eval/README.md, round jt10).
   */
  static final double NAME_REBUKE_MARGIN = 0.2;

  /** A sentence shorter than this many words says too little for the model to judge. */
  private static final int MIN_WORDS = 2;

  /**
   * Findings for the sentences scored at or above the threshold (or within {@link
   * #COLD_REPLY_MARGIN} under it, in a cold reply to a complaint) that no finding in {@code already}
   * covers. The model is loaded the first time a sentence gets this far.
   */
  public static List<Finding> find(Draft draft, RuleContext context, double threshold, List<Finding> already) {
    return find(draft, context, threshold, already, Set.of());
  }

  /**
   * As {@link #find(Draft, RuleContext, double, List)}, where a sentence closed by the customer's
   * name, or by one of {@code vocativeTitles} ("sir", "mate"), is reported from {@link
   * #NAME_REBUKE_MARGIN} under the threshold in a cold reply to a complaint.
   */
  public static List<Finding> find(Draft draft, RuleContext context, double threshold, List<Finding> already, Set<String> vocativeTitles) {
    List<Finding> out = new ArrayList<>();
    List<Words> sentences = draft.scannedSentences();
    Boolean cold = null; // read only when a sentence lands just under the threshold
    for (int index = 0; index < sentences.size(); index++) {
      Words sentence = sentences.get(index);
      if (!aimedAtCustomer(sentence) || overlaps(sentence, already)) {
        continue;
      }
      int start = sentence.span().start();
      int end = sentence.span().end();
      if (context.shared().insidePlaceholder(draft, start, end)) {
        continue;
      }
      double probability = probability(draft, index);
      if (probability >= threshold) {
        out.add(modelFinding(draft, context, start, end, MESSAGE, probability));
        continue;
      }
      if (probability < threshold - Math.max(COLD_REPLY_MARGIN, NAME_REBUKE_MARGIN)) {
        continue;
      }
      boolean nameRebuke = !opensOnBrand(sentence) && closedByVocative(draft, sentence, vocativeTitles);
      if (probability < threshold - (nameRebuke ? NAME_REBUKE_MARGIN : COLD_REPLY_MARGIN)) {
        continue;
      }
      if (cold == null) {
        cold = coldReplyToComplaint(draft, context);
      }
      if (cold) {
        out.add(modelFinding(draft, context, start, end, nameRebuke ? NAME_REBUKE_MESSAGE : MESSAGE, probability));
      }
    }
    if (out.isEmpty() && already.isEmpty()) {
      wholeReply(draft, context, threshold).ifPresent(out::add);
    }
    return out;
  }

  static final String NAME_REBUKE_MESSAGE = "a cold statement closed by the customer's name reads as a rebuke (\"It's raining, Aman.\"), by the tone model";

  /** Whether the sentence's first word is the brand speaking ("I assure you, I'm a real person, Caesar." is not a rebuke). */
  private static boolean opensOnBrand(Words sentence) {
    for (int i = 0; i < sentence.size(); i++) {
      String f = sentence.form(i);
      if (!f.startsWith("@") && Character.isLetter(f.codePointAt(0))) {
        return BRAND_OPENINGS.contains(f);
      }
    }
    return false;
  }

  /** What may follow a vocative that closes a statement: the sentence's end, or a colon before the point ("…, Lou: at a cash machine."). */
  private static final Set<String> VOCATIVE_CLOSERS = Set.of(".", ":", "…", "...");

  /**
   * Whether the sentence's statement is closed by a vocative: after a comma and at least one
   * word, a capitalised name ("Aman", as written in the draft, not as scanned) or one of {@code
   * titles}, followed only by the sentence's end, a colon or an eye-roll ({@link #SNIDE_EMOJI}). A name followed by more words
   * ("Usually 1 to 3 days, Wes, depending on…") or a semicolon goes on to answer, and does not count.
   */
  static boolean closedByVocative(Draft draft, Words sentence, Set<String> titles) {
    for (int i = 2; i < sentence.size(); i++) {
      if (!sentence.form(i - 1).equals(",")) {
        continue;
      }
      boolean closes = i + 1 == sentence.size() || VOCATIVE_CLOSERS.contains(sentence.form(i + 1)) || SNIDE_EMOJI.contains(sentence.form(i + 1).codePointAt(0));
      if (closes && (titles.contains(sentence.form(i)) || capitalisedName(draft.text(), sentence.start(i), sentence.end(i)))) {
        return true;
      }
    }
    return false;
  }

  /** One capital and then lower-case letters (an inner hyphen or apostrophe allowed): "Aman", "Mary-Jo", "O'Neil". */
  private static boolean capitalisedName(String text, int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = text.charAt(i);
      boolean joiner = (c == '-' || c == '\'' || c == '\u2019') && i + 1 < end && i > start;
      if (!Character.isLowerCase(c) && !joiner) {
        return false;
      }
    }
    return true;
  }

  static final String WHOLE_REPLY_MESSAGE = "reads, as a whole, as talking down to the customer (blame, lecturing, sarcasm or dismissal), by the tone model";

  /**
   * A put-down often lives between sentences: a bare fact, then a shrug ("It's a 2-hour flight.
   * You'll survive."). Each half alone can read as fine, so a reply of two or more sentences that
   * no sentence finding reached is also scored as one text, reported over its sentences.
   */
  private static Optional<Finding> wholeReply(Draft draft, RuleContext context, double threshold) {
    double probability = wholeReplyProbability(draft);
    if (probability < threshold) {
      return Optional.empty();
    }
    List<Words> sentences = draft.scannedSentences();
    int start = sentences.get(0).span().start();
    int end = sentences.get(sentences.size() - 1).span().end();
    if (context.shared().insidePlaceholder(draft, start, end)) {
      return Optional.empty();
    }
    return Optional.of(modelFinding(draft, context, start, end, WHOLE_REPLY_MESSAGE, probability));
  }

  /**
   * Whether the model reads an English draft, taken as one text, as talking down at the threshold
   * (two sentences of two words or more, not part of a thread): for rules that must not count the
   * facts in such a reply as an answer ("We're a hotel, not a hostel. Checkout is 11.").
   */
  public static boolean talksDownAsAWhole(Draft draft, double threshold) {
    return wholeReplyProbability(draft) >= threshold;
  }

  private static final Object WHOLE_REPLY_SCORE = new Object();

  /** The whole reply's score, once per draft (judgemental-tone and help-offer both ask); 0 when it is not scored as a whole. */
  private static double wholeReplyProbability(Draft draft) {
    return draft.derived(
        WHOLE_REPLY_SCORE,
        d -> {
          List<Words> sentences = d.scannedSentences();
          if (sentences.stream().filter(w -> wordCount(w) >= MIN_WORDS).count() < 2 || threadFragment(d, sentences)) {
            return 0.0;
          }
          return TalkingDownModel.shipped().probability(sentences);
        });
  }

  /**
   * A reply to a customer who is not praising, with no word of courtesy ({@link #COURTESY}), no
   * question, exclamation, emoji or link, and not part of a thread: nothing in it softens a
   * sentence that leans towards a put-down.
   */
  static boolean coldReplyToComplaint(Draft draft, RuleContext context) {
    if (context.customerPost().isEmpty() || Sentiment.of(context.customerPost().get()) == Sentiment.Polarity.POSITIVE) {
      return false;
    }
    if (draft.text().indexOf('?') >= 0 || friendlyMarks(draft.text())) {
      return false;
    }
    List<Words> sentences = draft.scannedSentences();
    if (sentences.isEmpty() || threadFragment(draft, sentences)) {
      return false;
    }
    return !courteous(sentences);
  }

  /**
   * An exclamation, an emoji or a link: the marks of a friendly pointer, not a rebuff (this check and
   * judgemental-tone's curt-command check both read them).
   */
  public static boolean friendlyMarks(String text) {
    if (text.indexOf('!') >= 0 || text.contains("http")) {
      return true;
    }
    return text.codePoints().anyMatch(cp -> cp >= 0x2600 && Character.getType(cp) == Character.OTHER_SYMBOL && !SNIDE_EMOJI.contains(cp));
  }

  /**
   * Emoji that roll the eyes or shrug rather than smile (🙄 🙃 😏 😒 🤷): after a complaint they are
   * the put-down's punctuation, so they do not make a reply friendly. A fixed set of code points,
   * the same in every language, not a lexicon.
   */
  private static final Set<Integer> SNIDE_EMOJI = Set.of(0x1F644, 0x1F643, 0x1F60F, 0x1F612, 0x1F937);

  /** Modals that are courtesy when they ask or offer ("could you", "we can"), not when they look back. */
  private static final Set<String> MODALS = Set.of("could", "would", "can", "might", "may");

  /**
   * Whether any word of these sentences is a word of courtesy ({@link #COURTESY}). A modal in the
   * perfect ("would've saved you the fee", "could have checked") is a counterfactual, often the
   * blame itself, and does not count; nor does "sure" after "I'm" ("I'm sure it's fine").
   */
  public static boolean courteous(List<Words> sentences) {
    for (Words w : sentences) {
      for (int i = 0; i < w.size(); i++) {
        String form = w.form(i);
        if (COURTESY.contains(form) && !(MODALS.contains(form) && perfectFollows(w, i + 1)) && !(form.equals("sure") && i > 0 && OPINION_BEFORE_SURE.contains(w.form(i - 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "I'm sure it's fine" gives the brand's opinion, not a "sure, we can": that "sure" is no courtesy. */
  private static final Set<String> OPINION_BEFORE_SURE = Set.of("i'm", "im", "we're", "'m", "'re", "am", "are", "pretty", "quite", "very", "fairly");

  private static boolean perfectFollows(Words w, int from) {
    int i = from < w.size() && w.form(from).equals("not") ? from + 1 : from;
    return i < w.size() && (w.form(i).equals("have") || w.form(i).equals("'ve"));
  }

  private static final Pattern THREAD_COUNTER = Pattern.compile("(?<![\\d/])\\d/\\d(?![\\d/])");

  /**
   * Part of a reply split over several posts ("… 2/2", or picking up mid-sentence: "through the
   * airline, which…"): its sentences are judged one by one, never as a whole it is not.
   */
  private static boolean threadFragment(Draft draft, List<Words> sentences) {
    if (THREAD_COUNTER.matcher(draft.text()).find()) {
      return true;
    }
    Words first = sentences.get(0);
    for (int i = 0; i < first.size(); i++) {
      String f = first.form(i);
      if (f.startsWith("@")) {
        continue;
      }
      char c = draft.text().charAt(first.start(i));
      return Character.isLowerCase(c) || f.equals(",") || f.equals(";") || f.equals("…");
    }
    return false;
  }

  private static int wordCount(Words sentence) {
    int words = 0;
    for (int i = 0; i < sentence.size(); i++) {
      String f = sentence.form(i);
      if (!f.startsWith("@") && Character.isLetter(f.codePointAt(0))) {
        words++;
      }
    }
    return words;
  }

  private static Finding modelFinding(Draft draft, RuleContext context, int start, int end, String message, double probability) {
    return context
        .finding(draft, start, end, message)
        .property("entry", "tone-model")
        .property("probability", String.format(Locale.ROOT, "%.2f", probability))
        .suggest(SUGGESTION)
        .build();
  }

  /**
   * Whether the model reads this sentence of an English draft as talking down at the threshold:
   * for rules that must not count a question or an instruction said that way as help.
   */
  public static boolean talksDown(Draft draft, int sentenceIndex, double threshold) {
    return aimedAtCustomer(draft.scannedSentences().get(sentenceIndex)) && probability(draft, sentenceIndex) >= threshold;
  }

  private static final Object SCORES = new Object();
  private static final double UNSCORED = -1;

  /**
   * The model's probability for one scanned sentence, computed once per draft: judgemental-tone and
   * help-offer ask about the same sentences. A draft is checked by one thread at a time.
   */
  private static double probability(Draft draft, int sentenceIndex) {
    double[] scores =
        draft.derived(
            SCORES,
            d -> {
              double[] unscored = new double[d.scannedSentences().size()];
              Arrays.fill(unscored, UNSCORED);
              return unscored;
            });
    if (scores[sentenceIndex] == UNSCORED) {
      scores[sentenceIndex] = TalkingDownModel.shipped().probability(List.of(draft.scannedSentences().get(sentenceIndex)));
    }
    return scores[sentenceIndex];
  }

  /**
   * Enough words to judge, and not the brand speaking of itself: a sentence that opens on the brand
   * ("we", "I", "sorry", "thanks") is scored only when it speaks to the customer as "you": "We
   * should have caught this" and "We're concerned to read your message" are the brand's own
   * business. One that names the brand further on is scored: "Weather isn't something we control,
   * funnily enough" and "Over 90% of our passengers check in online" talk down without a "you". So
   * is one where the brand gives its opinion of the customer's account ({@link #STANCE_WORDS}: "I'm
   * sure it's fine.").
   */
  static boolean aimedAtCustomer(Words sentence) {
    int words = 0;
    boolean you = false;
    boolean stance = false;
    String first = null;
    for (int i = 0; i < sentence.size(); i++) {
      String f = sentence.form(i);
      if (f.startsWith("@") || !Character.isLetter(f.codePointAt(0))) {
        continue;
      }
      if (first == null) {
        first = f;
      }
      words++;
      you |= f.equals("you") || f.equals("u");
      stance |= words > 1 && words <= 1 + STANCE_REACH && STANCE_WORDS.contains(f);
    }
    if (words < MIN_WORDS) {
      return false;
    }
    return !BRAND_OPENINGS.contains(first) || you || stance;
  }

  private static boolean overlaps(Words sentence, List<Finding> findings) {
    for (Finding f : findings) {
      if (f.start() < sentence.span().end() && sentence.span().start() < f.end()) {
        return true;
      }
    }
    return false;
  }
}
