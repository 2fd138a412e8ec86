package dev.replylint.rules.privatedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.replylint.DraftInput;
import dev.replylint.Linter;
import dev.replylint.policy.PolicyLoader;
import dev.replylint.rules.BuiltinRules;
import dev.replylint.rules.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the rule on a labelled evaluation file (see {@code private-data-eval/README.md}): per
 * kind of data, a finding is right when it overlaps a marked span of its kind; requests are scored
 * per draft.
 */
final class PrivateDataEvaluation {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  record Labelled(String kind, int start, int end) {}

  record Draft(String text, List<Labelled> data, boolean request) {}

  /** True/false positives and false negatives of one kind, and the drafts that went wrong. */
  static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;
    final List<String> errors = new ArrayList<>();

    double precision() {
      return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }

    void add(Score other) {
      truePositives += other.truePositives;
      falsePositives += other.falsePositives;
      falseNegatives += other.falseNegatives;
      errors.addAll(other.errors);
    }
  }

  final List<Draft> drafts = new ArrayList<>();
  final Linter linter;

  PrivateDataEvaluation(String resource) {
    this(resource, position -> true);
  }

  /** Keeps only the drafts whose 1-based position in the file passes {@code keepPosition}. */
  PrivateDataEvaluation(String resource, java.util.function.IntPredicate keepPosition) {
    try (InputStream in = getClass().getResourceAsStream("/private-data-eval/" + resource)) {
      JsonNode root = YAML.readTree(in);
      ObjectNode policy = YAML.createObjectNode();
      policy.put("version", 1);
      ObjectNode rule = policy.putObject("rules").putObject("private-data");
      if (root.path("options").isObject()) {
        rule.setAll((ObjectNode) root.get("options"));
      }
      PolicyLoader loader = new PolicyLoader(BuiltinRules.registry());
      linter = Linter.create(loader.parse(resource, policy.toString(), null), BuiltinRules.registry());
      int position = 0;
      for (JsonNode d : root.path("drafts")) {
        if (!keepPosition.test(++position)) {
          continue;
        }
        drafts.add(parse(d.path("text").asText(), d.path("request").asBoolean(false)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Draft parse(String marked, boolean request) {
    StringBuilder text = new StringBuilder();
    List<Labelled> data = new ArrayList<>();
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (c == '⟦') {
        int colon = marked.indexOf(':', i);
        int close = marked.indexOf('⟧', i);
        String kind = marked.substring(i + 1, colon);
        int start = text.length();
        text.append(marked, colon + 1, close);
        data.add(new Labelled(kind, start, text.length()));
        i = close + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return new Draft(text.toString(), data, request);
  }

  /** Scores the set and prints its table under {@code title} (with the draft count) and every error. */
  Map<String, Score> scoreAndPrint(String title) {
    Map<String, Score> scores = score();
    System.out.println(table(title + " (" + drafts.size() + " drafts)", scores));
    scores.get("ALL").errors.forEach(e -> System.out.println("  " + e));
    return scores;
  }

  /** Scores by kind; "request" is the per-draft score of public requests. */
  Map<String, Score> score() {
    Map<String, Score> scores = new TreeMap<>();
    for (Draft d : drafts) {
      List<Finding> findings = linter.lint(DraftInput.of("eval", d.text())).findings();
      boolean requested = false;
      for (Finding f : findings) {
        String kind = String.valueOf(f.properties().get("kind"));
        if (kind.equals("request")) {
          requested = true;
          continue;
        }
        Score s = scores.computeIfAbsent(kind, k -> new Score());
        boolean hit = d.data().stream().anyMatch(l -> l.kind().equals(kind) && l.start() < f.end() && f.start() < l.end());
        if (hit) {
          s.truePositives++;
        } else {
          s.falsePositives++;
          s.errors.add("FP " + kind + " \"" + f.text() + "\" in: " + d.text());
        }
      }
      for (Labelled l : d.data()) {
        boolean found =
            findings.stream()
                .anyMatch(f -> l.kind().equals(f.properties().get("kind")) && l.start() < f.end() && f.start() < l.end());
        if (!found) {
          Score s = scores.computeIfAbsent(l.kind(), k -> new Score());
          s.falseNegatives++;
          s.errors.add("FN " + l.kind() + " \"" + d.text().substring(l.start(), l.end()) + "\" in: " + d.text());
        }
      }
      Score r = scores.computeIfAbsent("request", k -> new Score());
      if (requested && d.request()) {
        r.truePositives++;
      } else if (requested) {
        r.falsePositives++;
        r.errors.add("FP request in: " + d.text());
      } else if (d.request()) {
        r.falseNegatives++;
        r.errors.add("FN request in: " + d.text());
      }
    }
    Score all = new Score();
    scores.values().forEach(all::add);
    scores.put("ALL", all);
    return scores;
  }

  static String table(String title, Map<String, Score> scores) {
    StringBuilder sb = new StringBuilder(title).append('\n');
    sb.append(String.format("%-16s %5s %5s %5s %9s %7s%n", "kind", "tp", "fp", "fn", "precision", "recall"));
    scores.forEach(
        (kind, s) ->
            sb.append(
                String.format(
                    "%-16s %5d %5d %5d %9.3f %7.3f%n",
                    kind, s.truePositives, s.falsePositives, s.falseNegatives, s.precision(), s.recall())));
    return sb.toString();
  }
}
