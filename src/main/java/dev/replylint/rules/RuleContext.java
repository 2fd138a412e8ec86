package dev.replylint.rules;

import dev.replylint.history.HistoryLookup;
import dev.replylint.text.Draft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule may know besides the draft: its own id and configured severity, the policy's shared
 * options, the customer's post it answers (when given) and facts about the draft (agent, channel,
 * …). Findings are built through {@link #finding} so a rule never repeats its id or severity.
 */
public final class RuleContext {
  private final String ruleId;
  private final Severity severity;
  private final SharedOptions shared;
  private final Draft customerPost;
  private final Map<String, String> metadata;
  private final HistoryLookup history;

  public RuleContext(
      String ruleId, Severity severity, SharedOptions shared, Draft customerPost, Map<String, String> metadata) {
    this(ruleId, severity, shared, customerPost, metadata, HistoryLookup.NONE);
  }

  public RuleContext(
      String ruleId,
      Severity severity,
      SharedOptions shared,
      Draft customerPost,
      Map<String, String> metadata,
      HistoryLookup history) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.shared = shared;
    this.customerPost = customerPost;
    this.metadata = Map.copyOf(metadata);
    this.history = history;
  }

  public String ruleId() {
    return ruleId;
  }

  public Severity severity() {
    return severity;
  }

  public SharedOptions shared() {
    return shared;
  }

  /** The post this draft replies to; empty when none was given (rules that need it stay silent). */
  public Optional<Draft> customerPost() {
    return Optional.ofNullable(customerPost);
  }

  /** Facts about the draft from structured input: {@code agent}, {@code channel}, {@code sent-at}. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /**
   * Earlier replies (the recorded history and the other drafts of this run) to compare the draft
   * with; {@link HistoryLookup#NONE} when the linter was built without one.
   */
  public HistoryLookup history() {
    return history;
  }

  /** Starts a finding for [start, end) of the draft, at this rule's id and severity. */
  public FindingBuilder finding(Draft draft, int start, int end, String message) {
    return new FindingBuilder(draft, start, end, message);
  }

  /** Builds one {@link Finding}; line:col and the matched text come from the draft. */
  public final class FindingBuilder {
    private final Draft draft;
    private final int start;
    private final int end;
    private final String message;
    private final List<String> suggestions = new ArrayList<>();
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Severity findingSeverity = severity;

    private FindingBuilder(Draft draft, int start, int end, String message) {
      if (start < 0 || end < start || end > draft.length()) {
        throw new IllegalArgumentException(
            ruleId + ": span " + start + ".." + end + " outside the draft (length " + draft.length() + ")");
      }
      this.draft = draft;
      this.start = start;
      this.end = end;
      this.message = message;
    }

    /** A replacement for the matched text; "" means delete it. */
    public FindingBuilder suggest(String replacement) {
      suggestions.add(replacement);
      return this;
    }

    public FindingBuilder property(String key, Object value) {
      properties.put(key, value);
      return this;
    }

    /**
     * Lowers this one finding below the configured severity, never above it (e.g. a mild form of
     * a problem); a policy's severity is the ceiling.
     */
    public FindingBuilder atMost(Severity mildest) {
      if (mildest.compareTo(findingSeverity) > 0) {
        findingSeverity = mildest;
      }
      return this;
    }

    public Finding build() {
      return new Finding(
          ruleId,
          findingSeverity,
          message,
          start,
          end,
          draft.position(start),
          draft.position(end),
          draft.slice(start, end),
          suggestions,
          properties);
    }
  }
}
