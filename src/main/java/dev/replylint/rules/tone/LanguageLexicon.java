package dev.replylint.rules.tone;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * A rule's lexicon for one language: named word classes patterns refer to as {@code @name}, and
 * phrase entries by id. Ids make lexicons mergeable: a team's policy adds entries with new ids
 * and changes or disables shipped ones by theirs.
 */
public record LanguageLexicon(Map<String, List<String>> wordClasses, Map<String, PhraseEntry> phrases) {
  public LanguageLexicon {
    wordClasses = wordClasses == null ? Map.of() : copy(wordClasses);
    phrases = phrases == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phrases));
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> classes) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    classes.forEach((k, v) -> out.put(k, v == null ? List.of() : List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** This lexicon with {@code override}'s classes replacing, and its phrases merging over, ours. */
  LanguageLexicon overriddenBy(LanguageLexicon override) {
    Map<String, List<String>> classes = new LinkedHashMap<>(wordClasses);
    classes.putAll(override.wordClasses);
    Map<String, PhraseEntry> merged = new LinkedHashMap<>(phrases);
    override.phrases.forEach((id, entry) -> merged.merge(id, entry, PhraseEntry::overriddenBy));
    return new LanguageLexicon(classes, merged);
  }
}
