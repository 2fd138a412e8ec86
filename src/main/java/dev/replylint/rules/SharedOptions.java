package dev.replylint.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Policy settings that several rules read: the brand's own terms (never shouting, never a
 * misspelling) and the template placeholders agents fill in ({@code {{name}}}, {@code [ORDER]}).
 * Immutable; built once per policy.
 */
public final class SharedOptions {
  public static final SharedOptions NONE = new SharedOptions(List.of(), List.of());

  private final List<String> brandTerms;
  private final Set<String> brandTermsUpperCase;
  private final List<Pattern> placeholders;

  public SharedOptions(List<String> brandTerms, List<Pattern> placeholders) {
    this.brandTerms = List.copyOf(brandTerms);
    Set<String> upperCase = new HashSet<>();
    for (String term : brandTerms) {
      upperCase.add(term.toUpperCase(Locale.ROOT));
    }
    this.brandTermsUpperCase = Set.copyOf(upperCase);
    this.placeholders = List.copyOf(placeholders);
  }

  public List<String> brandTerms() {
    return brandTerms;
  }

  /** True when the word is one of the brand's terms, ignoring case. */
  public boolean isBrandTerm(String word) {
    return brandTermsUpperCase.contains(word.toUpperCase(Locale.ROOT));
  }

  public List<Pattern> placeholders() {
    return placeholders;
  }

  /** True when [start, end) of text lies inside a placeholder match. */
  public boolean insidePlaceholder(String text, int start, int end) {
    for (Pattern p : placeholders) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.start() <= start && end <= m.end()) {
          return true;
        }
        if (m.start() > start) {
          break;
        }
      }
    }
    return false;
  }
}
