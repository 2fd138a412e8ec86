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
   * The same finding with nothing of the matched text left in it, for output that must not repeat
   * what was matched (e.g. private data in a log). The text is masked wherever it appears in the
   * message and the properties, in any letter case; suggestions are masked whole, since a
   * replacement is usually the text rewritten ({@code "omg"} for {@code "OMG"}); so is every
   * occurrence of a suggestion and every quoted fragment of the text in the message, and every
   * property string that is a fragment of the text. An empty suggestion (delete) stays empty.
   */
  public Finding redacted() {
    List<String> secrets = new java.util.ArrayList<>();
    secrets.add(text);
    secrets.addAll(suggestions);
    secrets.removeIf(String::isBlank);
    if (secrets.isEmpty()) {
      return this;
    }
    // Longest first, so a suggestion that contains the text is masked whole.
    secrets.sort(java.util.Comparator.comparingInt(String::length).reversed());
    Map<String, Object> maskedProperties = new LinkedHashMap<>();
    properties.forEach((k, v) -> maskedProperties.put(k, maskValue(v, secrets)));
    return new Finding(
        ruleId,
        severity,
        maskQuotedFragments(maskAll(message, secrets)),
        start,
        end,
        startPosition,
        endPosition,
        mask(text),
        suggestions.stream().map(Finding::mask).toList(),
        maskedProperties);
  }

  private Object maskValue(Object value, List<String> secrets) {
    if (value instanceof String s) {
      return isFragmentOfText(s) ? mask(s) : maskAll(s, secrets);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> maskValue(v, secrets)).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, maskValue(v, secrets)));
      return out;
    }
    return value;
  }

  private boolean isFragmentOfText(String s) {
    return !s.isBlank() && indexOfIgnoreCase(text, s, 0) >= 0;
  }

  /** Masks each double-quoted part of a message that is a piece of the matched text. */
  private String maskQuotedFragments(String message) {
    StringBuilder out = new StringBuilder(message.length());
    int from = 0;
    for (int open; (open = nextQuote(message, from)) >= 0; ) {
      int close = nextQuote(message, open + 1);
      if (close < 0) {
        break;
      }
      String quoted = message.substring(open + 1, close);
      out.append(message, from, open + 1).append(isFragmentOfText(quoted) ? mask(quoted) : quoted).append(message.charAt(close));
      from = close + 1;
    }
    return out.append(message, from, message.length()).toString();
  }

  private static int nextQuote(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Masks every case-insensitive occurrence of each secret. A secret that begins or ends with a
   * letter or digit is masked only where it is not part of a longer word, so a one-letter match does
   * not blank out every word containing that letter.
   */
  private static String maskAll(String s, List<String> secrets) {
    String result = s;
    for (String secret : secrets) {
      StringBuilder out = new StringBuilder(result.length());
      int from = 0;
      for (int at = indexOfIgnoreCase(result, secret, 0); at >= 0; at = indexOfIgnoreCase(result, secret, at + 1)) {
        int end = at + secret.length();
        if (at < from || !standsAlone(result, at, end)) {
          continue;
        }
        out.append(result, from, at).append(mask(result.substring(at, end)));
        from = end;
      }
      result = out.append(result, from, result.length()).toString();
    }
    return result;
  }

  private static boolean standsAlone(String s, int start, int end) {
    boolean wordStart = Character.isLetterOrDigit(s.codePointAt(start));
    boolean wordEnd = Character.isLetterOrDigit(s.codePointBefore(end));
    boolean joinedBefore = wordStart && start > 0 && Character.isLetterOrDigit(s.codePointBefore(start));
    boolean joinedAfter = wordEnd && end < s.length() && Character.isLetterOrDigit(s.codePointAt(end));
    return !joinedBefore && !joinedAfter;
  }

  private static int indexOfIgnoreCase(String s, String part, int from) {
    for (int i = from; i + part.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, part, 0, part.length())) {
        return i;
      }
    }
    return -1;
  }

  /** One mask character per code point, so columns in the output still line up. */
  static String mask(String text) {
    return "█".repeat(text.codePointCount(0, text.length()));
  }
}
