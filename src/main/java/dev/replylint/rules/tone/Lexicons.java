package dev.replylint.rules.tone;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.replylint.rules.InvalidOptionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Lexicons() {}

  /** The shipped lexicon of a rule, by language code ("en"). */
  public static Map<String, LanguageLexicon> shipped(String ruleId) {
    String resource = "/policies/lexicons/" + ruleId + ".yaml";
    try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("shipped lexicon " + resource + " is missing from the class path");
      }
      return YAML.readValue(in, new TypeReference<LinkedHashMap<String, LanguageLexicon>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read shipped lexicon " + resource, e);
    }
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

  /** The enabled entries of one language, compiled; patterns are validated here. */
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
    return out;
  }

  /** Compiles every language of a merged lexicon map. */
  public static Map<String, List<CompiledPhrase>> compileAll(Map<String, LanguageLexicon> languages) {
    Map<String, List<CompiledPhrase>> out = new LinkedHashMap<>();
    languages.forEach((lang, lexicon) -> out.put(lang, compile(lang, lexicon)));
    return Collections.unmodifiableMap(out);
  }
}
