package dev.replylint.rules;

import dev.replylint.text.Position;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One problem in a draft, in the shape of LanguageTool's {@code RuleMatch}: offsets into the whole
 * draft (UTF-16, half-open), their line:col for people, the matched text, a message and suggested
 * replacements for the matched range (an empty string means "delete it"; no suggestion means the
 * rule offers no safe fix).
 *
 * @param properties rule-specific facts for machine output (e.g. {@code kind: email}); values
 *     are strings, numbers, booleans or nested maps/lists of those
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    int start,
    int end,
    Position startPosition,
    Position endPosition,
    String text,
    List<String> suggestions,
    Map<String, Object> properties) {

  public Finding {
    suggestions = List.copyOf(suggestions);
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /**
   * The same finding with the matched text masked wherever it appears (message, suggestions,
   * properties), for output that must not repeat what was matched (e.g. private data).
   */
  public Finding redacted() {
    if (text.isEmpty()) {
      return this;
    }
    String mask = mask(text);
    Map<String, Object> maskedProperties = new LinkedHashMap<>();
    properties.forEach((k, v) -> maskedProperties.put(k, maskValue(v, mask)));
    return new Finding(
        ruleId,
        severity,
        message.replace(text, mask),
        start,
        end,
        startPosition,
        endPosition,
        mask,
        suggestions.stream().map(s -> s.replace(text, mask)).toList(),
        maskedProperties);
  }

  private Object maskValue(Object value, String mask) {
    if (value instanceof String s) {
      return s.replace(text, mask);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> maskValue(v, mask)).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, maskValue(v, mask)));
      return out;
    }
    return value;
  }

  /** One mask character per code point, so columns in the output still line up. */
  static String mask(String text) {
    return "█".repeat(text.codePointCount(0, text.length()));
  }
}
