package dev.replylint.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replylint.DraftInput;
import dev.replylint.Linter;
import dev.replylint.policy.PolicyLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the tone rules on the labelled set in {@code tone-eval/replies.jsonl}: precision, recall
 * and F1 per rule on the tune and the held rows, printed with every disagreement, and floors
 * asserted on the held rows. Both splits have been tuned on since 2026-12-03; generalisation is
 * measured on a blind set this class does not read.
 */
class ToneEvaluationTest {
  static final List<String> TONE_RULES =
      List.of("judgemental-tone", "help-offer", "avoid-phrases", "channel-switch", "empathy", "offer-privacy");

  /**
   * F1 floors on the held rows, a little under what the rules reach today, so a change that makes
   * them worse fails. Since 2026-12-03 the held rows have been read and tuned on like the tune
   * rows, so these guard against regressions; they are not a measure of generalisation (the blind
   * set written by someone else is). Figures when set: judgemental-tone 0.989, help-offer 0.879,
   * avoid-phrases 0.966, channel-switch 1.000, empathy 0.957, offer-privacy 0.889. Since branch
   * tonemodel, every reply of {@code replies.jsonl} and {@code blind.jsonl} is also a training
   * line of judgemental-tone's model ({@code src/main/training/}), so its floor asserts on data the
   * model was trained on: a regression guard only.
   */
  static final Map<String, Double> F1_FLOOR =
      Map.of("judgemental-tone", 0.95, "help-offer", 0.85, "avoid-phrases", 0.93, "channel-switch", 0.95, "empathy", 0.93, "offer-privacy", 0.85);

  /**
   * Ceiling on the share of clearly good held replies that get a warning from any tone rule: the
   * issue's target, 2% (0 of 70 when set).
   */
  static final double GOOD_FALSE_POSITIVE_CEILING = 0.02;

  /**
   * {@code replies.jsonl} (splits tune and held) and {@code blind.jsonl} (split blind: 280 rows
   * written on 2026-12-03 by QA who never read the rules; first scored that day, see the README of
   * tone-eval), and {@code blind2.jsonl} (split blind2: 271 rows written the same way later that
   * day, first scored after the second round of tone work). Blind rows are printed, never
   * asserted: a floor would invite tuning on them.
   */
  static final List<String> LABELLED_FILES = List.of("replies.jsonl", "blind.jsonl", "blind2.jsonl", "blind3.jsonl", "blind4.jsonl", "blind5.jsonl", "blind6.jsonl", "blind7.jsonl", "blind8.jsonl");

  record Row(String id, String split, String kind, String post, String reply, Set<String> expected, Set<String> fired) {}

  static List<Row> rows;

  @BeforeAll
  static void lintEveryRow() throws IOException {
    RuleRegistry registry = BuiltinRules.registry();
    Linter linter = Linter.create(new PolicyLoader(registry).bundled("default"), registry);
    rows = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String file : LABELLED_FILES) {
      readAndLint(file, linter, json);
    }
    assertTrue(rows.stream().filter(r -> r.split().equals("tune") || r.split().equals("held")).count() >= 400, "the labelled set holds " + rows.size() + " rows");
  }

  private static void readAndLint(String file, Linter linter, ObjectMapper json) throws IOException {
    try (InputStream in = ToneEvaluationTest.class.getResourceAsStream("/tone-eval/" + file)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        Set<String> expected = new HashSet<>();
        n.get("fire").forEach(f -> expected.add(f.asText()));
        Set<String> fired = new HashSet<>();
        for (Finding f : linter.lint(new DraftInput(n.get("id").asText(), n.get("reply").asText(), n.get("post").asText(), Map.of())).findings()) {
          if (f.severity().atLeast(Severity.WARNING) && TONE_RULES.contains(f.ruleId())) {
            fired.add(f.ruleId());
          }
        }
        rows.add(new Row(n.get("id").asText(), blindHalf(n.get("id").asText(), n.get("split").asText()), n.get("kind").asText(), n.get("post").asText(), n.get("reply").asText(), expected, fired));
      }
    }
  }

  /**
   * The blind set, once read, is split by row number: odd rows (b001, b003, …) may be read and
   * tuned on, even rows only scored, so a change to the rules is checked on rows it was not made
   * for.
   */
  static String blindHalf(String id, String split) {
    boolean odd = Integer.parseInt(id.replaceAll("\\D", "")) % 2 == 1;
    if (split.equals("blind5")) {
      return odd ? "b5-odd" : "b5-even";
    }
    if (split.equals("blind6")) {
      return odd ? "b6-odd" : "b6-even";
    }
    if (split.equals("blind7")) {
      return odd ? "b7-odd" : "b7-even";
    }
    if (!split.equals("blind")) {
      return split;
    }
    return odd ? "b-odd" : "b-even";
  }

  static final List<String> SPLITS = List.of("tune", "held", "b-odd", "b-even", "blind2", "blind3", "blind4", "b5-odd", "b5-even", "b6-odd", "b6-even", "b7-odd", "b7-even", "blind8");

  /**
   * Splits nobody may read: each new blind set is written by QA before a round of tone work and is
   * scored unread, before and after it (figures in tone-eval/README.md). While a split is listed
   * here its figures print but its rows never do, so it stays a check on text no change was made
   * for. Empty between rounds: once a round's honest figures are recorded, its set is development
   * data like the older ones.
   */
  static final Set<String> UNREAD = Set.of("b7-even", "blind8");

  static PrecisionRecall score(String rule, String split) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Row r : rows) {
      if (!r.split().equals(split)) {
        continue;
      }
      boolean want = r.expected().contains(rule);
      boolean got = r.fired().contains(rule);
      tp += want && got ? 1 : 0;
      fp += !want && got ? 1 : 0;
      fn += want && !got ? 1 : 0;
    }
    return new PrecisionRecall(tp, fp, fn);
  }

  static List<String> registeredToneRules() {
    Set<String> ids = BuiltinRules.registry().ids();
    return TONE_RULES.stream().filter(ids::contains).toList();
  }

  @Test
  void heldOutScoresReachTheirFloors() {
    Map<String, PrecisionRecall> held = new LinkedHashMap<>();
    System.out.println("rule                 split  TP  FP  FN  precision recall  F1");
    for (String rule : registeredToneRules()) {
      for (String split : SPLITS) {
        PrecisionRecall s = score(rule, split);
        System.out.printf(Locale.ROOT, "%-20s %-6s %3d %3d %3d    %.3f   %.3f  %.3f%n", rule, split, s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1());
        if (split.equals("held")) {
          held.put(rule, s);
        }
      }
    }
    for (Row r : rows) {
      if (!r.expected().equals(r.fired()) && !UNREAD.contains(r.split())) {
        Set<String> missed = new HashSet<>(r.expected());
        missed.removeAll(r.fired());
        Set<String> extra = new HashSet<>(r.fired());
        extra.removeAll(r.expected());
        missed.retainAll(registeredToneRules());
        if (!missed.isEmpty() || !extra.isEmpty()) {
          System.out.println(r.split() + " " + r.id() + " missed " + missed + " extra " + extra + ": " + r.reply() + "   <- " + r.post());
        }
      }
    }
    held.forEach(
        (rule, s) ->
            assertTrue(
                s.f1() >= F1_FLOOR.get(rule),
                String.format(Locale.ROOT, "%s: held-out F1 %.3f below %.2f (P %.3f, R %.3f)", rule, s.f1(), F1_FLOOR.get(rule), s.precision(), s.recall())));
  }

  @Test
  void clearlyGoodRepliesAreLeftAlone() {
    for (String split : SPLITS) {
      int good = 0;
      int flagged = 0;
      for (Row r : rows) {
        if (r.split().equals(split) && r.kind().equals("good") && r.expected().isEmpty()) {
          good++;
          if (!r.fired().isEmpty()) {
            flagged++;
            if (!UNREAD.contains(split)) System.out.println("good reply flagged (" + split + " " + r.id() + ") " + r.fired() + ": " + r.reply());
          }
        }
      }
      double rate = flagged / (double) good;
      System.out.printf(Locale.ROOT, "good replies (%s): %d of %d flagged, false-positive rate %.3f%n", split, flagged, good, rate);
      if (split.equals("held")) {
        assertTrue(rate <= GOOD_FALSE_POSITIVE_CEILING, "held-out false-positive rate on good replies " + rate);
      }
    }
  }

  @Test
  void otherLanguagesGetNoWarnings() {
    Map<String, Integer> unreadWarned = new java.util.TreeMap<>();
    for (Row r : rows) {
      if (!r.kind().equals("other-language")) {
        continue;
      }
      if (UNREAD.contains(r.split())) {
        unreadWarned.merge(r.split(), r.fired().isEmpty() ? 0 : 1, Integer::sum);
      } else {
        assertTrue(r.fired().isEmpty(), r.id() + " " + r.fired() + ": " + r.reply());
      }
    }
    unreadWarned.forEach((split, n) -> System.out.println("other-language replies warned (" + split + ", unread): " + n));
  }
}
