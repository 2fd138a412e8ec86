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
  private static final Set<String> NEGATORS = Set.of("not", "no", "never", "cannot", "nothing", "nobody", "without", "neither", "nor");
  /** Negators that reach three words on: "never had a problem", "no sign of any issue". */
  private static final Set<String> STRONG_NEGATORS = Set.of("never", "no");
  private static final Set<String> ABSENT_TROUBLE = Set.of("problem", "problems", "fuss", "worries", "bother", "hassle", "complaints", "issues", "probs", "trouble", "drama");
  private static final Set<String> NEGATED_NEUTRAL = Set.of("forget", "mind", "worry", "hesitate", "miss", "decide", "choose", "believe");
  private static final Set<String> NEGATED_PRAISE = Set.of("resist", "pass", "wait", "thank", "recommend", "beat", "complain", "enough", "fault");
  /** Verbs that, negated, describe something broken: "won't load", "doesn't work". */
  private static final Set<String> FAILING_WHEN_NEGATED =
      Set.of("work", "working", "works", "load", "loading", "open", "connect", "arrive", "arrived", "charge", "respond", "responded", "get", "got", "receive", "received", "log", "sign", "help", "helped", "answer", "answered", "reply", "replied", "fix", "fixed", "show", "start", "turn", "play", "send", "sent", "access", "use", "find", "come", "came", "happy", "good", "ok", "okay", "acceptable", "cool", "fair", "right");

  private Sentiment() {}

  public static Polarity of(Draft post) {
    int positive = 0;
    int negative = 0;
    for (Words w : post.scannedSentences()) {
      // in a question, negation alone asks ("why can't I book 5?") rather than complains
      boolean question = w.size() > 0 && w.form(w.size() - 1).equals("?");
      // "why was my card declined?" asks; "prices up again?!" or "charged twice??" complains
      boolean calmQuestion = question && !angry(post.text(), w);
      for (int i = 0; i < w.size(); i++) {
        String form = w.form(i);
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
        boolean negated = i > 0 && (NEGATORS.contains(w.form(i - 1)) || (i > 1 && NEGATORS.contains(w.form(i - 2))) || (i > 2 && STRONG_NEGATORS.contains(w.form(i - 3))));
        if (NEGATORS.contains(form) && i + 1 < w.size()) {
          String next = w.form(i + 1);
          if (NEGATED_PRAISE.contains(next)) {
            positive += 2;
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
        Integer pair = i + 1 < w.size() ? SCORES.get(form + " " + w.form(i + 1)) : null;
        if (pair != null) {
          // "fed up", "let down": the phrase has a polarity its words do not
          if (!(calmQuestion && pair > -3)) {
            if (pair > 0) {
              positive += pair;
            } else {
              negative -= pair;
            }
          }
          i++;
          continue;
        }
        if (!question && duration(w, i)) {
          // "on hold for 50 minutes", "engaged all day": how long it went on is the complaint
          negative += 1;
        }
        Integer score = SCORES.get(form);
        if (score == null) {
          if (calmQuestion) {
            continue;
          }
          if (negated && FAILING_WHEN_NEGATED.contains(form)) {
            negative += 2;
          } else if (NEGATORS.contains(form) && !suggestion(w, i)) {
            // "won't load", "never arrived", "without asking": negation in a post is a complaint
            negative += 1;
          }
          continue;
        }
        if (negated) {
          score = score > 0 ? -score : 1;
        }
        if (calmQuestion && score < 0 && score > -3) {
          // a calm question names its problem to ask about it; only strong words make it a complaint
          continue;
        }
        if (score > 0) {
          positive += score;
        } else {
          negative -= score;
        }
      }
    }
    if (negative >= 2 || (negative >= 1 && positive < 2)) {
      return positive >= negative + 4 ? Polarity.POSITIVE : Polarity.NEGATIVE;
    }
    return positive >= 2 ? Polarity.POSITIVE : Polarity.NEUTRAL;
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
    if (form.equals("for") && i + 2 < w.size() && TIME_UNITS.contains(w.form(i + 2))) {
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
    String s = text.substring(w.span().start(), w.span().end());
    if (s.contains("??") || s.contains("?!") || s.contains("!?")) {
      return true;
    }
    for (int i = 0; i < w.size(); i++) {
      int a = w.start(i);
      int b = w.end(i);
      if (b - a >= 4 && text.substring(a, b).chars().allMatch(Character::isUpperCase)) {
        return true;
      }
    }
    return false;
  }

  /** "why don't you open earlier?": a negated question that suggests rather than complains. */
  private static boolean suggestion(Words w, int i) {
    return i >= 2 && w.form(i - 1).equals("do") && w.form(i - 2).equals("why");
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
