package dev.replylint.policy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.re2j.Pattern;
import dev.replylint.rules.Severity;
import dev.replylint.rules.SharedOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective policy after {@code extends:} is resolved and every value validated: which rules
 * run, at what severity, with which typed options. Immutable and safe to share.
 */
public final class Policy {
  private final String origin;
  private final Severity failOn;
  private final List<String> brandTerms;
  private final List<String> placeholders;
  private final SharedOptions shared;
  private final Map<String, RuleSettings> rules;

  Policy(String origin, Severity failOn, List<String> brandTerms, List<String> placeholders, Map<String, RuleSettings> rules) {
    this.origin = origin;
    this.failOn = failOn;
    this.brandTerms = List.copyOf(brandTerms);
    this.placeholders = List.copyOf(placeholders);
    List<Pattern> compiled = new ArrayList<>();
    for (String placeholder : placeholders) {
      compiled.add(Pattern.compile(placeholder));
    }
    this.shared = new SharedOptions(brandTerms, compiled);
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
  }

  /** Where the policy came from: a file path, or {@code bundled:default}. */
  public String origin() {
    return origin;
  }

  /** Findings at or above this severity make {@code check} exit 1. */
  public Severity failOn() {
    return failOn;
  }

  public List<String> brandTerms() {
    return brandTerms;
  }

  /** Placeholder patterns as written (RE2 syntax). */
  public List<String> placeholders() {
    return placeholders;
  }

  public SharedOptions shared() {
    return shared;
  }

  /** The rules the policy mentions, by id, alphabetical; disabled ones included. */
  public Map<String, RuleSettings> rules() {
    return rules;
  }

  /** The same policy with another fail level (the {@code --fail-on} option). */
  public Policy withFailOn(Severity level) {
    return new Policy(origin, level, brandTerms, placeholders, rules);
  }

  /** The effective policy as a tree, every default spelled out ({@code policy show}). */
  public ObjectNode toTree() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("version", 1);
    root.put("fail-on", failOn.label());
    ArrayNode terms = root.putArray("brand-terms");
    brandTerms.forEach(terms::add);
    ArrayNode ph = root.putArray("placeholders");
    placeholders.forEach(ph::add);
    ObjectNode ruleNodes = root.putObject("rules");
    rules.forEach(
        (id, settings) -> {
          ObjectNode node = ruleNodes.putObject(id);
          node.put("enabled", settings.enabled());
          node.put("severity", settings.severity().label());
          node.setAll((ObjectNode) OptionBinding.MAPPER.valueToTree(settings.options()));
        });
    return root;
  }
}
