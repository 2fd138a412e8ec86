package dev.replylint.rules.tone;

import dev.replylint.text.Draft;
import dev.replylint.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether a customer's post is positive (praise, thanks), negative (a complaint, a problem) or
 * neither, from a word-polarity list in the AFINN style with negation: "not working" and "can't
 * log in" count against, "can't thank you enough" and "not bad" for. Chosen over a trained
 * classifier because posts are short and the list is inspectable; its accuracy on the labelled
 * tone set is measured by {@code ToneEvaluationTest}.
 */
public final class Sentiment {
  public enum Polarity {
    POSITIVE,
    NEGATIVE,
    NEUTRAL
  }

  private static final Map<String, Integer> SCORES = load();
  private static final Set<String> PAIR_HEADS = pairHeads(SCORES);
  /** With the contractions typed without an apostrophe ("didnt", "cant"), which the scan keeps whole. */
  private static final Set<String> NEGATORS =
      Set.of("not", "no", "never", "cannot", "nothing", "nobody", "without", "neither", "nor", "dont", "didnt", "doesnt", "cant", "wont", "isnt", "wasnt", "arent", "werent", "havent", "hasnt", "couldnt", "wouldnt", "aint");
  /** Negators that reach three words on: "never had a problem", "no sign of any issue". */
  private static final Set<String> STRONG_NEGATORS = Set.of("never", "no", "nothing");
  private static final Set<String> ABSENT_TROUBLE = Set.of("problem", "problems", "fuss", "worries", "bother", "hassle", "complaints", "issues", "probs", "trouble", "drama");
  private static final Set<String> NEGATED_NEUTRAL = Set.of("forget", "mind", "worry", "hesitate", "miss", "decide", "choose", "believe");
  private static final Set<String> NEGATED_PRAISE = Set.of("resist", "pass", "wait", "thank", "recommend", "beat", "complain", "enough", "fault");
  /** Verbs that, negated, describe something broken: "won't load", "doesn't work". */
  private static final Set<String> FAILING_WHEN_NEGATED =
      Set.of("work", "working", "works", "helping", "found", "load", "loading", "open", "connect", "arrive", "arrived", "charge", "respond", "responded", "get", "got", "receive", "received", "log", "sign", "help", "helped", "answer", "answered", "reply", "replied", "fix", "fixed", "show", "start", "turn", "play", "send", "sent", "access", "use", "find", "come", "came", "happy", "good", "ok", "okay", "acceptable", "cool", "fair", "right",
          "stop", "stopped", "turned", "showed", "appeared", "update", "updated", "refund", "refunded", "call", "called", "contact", "contacted", "deliver",
          "delivered", "collect", "collected", "scan", "scanned", "accept", "accepted", "recognise", "recognised", "recognize", "recognized", "impressed", "satisfied");

  private Sentiment() {}

  /** Memo key: empathy, help-offer, offer-privacy and judgemental-tone all ask about the same post. */
  private static final Object POLARITY = new Object();

  public static Polarity of(Draft post) {
    return post.derived(POLARITY, Sentiment::score);
  }

  private static Polarity score(Draft post) {
    int positive = 0;
    int negative = 0;
    boolean previousCalmQuestion = false;
    boolean laughing = false;
    boolean asked = false;
    for (Words w : post.scannedSentences()) {
      // in a question, negation alone asks ("why can't I book 5?") rather than complains; emoji
      // after the question mark ("does it apply to bowls? 😰") are cut off as a sentence of their own
      boolean question = question(w) || (previousCalmQuestion && wordless(w));
      // "why was my card declined?" asks; "prices up again?!" or "charged twice??" complains
      boolean calmSentence = question && !angry(post.text(), w);
      previousCalmQuestion = calmSentence;
      // "my parcel never came, what can I do?": only the clause that asks is a calm question
      int asksFrom = calmSentence ? askingClause(w) : 0;
      // "thanks for fixing my broken boiler": the trouble is what the thanks are for
      boolean thanking = thanksFor(w);
      boolean sarcasticThanks = thanksForTrouble(w);
      // "saves me 20 minutes every morning": the time measured is what was gained
      boolean benefit = mentionsBenefit(w);
      int positiveBefore = positive;
      int negativeBefore = negative;
      // points from a bare negator: too weak for doubled marks to make a complaint of ("it's Anne with no e!!")
      int bareNegation = 0;
      Set<String> emojiSeen = new HashSet<>();
      int opening = calmSentence ? -1 : praiseOpening(w);
      int openingScore = 0;
      // "my Monday would be nothing without your coffee": what comes before "without" is the praise
      int dependsUpTo = calmSentence ? -1 : cannotDoWithout(w);
      if (dependsUpTo >= 0) {
        positive += 3;
      }
      // hyperbole ("insane", "unreal") takes its polarity from the rest of the sentence, decided at its end
      int hyperbole = 0;
      // praise said in a word of its own, not a phrase like "made my" that could be "made my dog sick"
      int wordPraise = 0;
      int hyperboleScore = 0;
      boolean laughingHere = false;
      for (int i = 0; i < w.size(); i++) {
        String form = w.form(i);
        boolean calmQuestion = calmSentence && i >= asksFrom;
        // what a question tells before it asks complains only with a failure ("my parcel never came,
        // what can I do?"): "my flight's delayed, will I make my connection?" names its problem to ask
        boolean toldBeforeAsking = calmSentence && i < asksFrom;
        if (LAUGHTER.contains(form)) {
          laughing = true;
          laughingHere = true;
          continue;
        }
        if (i <= dependsUpTo) {
          continue;
        }
        if (!Character.isLetterOrDigit(form.codePointAt(0)) && form.codePointAt(0) > 0x2000 && !emojiSeen.add(form)) {
          // "😭😭😭😭" is one cry, however long
          continue;
        }
        if (form.equals("no") && answer(w, i)) {
          // "No, it's only the app", "No I tried that": answering a question, not complaining
          continue;
        }
        if (WHEN_CLAUSES.contains(form) && positive - positiveBefore >= 2) {
          // "your staff were so kind when my dad got confused": the trouble is the occasion of the praise
          thanking = true;
          continue;
        }
        if (sarcasticThanks && THANKS.contains(form)) {
          negative += 2;
          continue;
        }
        if (COUNTERFACTUAL.contains(form) && i + 2 < w.size() && SCORES.getOrDefault(w.form(i + 1), 0) > 0 && (w.form(i + 2).equals("if") || w.form(i + 2).equals("to"))) {
          // "it would be nice to get a reply": a wish for what is missing, not praise
          i++;
          continue;
        }
        int echo = sarcasticEcho(w, i);
        if (echo > i) {
          // "great, just great", "wonderful just wonderful": praise repeated flat is sarcasm
          negative += 3;
          i = echo;
          continue;
        }
        if (EMOTICON_STARTS.indexOf(form.charAt(0)) >= 0 && i + 1 < w.size() && w.end(i) == w.start(i + 1)) {
          // the scan cuts ":(" and ":-)" into their marks
          Integer emoticon = i + 2 < w.size() && w.end(i + 1) == w.start(i + 2) ? SCORES.get(form + w.form(i + 1) + w.form(i + 2)) : null;
          int length = 3;
          if (emoticon == null) {
            emoticon = SCORES.get(form + w.form(i + 1));
            length = 2;
          }
          if (emoticon != null) {
            if (emoticon > 0) {
              positive += emoticon;
            } else {
              negative -= emoticon;
            }
            i += length - 1;
            continue;
          }
        }
        if (form.length() > 1 && form.charAt(0) == '#') {
          // "#disappointed", "#epicfail": a hashtag says what the customer thinks
          Integer tag = SCORES.get(form.substring(1));
          if (tag != null && !(calmQuestion && tag < 3 && tag > -3) && !(thanking && tag < 0)) {
            if (tag > 0) {
              positive += tag;
            } else {
              negative -= tag;
            }
          }
          continue;
        }
        if (i == opening) {
          // counted as praise unless the rest of its sentence complains (below)
          openingScore = SCORES.getOrDefault(form, 0);
          positive += openingScore;
          continue;
        }
        if (!calmQuestion && !benefit && complaintMeasure(w, i)) {
          // "every 5 minutes", "after a month", "half what I pay", "for the 4th time"
          negative += 2;
          continue;
        }
        if (politeApology(w, i)) {
          positive += 2;
          i += 2;
          continue;
        }
        if (SET_PHRASE_HEADS.contains(form) && i + 1 < w.size() && SET_PHRASE_TAILS.contains(w.form(i + 1))) {
          // "lost property", "lost and found": a place, not a loss
          i++;
          continue;
        }
        if (i + 1 < w.size() && (form.equals("too") || form.equals("overly")) && Character.isLetter(w.form(i + 1).codePointAt(0)) && !NOT_EXCESS.contains(w.form(i + 1))) {
          // "too loud", "way too expensive": excess is a complaint whatever the adjective
          negative += calmQuestion ? 0 : 2;
          i++;
          continue;
        }
        if (REPEAT_COUNTS.contains(form) && i + 1 < w.size() && (w.form(i + 1).equals("times") || w.form(i + 1).equals("time"))) {
          // "five times", "third time": counting repeats is a complaint
          negative += calmQuestion ? 0 : 2;
          i++;
          continue;
        }
        boolean negated = i > 0 && (negator(w, i - 1) || (i > 1 && negator(w, i - 2)) || (i > 2 && STRONG_NEGATORS.contains(w.form(i - 3)) && negator(w, i - 3)));
        if (negator(w, i) && i + 1 < w.size()) {
          int comparative = negatedComparative(w, i);
          if (comparative >= 0) {
            // "never felt more alive", "couldn't be happier" praise; "never been more let down", "never had worse service" complain
            String compared = w.form(comparative);
            Integer after = compared.equals("more") && comparative + 1 < w.size() ? SCORES.get(w.form(comparative + 1)) : null;
            if (WORSE.contains(compared) || (after != null && after < 0)) {
              negative += 3;
            } else {
              positive += 3;
            }
            i = compared.equals("more") && comparative + 1 < w.size() ? comparative + 1 : comparative;
            continue;
          }
          String next = w.form(i + 1);
          if (NEGATED_PRAISE.contains(next)) {
            if (ONLY_PRAISE_WHEN_UNABLE.contains(next) && !inability(w, i)) {
              // "didn't wait for me", "wouldn't recommend": the verb's failure, not "can't wait" excitement
              negative += calmQuestion ? 0 : 2;
            } else {
              positive += 2;
            }
            i++;
            continue;
          }
          if (form.equals("no") && ABSENT_TROUBLE.contains(next)) {
            // "no fuss", "no problem": the absence of trouble is praise
            positive += 1;
            i++;
            continue;
          }
          if (NEGATED_NEUTRAL.contains(next)) {
            // "don't forget", "don't mind if I do": a negated verb that complains about nothing
            i++;
            continue;
          }
        }
        if (i + 2 < w.size() && w.form(i + 1).equals("-") && w.end(i) == w.start(i + 1) && w.end(i + 1) == w.start(i + 2)) {
          // the scan splits "no-show", "top-notch", "hassle-free" at the hyphen
          Integer compound = SCORES.get(form + "-" + w.form(i + 2));
          if (compound != null) {
            if (compound > 0 && !calmQuestion) {
              positive += compound;
            } else if (compound < 0 && !(calmQuestion && compound > -3)) {
              negative -= compound;
            }
            i += 2;
            continue;
          }
        }
        if (form.equals("again") && ((i > 0 && COMING_BACK.contains(w.form(i - 1))) || (i > 1 && COMING_BACK.contains(w.form(i - 2))))) {
          // "would order again", "will be back again": a promise to return, not a repeat
          positive += 1;
          continue;
        }
        // only a phrase's first word pays for building the two-word key
        Integer pair = i + 1 < w.size() && PAIR_HEADS.contains(form) ? SCORES.get(form + " " + w.form(i + 1)) : null;
        if (pair != null) {
          // "fed up", "let down": the phrase has a polarity its words do not
          if (!(calmQuestion && pair > -3) && !(thanking && pair < 0)) {
            if (pair > 0) {
              positive += pair;
            } else {
              negative -= pair;
            }
          }
          i++;
          continue;
        }
        if (!question && !benefit && duration(w, i)) {
          // "on hold for 50 minutes", "engaged all day": how long it went on is the complaint
          negative += 1;
        }
        if (ATTACHMENT.contains(form) && !calmQuestion) {
          // "I'm hooked", "obsessed with the new flavour": attachment to what the brand makes
          if (!negated) {
            positive += 2;
            wordPraise++;
          }
          continue;
        }
        if (HYPERBOLE.contains(form) && !negated && !calmQuestion) {
          hyperbole++;
          hyperboleScore += SCORES.getOrDefault(form, 0);
          continue;
        }
        Integer score = SCORES.get(form);
        if (score == null) {
          if (calmQuestion) {
            continue;
          }
          if (negated && FAILING_WHEN_NEGATED.contains(form)) {
            negative += 2;
          } else if (!toldBeforeAsking && negator(w, i) && !suggestion(w, i) && !negatesTrouble(w, i) && !contrasted(w, i)) {
            // "won't load", "never arrived", "without asking": negation in a post is a complaint
            negative += 1;
            bareNegation++;
          }
          continue;
        }
        if (negated) {
          score = score > 0 ? -score : 1;
        }
        if ((calmQuestion || toldBeforeAsking) && score < 3 && score > -3) {
          // a calm question names its problem, or the good thing it asks for ("can you recommend a
          // good…"), to ask about it; only strong words make it a complaint or praise
          continue;
        }
        if (score < 0 && (remedied(w, i) || madeBearable(w, i))) {
          // "fixed my puncture in ten minutes", "helped me find my lost keys", "made our delayed flight
          // bearable": the trouble is what was put right, and putting it right is the praise
          if (remedyDone(w, i)) {
            positive += 2;
          }
          continue;
        }
        if (thanking && score < 0) {
          continue;
        }
        if (score > 0 && likedThingTaken(w, i)) {
          // "you removed my favourite show", "free delivery was scrapped": the liked thing is what was lost
          negative += calmQuestion ? 0 : Math.max(2, score);
          continue;
        }
        if (score > 0) {
          positive += score;
          wordPraise++;
        } else {
          negative -= score;
        }
      }
      if (hyperbole > 0) {
        boolean otherTrouble = negative > negativeBefore;
        boolean praised = wordPraise > 0;
        if (!otherTrouble && (praised || (laughingHere && acquired(w)))) {
          // "the oat latte is unreal, so good", "the sale is insane, bought 4 games 😂"
          positive += 2 * hyperbole;
        } else if (!laughingHere && !praised) {
          // "the prices are insane", "queue is mad and the app crashed": the plain reading
          negative -= hyperboleScore;
        }
      }
      int worth = calmSentence ? -1 : worthVerdict(w);
      if (worth >= 0) {
        // "queued 3 hours, worth it", "binged the whole season, no regrets": the trouble was the price
        // of something the customer judges worth paying
        negative = negativeBefore;
        positive = Math.max(positive, positiveBefore + 3);
      }
      if (negative - negativeBefore > bareNegation && !question && doubledMarks(post.text(), w)) {
        // "my burger was raw in the middle!!": doubled marks intensify a complaint
        negative += 1;
      }
      if (asked && signOff(w)) {
        // "any news on my refund? thanks": closing a question politely is not praise
        positive = Math.min(positive, positiveBefore + 1);
      }
      asked |= calmSentence || asksFavour(w);
      if (openingScore > 0 && negative > negativeBefore) {
        // "great, another delay": the praise that opens a complaint is sarcasm
        positive -= openingScore;
        negative += openingScore;
      }
    }
    if (laughing && negative > 0) {
      // "I'm not paying that for a phone 😂": laughter reads one weak signal as banter
      negative--;
    }
    return decide(positive, negative);
  }

  private static Polarity decide(int positive, int negative) {
    if (negative >= 2 || (negative >= 1 && positive < 2)) {
      return positive >= negative + 4 ? Polarity.POSITIVE : Polarity.NEGATIVE;
    }
    return positive >= 2 ? Polarity.POSITIVE : Polarity.NEUTRAL;
  }


  /** Negated, these praise only as inability: "can't wait", "couldn't recommend more" vs "didn't wait", "wouldn't recommend". */
  private static final Set<String> ONLY_PRAISE_WHEN_UNABLE = Set.of("wait", "recommend", "thank");
  private static final Set<String> ABILITY_MODALS = Set.of("can", "could", "ca");

  /** The negator at i says the customer cannot: "can't", "cannot", "couldn't". */
  private static boolean inability(Words w, int i) {
    String form = w.form(i);
    return form.equals("cannot") || form.equals("cant") || form.equals("couldnt") || (form.equals("not") && i > 0 && ABILITY_MODALS.contains(w.form(i - 1)));
  }

  /** Words of attachment to a product, praise whatever the list says of them elsewhere. */
  private static final Set<String> ATTACHMENT = Set.of("hooked", "obsessed", "addicted", "addictive", "smitten");

  /** Intensifiers used as praise or complaint alike: the sentence around them decides. */
  private static final Set<String> HYPERBOLE =
      Set.of("insane", "insanely", "unreal", "crazy", "nuts", "bonkers", "wild", "wicked", "killer", "ridiculously");

  /** What the customer took part in by choice: buying, booking, watching, eating. */
  private static final Set<String> ACQUIRING =
      Set.of("bought", "buy", "buying", "ordered", "order", "grabbed", "got", "picked", "snapped", "booked", "binged", "watched", "ate", "spent", "added");

  private static boolean acquired(Words w) {
    for (int i = 0; i < w.size(); i++) {
      if (ACQUIRING.contains(w.form(i))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> WORTH_OBJECTS = Set.of("it", "every", "the", "all", "each");
  private static final Set<String> NONE_OF = Set.of("no", "zero", "nil", "without");

  /** "worth it", "well worth the wait", "no regrets", not negated; the index of the verdict or -1. */
  private static int worthVerdict(Words w) {
    for (int i = 0; i + 1 < w.size(); i++) {
      String form = w.form(i);
      boolean worth = form.equals("worth") && WORTH_OBJECTS.contains(w.form(i + 1)) && !(i > 0 && negator(w, i - 1)) && !(i > 1 && negator(w, i - 2));
      // "no regrets" closing what it judges; "no regrets leaving your gym" judges leaving
      boolean noRegrets = NONE_OF.contains(form) && (w.form(i + 1).equals("regrets") || w.form(i + 1).equals("regret"))
          && (i + 2 >= w.size() || !Character.isLetter(w.form(i + 2).codePointAt(0)));
      if (worth || noRegrets) {
        return i;
      }
    }
    return -1;
  }

  private static final Set<String> DEPENDING = Set.of("live", "survive", "cope", "function", "imagine", "manage");
  private static final Set<String> DEPENDED_ON = Set.of("your", "you", "u", "ur", "ya", "y'all");

  /**
   * The index of "without" in "would be nothing without your…", "I'd be lost without you", "can't
   * live without your app", "couldn't survive a week without…", or -1; not when what follows fails
   * ("can't live without your app crashing").
   */
  private static int cannotDoWithout(Words w) {
    for (int k = 1; k + 1 < w.size(); k++) {
      if (!w.form(k).equals("without") || !DEPENDED_ON.contains(w.form(k + 1))) {
        continue;
      }
      boolean depends = false;
      for (int j = Math.max(0, k - 5); j < k && !depends; j++) {
        String form = w.form(j);
        depends = form.equals("nothing") || (form.equals("lost") && j > 0 && (w.form(j - 1).equals("be") || w.form(j - 1).equals("been")))
            || (DEPENDING.contains(form) && j > 0 && negator(w, j - 1)) || (form.equals("do") && j + 1 == k && j > 0 && negator(w, j - 1));
      }
      if (!depends) {
        continue;
      }
      for (int j = k + 2; j < Math.min(w.size(), k + 5); j++) {
        if (w.form(j).endsWith("ing") || NEGATORS.contains(w.form(j))) {
          return -1;
        }
      }
      return k;
    }
    return -1;
  }

  private static final Set<String> MAKING = Set.of("made", "make", "makes", "making");

  /** "made our delayed flight bearable": trouble between "made" and what it was made into. */
  private static boolean madeBearable(Words w, int i) {
    boolean made = false;
    for (int j = Math.max(0, i - 3); j < i && !made; j++) {
      made = MAKING.contains(w.form(j));
    }
    if (!made) {
      return false;
    }
    for (int k = i + 1; k < Math.min(w.size(), i + 4); k++) {
      if (SCORES.getOrDefault(w.form(k), 0) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Before a remedy, what leaves it undone: "waiting to be refunded", "please help me find", "still not fixed". */
  private static final Set<String> UNREALISED = Set.of("to", "be", "been", "being", "please", "pls", "can", "could", "will", "would", "still", "yet", "get", "needs", "need", "if");

  /** The remedy before trouble word i was done, not asked for: "sorted my broken screen", "you helped me find". */
  private static boolean remedyDone(Words w, int i) {
    if (REMEDY_GONE_WRONG.contains(w.form(i))) {
      return false;
    }
    int j = remedy(w, i);
    if (j < 0) {
      for (int k = Math.max(0, i - 3); k < i && j < 0; k++) {
        j = MAKING.contains(w.form(k)) ? k : -1;
      }
    }
    return j >= 0 && !(j > 0 && (negator(w, j - 1) || UNREALISED.contains(w.form(j - 1))));
  }

  private static final Set<String> REMOVALS =
      Set.of("removed", "discontinued", "scrapped", "axed", "ditched", "binned", "abolished", "cancelled", "canceled");
  /** A removal asked for ("can you remove the best offer button") is no loss; "why did you remove…" tells of one. */
  private static final Set<String> REMOVING = Set.of("remove", "discontinue", "scrap", "axe", "ditch", "cancel");
  /** What stands before a liked thing named as a thing: "my favourite show", "the best flavour". */
  private static final Set<String> DETERMINERS = Set.of("my", "our", "the", "your", "his", "her", "their", "all", "its");
  private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "is", "got", "been", "be", "gets", "has", "have", "are");

  /**
   * Liked word i names what was taken away: "removed my favourite show", "took the best flavour off",
   * "my favourite bar has been discontinued".
   */
  private static boolean likedThingTaken(Words w, int i) {
    if (i == 0 || !(DETERMINERS.contains(w.form(i - 1)) || REMOVALS.contains(w.form(i - 1)))) {
      return false;
    }
    for (int j = Math.max(0, i - 3); j < i; j++) {
      String form = w.form(j);
      boolean toldRemoval = REMOVING.contains(form) && j > 1 && w.form(j - 1).equals("you") && w.form(j - 2).equals("did");
      if ((REMOVALS.contains(form) || toldRemoval || (form.equals("rid") && j > 0 && w.form(j - 1).equals("got"))) && !(j > 0 && negator(w, j - 1))) {
        return true;
      }
      if ((form.equals("took") || form.equals("taken") || form.equals("taking")) && takenAway(w, i)) {
        return true;
      }
    }
    for (int j = i + 2; j < Math.min(w.size(), i + 5); j++) {
      if (REMOVALS.contains(w.form(j)) && PASSIVE_AUX.contains(w.form(j - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean takenAway(Words w, int from) {
    for (int k = from + 1; k < Math.min(w.size(), from + 5); k++) {
      String form = w.form(k);
      if (form.equals("off") || form.equals("away")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> WHEN_CLAUSES = Set.of("when", "while", "whilst");
  private static final Set<String> BENEFITS = Set.of("save", "saves", "saved", "saving", "spare", "spares", "spared");
  private static final Set<String> BETTER =
      Set.of("more", "better", "happier", "prouder", "nicer", "easier", "smoother", "friendlier", "kinder", "faster", "quicker", "comfier", "tastier");
  private static final Set<String> WORSE = Set.of("worse", "worst", "ruder", "slower", "less");
  private static final Set<String> ECHO_LINKS = Set.of(",", ".", "…", "-", "just", "simply", "really", "so", "absolutely");
  private static final String EMOTICON_STARTS = ":;=^";

  /** A negator that negates: not "nothing but praise" or "nothing short of amazing". */
  private static boolean negator(Words w, int i) {
    return NEGATORS.contains(w.form(i)) && !(i + 1 < w.size() && NOT_NEGATING.contains(w.form(i + 1)));
  }

  private static final Set<String> NOT_NEGATING = Set.of("but", "short", "less");
  private static final Set<String> CLAUSE_LINKS = Set.of(",", ";", "-", "…", "but", "so", "and");
  private static final Set<String> QUESTION_OPENERS =
      Set.of("what", "how", "why", "when", "where", "who", "which", "can", "could", "will", "would", "is", "are", "do", "does", "did", "should", "shall", "any");

  /** Where the asking clause of a question begins: after "…, " in "X happened, what can I do?"; else 0. */
  private static int askingClause(Words w) {
    int start = 0;
    for (int j = 1; j + 1 < w.size(); j++) {
      if (CLAUSE_LINKS.contains(w.form(j)) && QUESTION_OPENERS.contains(w.form(j + 1))) {
        start = j + 1;
      }
    }
    return start;
  }

  /**
   * The index of the comparative in "never felt more…", "never had better…", "couldn't be happier",
   * "can't be more pleased", or -1. "Not any better" complains and is left to the negation.
   */
  private static int negatedComparative(Words w, int i) {
    String form = w.form(i);
    boolean never = form.equals("never");
    boolean couldNotBe = form.equals("not") && i > 0 && (w.form(i - 1).equals("could") || w.form(i - 1).equals("can")) && i + 1 < w.size() && (w.form(i + 1).equals("be") || w.form(i + 1).equals("have"));
    if (!never && !couldNotBe) {
      return -1;
    }
    for (int j = i + 1; j < Math.min(w.size(), i + 4); j++) {
      if (BETTER.contains(w.form(j)) || WORSE.contains(w.form(j))) {
        return j > i + 1 || !w.form(j).equals("more") ? j : -1;
      }
    }
    return -1;
  }

  /** "no queues, just great coffee": the negation sets up what there is instead, which scores on its own. */
  private static boolean contrasted(Words w, int i) {
    if (!w.form(i).equals("no")) {
      return false;
    }
    for (int j = i + 2; j < Math.min(w.size(), i + 5); j++) {
      if (w.form(j).equals("just") || w.form(j).equals("only")) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsBenefit(Words w) {
    for (int i = 0; i < w.size(); i++) {
      if (BENEFITS.contains(w.form(i))) {
        return true;
      }
    }
    return false;
  }

  /** The index of the echo in "great, just great" or "wonderful just wonderful", or -1. */
  private static int sarcasticEcho(Words w, int i) {
    if (SCORES.getOrDefault(w.form(i), 0) < 2) {
      return -1;
    }
    int j = i + 1;
    while (j < w.size() && ECHO_LINKS.contains(w.form(j))) {
      j++;
    }
    return j > i + 1 && j < w.size() && w.form(j).equals(w.form(i)) ? j : -1;
  }

  /** Laughter marks banter, not complaint ("my parking skills suck 😂"). */
  private static final Set<String> LAUGHTER = Set.of("😂", "🤣", "lol", "lmao", "lmfao", "haha", "hahaha", "rofl");
  private static final Set<String> ANSWER_FOLLOWERS = Set.of(",", ".", "!", "i", "it", "just", "we", "that", "thanks", "thank", "sorry", "not", "only");

  /** "No, it's…" or "No I tried…" opening a sentence answers a question; "no internet again" does not. */
  private static boolean answer(Words w, int i) {
    for (int j = 0; j < i; j++) {
      if (!w.form(j).startsWith("@")) {
        return false;
      }
    }
    return i + 1 >= w.size() || ANSWER_FOLLOWERS.contains(w.form(i + 1));
  }

  private static final Set<String> SET_PHRASE_HEADS = Set.of("lost", "missing");
  private static final Set<String> SET_PHRASE_TAILS = Set.of("property", "and", "persons", "person");
  private static final Set<String> NOT_EXCESS = Set.of("bad", "many", "kind", "good");
  private static final Set<String> REPEAT_COUNTS =
      Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "multiple", "many", "2", "3", "4", "5", "6", "10", "second", "third", "fourth", "fifth", "umpteenth", "nth", "100th");

  private static final Set<String> TIME_UNITS = Set.of("minutes", "mins", "hours", "hrs", "days", "weeks", "months", "hour", "day", "week", "month", "ages");
  private static final Set<String> SPENDING_TIME = Set.of("spent", "wasted", "waited", "lost", "took", "taken", "taking", "wasting", "spending");
  private static final Set<String> WHOLE_STRETCHES =
      Set.of("day", "night", "week", "weekend", "morning", "afternoon", "evening", "journey", "trip", "flight", "way", "stay", "holiday");

  /** "for 50 minutes", "for two days", "all day", "the whole journey" (years are loyalty, not waiting). */
  private static boolean duration(Words w, int i) {
    String form = w.form(i);
    if (form.equals("for") && i + 2 < w.size() && TIME_UNITS.contains(w.form(i + 2)) && !PLANNED.contains(w.form(i + 1))) {
      // "for two days" is how long it went on; "for next week" is a plan
      return true;
    }
    if (form.equals("for") && i + 1 < w.size() && w.form(i + 1).equals("ages")) {
      return true;
    }
    if (SPENDING_TIME.contains(form)) {
      // "spent 40 minutes", "waited two hours", "lost a whole day"
      for (int j = i + 1; j < Math.min(w.size(), i + 4); j++) {
        if (TIME_UNITS.contains(w.form(j))) {
          return true;
        }
      }
    }
    int next = i + 1 < w.size() && w.form(i + 1).equals("the") ? i + 2 : i + 1;
    return (form.equals("all") || form.equals("whole")) && next < w.size() && WHOLE_STRETCHES.contains(w.form(next));
  }

  /** "sorry to bother you": the customer's politeness, not a complaint. */
  private static boolean politeApology(Words w, int i) {
    return i + 2 < w.size() && w.form(i).equals("sorry") && w.form(i + 1).equals("to") && Set.of("bother", "trouble", "disturb", "ask", "pester").contains(w.form(i + 2));
  }

  /** Doubled marks ("??", "?!") or a shouted word: the question is a complaint. */
  private static boolean angry(String text, Words w) {
    if (doubledMarks(text, w)) {
      return true;
    }
    for (int i = 0; i < w.size(); i++) {
      if (shouted(text, w.start(i), w.end(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean shouted(String text, int start, int end) {
    if (end - start < 4) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (!Character.isUpperCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** "why don't you open earlier?": a negated question that suggests rather than complains. */
  private static boolean suggestion(Words w, int i) {
    return i >= 2 && w.form(i - 1).equals("do") && w.form(i - 2).equals("why");
  }

  private static final Set<String> PLANNED = Set.of("next", "this", "the", "that", "tomorrow");
  private static final Set<String> COMING_BACK = Set.of("would", "will", "'ll", "'d", "definitely", "back", "thank", "thanks", "use", "order", "buy", "book", "fly", "stay", "shop", "visit", "come");
  private static final Set<String> PRAISE_INTERJECTIONS =
      Set.of("great", "brilliant", "fantastic", "perfect", "lovely", "nice", "wonderful", "awesome", "superb", "marvellous", "excellent", "cheers", "thanks", "love", "fab", "amazing", "terrific", "cool", "sweet", "wow");
  private static final Set<String> OPENING_FILLERS = Set.of("oh", "ah", "yeah", "well", "just", "so", "really", "how");
  private static final Set<String> FRACTIONS = Set.of("half", "third", "quarter", "twice", "double", "triple", "fraction", "tenth");
  private static final Set<String> SHORT_SPANS = Set.of("a", "one", "two", "three", "few", "couple", "single", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
  private static final Set<String> OCCASIONS =
      Set.of("time", "morning", "evening", "night", "day", "week", "month", "weekend", "visit", "trip", "journey", "call", "order", "minute", "minutes", "hour", "hours", "days", "weeks", "few", "other", "single", "bloody", "damn", "flipping", "5", "10", "15", "20", "30", "2", "3", "two", "three", "five", "ten", "fifteen", "twenty");
  private static final Set<String> EARLY_DEFECT_SPANS = Set.of("day", "days", "week", "weeks", "fortnight", "month", "months", "use", "uses", "wash", "washes", "wear", "wears", "go", "charge", "summer");

  /**
   * A sentence that asks: it ends in "?", perhaps followed by emoji, a link or hashtags ("does the
   * deal apply to bowls? 😰"). Without the mark it is not read as a question: on real posts "can
   * you please fix…" and "how is this okay" ask for nothing.
   */
  private static boolean question(Words w) {
    for (int i = w.size() - 1; i >= 0; i--) {
      String form = w.form(i);
      if (form.equals("?")) {
        return true;
      }
      boolean trailing = form.startsWith("#") || form.startsWith("@") || form.startsWith("http") || form.startsWith("www.") || !Character.isLetterOrDigit(form.codePointAt(0));
      if (!trailing || form.equals(".") || form.equals("!")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> REMEDIES =
      Set.of("fixed", "sorted", "repaired", "replaced", "resolved", "solved", "mended", "refunded", "rescued", "saved", "recovered", "unblocked", "unlocked",
          // not "found", "returned", "tracked": "I found a hair in my food", "returned the broken one" tell of trouble
          "helped", "retrieved", "rebooked", "reunited");
  /** Remedies as what thanks are for: "thanks for replacing my cracked screen"; alone, "tracking broken" is trouble. */
  private static final Set<String> REMEDYING = Set.of("fixing", "sorting", "repairing", "replacing", "resolving", "finding", "rescuing", "helping");
  /** Where the clause of a remedy ends: "fixed it and it broke again" complains after "and". */
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ".", "!", "?", ";", "but", "and", "then");
  /** Trouble a remedy can itself get wrong: "refunded the wrong amount". */
  private static final Set<String> REMEDY_GONE_WRONG = Set.of("wrong", "incorrect", "partial", "less");

  /** Word i names trouble just put right: within four words after "fixed", "sorted", "helped", "found"… */
  private static boolean remedied(Words w, int i) {
    return remedy(w, i) >= 0;
  }

  /** The index of the remedy whose clause holds trouble word i, at most six words back; or -1. */
  private static int remedy(Words w, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
      String form = w.form(j);
      if (CLAUSE_BREAKS.contains(form)) {
        return -1;
      }
      if ((REMEDIES.contains(form) || (REMEDYING.contains(form) && j > 0 && w.form(j - 1).equals("for"))) && !(j > 0 && negator(w, j - 1))) {
        return j;
      }
    }
    return -1;
  }

  /** Only emoji and punctuation. */
  private static boolean wordless(Words w) {
    for (int i = 0; i < w.size(); i++) {
      if (Character.isLetterOrDigit(w.form(i).codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> THANKS = Set.of("thanks", "thank", "thx", "ty", "cheers");
  private static final Set<String> COUNTERFACTUAL = Set.of("be", "been");
  private static final Set<String> FAVOURS = Set.of("please", "pls", "plz", "kindly");

  /** A short sentence of thanks: "Thanks!", "thank you", "cheers 🙏". */
  private static boolean signOff(Words w) {
    int words = 0;
    boolean thanks = false;
    for (int i = 0; i < w.size(); i++) {
      String form = w.form(i);
      if (Character.isLetter(form.codePointAt(0))) {
        words++;
        thanks |= THANKS.contains(form);
      }
    }
    return thanks && words <= 3;
  }

  private static boolean asksFavour(Words w) {
    for (int i = 0; i < w.size(); i++) {
      if (FAVOURS.contains(w.form(i))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> THANKED_FOR_FILLERS =
      Set.of("the", "a", "an", "all", "those", "these", "this", "that", "such", "huge", "long", "massive", "big", "extra", "another", "yet", "endless", "constant", "so", "many");

  /** "thanks for…", "thank you so much for…": what follows is what the customer is thankful for. */
  private static boolean thanksFor(Words w) {
    int thanked = thankedFor(w);
    return thanked >= 0 && !w.form(thanked).equals("nothing") && SCORES.getOrDefault(w.form(thanked), 0) >= 0;
  }

  /** "thanks for the three-hour delay", "thank you for ruining my weekend": the thanks are sarcasm. */
  private static boolean thanksForTrouble(Words w) {
    int thanked = thankedFor(w);
    return thanked >= 0 && SCORES.getOrDefault(w.form(thanked), 0) < 0;
  }

  /** The index of what "thanks… for" thanks for, past "the", "huge" and the like; or -1. */
  private static int thankedFor(Words w) {
    for (int i = 0; i + 1 < Math.min(w.size(), 6); i++) {
      String form = w.form(i);
      if ((form.equals("thanks") || form.equals("thank") || form.equals("cheers") || form.equals("grateful")) && !w.form(Math.min(i + 2, w.size() - 1)).equals("nothing")) {
        for (int j = i + 1; j < Math.min(w.size(), i + 5); j++) {
          if (w.form(j).equals("for")) {
            int k = j + 1;
            while (k < w.size() && THANKED_FOR_FILLERS.contains(w.form(k))) {
              k++;
            }
            return k < w.size() ? k : -1;
          }
        }
      }
    }
    return -1;
  }

  /**
   * The index of praise that opens a sentence and is cut off by punctuation ("great, another
   * delay", "oh brilliant. the app logged me out"), or -1: sincere or sarcastic, the rest of the
   * post decides.
   */
  private static int praiseOpening(Words w) {
    int i = 0;
    while (i < w.size() && (w.form(i).startsWith("@") || OPENING_FILLERS.contains(w.form(i)))) {
      i++;
    }
    if (i + 1 < w.size() && PRAISE_INTERJECTIONS.contains(w.form(i)) && ",.!…-".contains(w.form(i + 1))) {
      return i;
    }
    return -1;
  }

  /**
   * Measures that make a complaint of a plain description: "every 5 minutes", "every single
   * day", "after a month", "within a fortnight", "half what I pay", "for the 4th time".
   */
  private static boolean complaintMeasure(Words w, int i) {
    String form = w.form(i);
    if (form.equals("every") && i + 1 < w.size() && OCCASIONS.contains(w.form(i + 1))) {
      return true;
    }
    if ((form.equals("after") || form.equals("within")) && i + 2 < w.size()) {
      int j = i + 1;
      while (j < w.size() && (w.form(j).equals("only") || w.form(j).equals("just") || w.form(j).equals("less") || w.form(j).equals("than"))) {
        j++;
      }
      if (j + 1 < w.size() && SHORT_SPANS.contains(w.form(j))) {
        int k = j + 1;
        if (k < w.size() && (w.form(k).equals("few") || w.form(k).equals("of") || w.form(k).equals("couple"))) {
          k++;
        }
        return k < w.size() && EARLY_DEFECT_SPANS.contains(w.form(k));
      }
      return false;
    }
    if (FRACTIONS.contains(form) && i + 1 < w.size()) {
      int j = i + 1;
      while (j < w.size() && (w.form(j).equals("of") || w.form(j).equals("the"))) {
        j++;
      }
      return j < w.size() && (w.form(j).equals("what") || w.form(j).equals("speed") || w.form(j).equals("size"));
    }
    if (i + 1 < w.size() && (w.form(i + 1).equals("time") || w.form(i + 1).equals("times")) && ordinal(form)) {
      return true;
    }
    return false;
  }

  /** "4th", "22nd", "3rd": an ordinal written with digits. */
  private static boolean ordinal(String form) {
    int n = form.length();
    if (n < 3 || !Character.isDigit(form.charAt(0))) {
      return false;
    }
    String suffix = form.substring(n - 2);
    return (suffix.equals("th") || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")) && form.substring(0, n - 2).chars().allMatch(Character::isDigit);
  }

  /** "no buffering", "never late": the negator cancels the trouble word after it, complaining of nothing. */
  private static boolean negatesTrouble(Words w, int i) {
    if (i + 1 >= w.size()) {
      return false;
    }
    Integer next = SCORES.get(w.form(i + 1));
    if (next == null && i + 2 < w.size() && COPULA_AND_DETERMINERS.contains(w.form(i + 1))) {
      next = SCORES.get(w.form(i + 2));
    }
    return next != null && next < 0;
  }

  /** "no any trouble", "not a problem", "can't be late": what the negator cancels comes one word on. */
  private static final Set<String> COPULA_AND_DETERMINERS = Set.of("any", "a", "more", "be", "been", "being", "feel", "get");

  /** "!!", "??", "?!": doubled marks anywhere in the sentence. */
  private static boolean doubledMarks(String text, Words w) {
    for (int k = w.span().start() + 1; k < w.span().end(); k++) {
      char c = text.charAt(k);
      char before = text.charAt(k - 1);
      if ((c == '!' || c == '?') && (before == '!' || before == '?')) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> pairHeads(Map<String, Integer> scores) {
    Set<String> heads = new HashSet<>();
    for (String key : scores.keySet()) {
      int space = key.indexOf(' ');
      if (space > 0) {
        heads.add(key.substring(0, space));
      }
    }
    return Set.copyOf(heads);
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> scores = new HashMap<>();
    try (InputStream in = Sentiment.class.getResourceAsStream("sentiment-en.txt")) {
      if (in == null) {
        throw new IllegalStateException("sentiment-en.txt is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int space = line.lastIndexOf(' ');
        scores.put(line.substring(0, space), Integer.parseInt(line.substring(space + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(scores);
  }
}
