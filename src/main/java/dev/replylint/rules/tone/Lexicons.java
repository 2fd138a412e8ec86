package dev.replylint.rules.tone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.replylint.policy.ParsedPolicy;
import dev.replylint.rules.InvalidOptionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped lexicons ({@code policies/lexicons/<rule-id>.yaml}, bundled in the jar) and their
 * merge with what a policy writes under a rule's {@code languages:} option. The shipped file is
 * the rule's default, so a policy only writes what it adds or changes.
 */
public final class Lexicons {
  private Lexicons() {}

  /**
   * The shipped lexicon of a rule, by language code ("en"). Read from the build-time parse of the
   * YAML and mapped by hand: Jackson's YAML parser and data binding would cost every check a few
   * hundred milliseconds of start-up, for files the build already checked.
   */
  public static Map<String, LanguageLexicon> shipped(String ruleId) {
    JsonNode root = ParsedPolicy.bundledTree("lexicons/" + ruleId);
    Map<String, LanguageLexicon> languages = new LinkedHashMap<>();
    root.fields().forEachRemaining(language -> languages.put(language.getKey(), lexicon(ruleId, language.getValue())));
    return languages;
  }

  private static LanguageLexicon lexicon(String ruleId, JsonNode node) {
    Map<String, List<String>> wordClasses = new LinkedHashMap<>();
    Map<String, PhraseEntry> phrases = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            field -> {
              switch (field.getKey()) {
                case "word-classes" -> field.getValue().fields().forEachRemaining(c -> wordClasses.put(c.getKey(), strings(c.getValue())));
                case "phrases" -> field.getValue().fields().forEachRemaining(e -> phrases.put(e.getKey(), entry(ruleId, e.getKey(), e.getValue())));
                default -> throw new IllegalStateException("shipped lexicon " + ruleId + ": unknown key " + field.getKey());
              }
            });
    return new LanguageLexicon(wordClasses, phrases);
  }

  private static PhraseEntry entry(String ruleId, String id, JsonNode node) {
    for (java.util.Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!List.of("match", "except", "message", "suggest", "enabled").contains(key)) {
        throw new IllegalStateException("shipped lexicon " + ruleId + ", entry " + id + ": unknown key " + key);
      }
    }
    JsonNode enabled = node.get("enabled");
    return new PhraseEntry(
        text(node.get("match")),
        node.has("except") ? strings(node.get("except")) : null,
        text(node.get("message")),
        text(node.get("suggest")),
        enabled == null || enabled.isNull() ? null : enabled.asBoolean());
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.forEach(item -> out.add(item.asText()));
    return out;
  }

  /**
   * The shipped lexicon with the policy's languages merged over it, every pattern compiled once to
   * check it; a bad one throws {@link InvalidOptionException} pointing at its key.
   */
  public static Map<String, LanguageLexicon> withShipped(String ruleId, Map<String, LanguageLexicon> fromPolicy) {
    Map<String, LanguageLexicon> merged = new LinkedHashMap<>(shipped(ruleId));
    if (fromPolicy != null) {
      fromPolicy.forEach((lang, lexicon) -> merged.merge(lang, lexicon == null ? new LanguageLexicon(null, null) : lexicon, LanguageLexicon::overriddenBy));
    }
    merged.forEach(Lexicons::compile);
    return Collections.unmodifiableMap(merged);
  }

  /**
   * The enabled entries of one language, compiled; patterns are validated here. The list is
   * indexed by required words, which {@link PhraseFinder} uses to skip entries cheaply.
   */
  public static List<CompiledPhrase> compile(String language, LanguageLexicon lexicon) {
    List<CompiledPhrase> out = new ArrayList<>();
    lexicon.phrases().forEach(
        (id, entry) -> {
          String at = "languages/" + language + "/phrases/" + id;
          if (entry == null || !entry.isEnabled()) {
            return;
          }
          if (entry.match() == null) {
            throw new InvalidOptionException(at, "an entry needs match: (a phrase pattern)");
          }
          if (entry.message() == null || entry.message().isBlank()) {
            throw new InvalidOptionException(at, "an entry needs message: (what to tell the agent)");
          }
          TokenPattern match;
          List<TokenPattern> except = new ArrayList<>();
          try {
            match = TokenPattern.compile(entry.match(), lexicon.wordClasses());
          } catch (IllegalArgumentException e) {
            throw new InvalidOptionException(at + "/match", e.getMessage());
          }
          for (int i = 0; i < entry.except().size(); i++) {
            try {
              except.add(TokenPattern.compile(entry.except().get(i), lexicon.wordClasses()));
            } catch (IllegalArgumentException e) {
              throw new InvalidOptionException(at + "/except", i, e.getMessage());
            }
          }
          out.add(new CompiledPhrase(id, match, except, entry.message(), entry.suggest()));
        });
    return new IndexedPhrases(out);
  }

  /** Compiles every language of a merged lexicon map. */
  public static Map<String, List<CompiledPhrase>> compileAll(Map<String, LanguageLexicon> languages) {
    Map<String, List<CompiledPhrase>> out = new LinkedHashMap<>();
    languages.forEach((lang, lexicon) -> out.put(lang, compile(lang, lexicon)));
    return Collections.unmodifiableMap(out);
  }
}
