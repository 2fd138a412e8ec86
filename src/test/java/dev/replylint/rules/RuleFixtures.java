package dev.replylint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.replylint.DraftInput;
import dev.replylint.Linter;
import dev.replylint.history.EarlierReply;
import dev.replylint.history.Fingerprint;
import dev.replylint.history.MemoryHistory;
import dev.replylint.policy.Policy;
import dev.replylint.policy.PolicyLoader;
import dev.replylint.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a rule's fixture file, {@code src/test/resources/fixtures/<rule-id>.yaml}:
 *
 * <pre>
 * rule: emoticon
 * options: {}            # rule options for every case (optional)
 * brand-terms: [ACME]    # policy brand terms for every case (optional)
 * cases:
 *   - "Sorry about that ⟦:(⟧ we'll fix it"
 *   - text: "Call us ⟦:)⟧"
 *     options: {allow: []}        # replaces the file's options for this case
 *     customer-post: "my order is late"
 *     note: why this case matters
 *     agent: JK                     # the draft's agent (metadata)
 *     history:                      # earlier replies (for sameness); sent a day ago by JK
 *       - "an earlier reply"
 *       - {text: "another", agent: MS, days-ago: 200}
 * </pre>
 *
 * Each ⟦…⟧ marks a span the rule must report exactly; a case without marks must stay clean.
 */
public final class RuleFixtures {
  public static final char OPEN = '⟦';
  public static final char CLOSE = '⟧';

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private RuleFixtures() {}

  /** One case: the text without marks, the marked spans and how to check it. */
  public record Case(
      String ruleId,
      String text,
      List<Span> expected,
      JsonNode options,
      List<String> brandTerms,
      String customerPost,
      String label,
      JsonNode history,
      Map<String, String> metadata) {
    public boolean positive() {
      return !expected.isEmpty();
    }
  }

  public static boolean exists(String ruleId) {
    return RuleFixtures.class.getResource("/fixtures/" + ruleId + ".yaml") != null;
  }

  public static List<Case> load(String ruleId) {
    try (InputStream in = RuleFixtures.class.getResourceAsStream("/fixtures/" + ruleId + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("no fixture file fixtures/" + ruleId + ".yaml");
      }
      JsonNode root = YAML.readTree(in);
      if (!ruleId.equals(root.path("rule").asText())) {
        throw new IllegalStateException("fixtures/" + ruleId + ".yaml says rule: " + root.path("rule").asText());
      }
      JsonNode fileOptions = root.path("options");
      List<String> brandTerms = new ArrayList<>();
      root.path("brand-terms").forEach(t -> brandTerms.add(t.asText()));
      List<Case> cases = new ArrayList<>();
      int index = 0;
      for (JsonNode c : root.path("cases")) {
        index++;
        String marked = c.isTextual() ? c.asText() : c.path("text").asText();
        JsonNode options = c.has("options") ? c.get("options") : fileOptions;
        String customerPost = c.has("customer-post") ? c.get("customer-post").asText() : null;
        Marked unmarked = unmark(marked);
        String label = "#" + index + " " + abbreviate(marked);
        Map<String, String> metadata = c.has("agent") ? Map.of("agent", c.get("agent").asText()) : Map.of();
        cases.add(new Case(ruleId, unmarked.text(), unmarked.spans(), options, brandTerms, customerPost, label, c.path("history"), metadata));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A marked fixture text: the text without its ⟦ ⟧ marks, and the spans they marked. */
  public record Marked(String text, List<Span> spans) {}

  /** Removes the ⟦ ⟧ marks from a fixture text, keeping where they were as spans. */
  public static Marked unmark(String marked) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char ch = marked.charAt(i);
      if (ch == OPEN) {
        open = text.length();
      } else if (ch == CLOSE) {
        spans.add(new Span(open, text.length()));
        open = -1;
      } else {
        text.append(ch);
      }
    }
    return new Marked(text.toString(), spans);
  }

  /** Runs one case's rule alone, with the bundled default's placeholders, and returns its spans. */
  public static List<Finding> run(Case c) {
    Policy policy = policyFor(c);
    Linter linter = Linter.create(policy, BuiltinRules.registry(), history(c, policy));
    return linter.lint(new DraftInput("fixture", c.text(), c.customerPost(), c.metadata())).findings();
  }

  /** The case's earlier replies, numbered from 1 in the order given. */
  private static MemoryHistory history(Case c, Policy policy) {
    MemoryHistory.Builder history = MemoryHistory.builder();
    long id = 0;
    for (JsonNode h : c.history()) {
      String text = h.isTextual() ? h.asText() : h.path("text").asText();
      String agent = h.path("agent").asText("JK");
      Instant sentAt = Instant.now().minus(h.path("days-ago").asLong(1), ChronoUnit.DAYS);
      history.add(
          Fingerprint.of(text, policy.shared().placeholders()),
          new EarlierReply(++id, null, text, agent, "twitter", sentAt, 0));
    }
    return history.build();
  }

  static Policy policyFor(Case c) {
    PolicyLoader loader = new PolicyLoader(BuiltinRules.registry());
    Policy base = loader.bundled("default");
    ObjectNode policy = YAML.createObjectNode();
    policy.put("version", 1);
    base.placeholders().forEach(policy.putArray("placeholders")::add);
    c.brandTerms().forEach(policy.putArray("brand-terms")::add);
    ObjectNode rule = policy.putObject("rules").putObject(c.ruleId());
    if (c.options() != null && c.options().isObject()) {
      rule.setAll((ObjectNode) c.options());
    }
    return loader.parse("fixtures/" + c.ruleId() + ".yaml", policy.toString(), null);
  }

  private static String abbreviate(String s) {
    String oneLine = s.replace("\n", "\\n").replace("\r", "\\r");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
