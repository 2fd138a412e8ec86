package dev.replylint.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.replylint.text.Draft;
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

  /**
   * True when [start, end) of the draft lies inside a placeholder match. The matches are found
   * once per draft and policy: rules ask for every candidate they find, and rescanning the draft
   * each time made a 5 MB draft take minutes.
   */
  public boolean insidePlaceholder(Draft draft, int start, int end) {
    if (placeholders.isEmpty()) {
      return false;
    }
    PlaceholderSpans spans = draft.derived(this, d -> PlaceholderSpans.find(d.text(), placeholders));
    return spans.covers(start, end);
  }

  /** Each pattern's matches in text, in order: {@code starts[p][i]} to {@code ends[p][i]}. */
  private record PlaceholderSpans(int[][] starts, int[][] ends) {
    static PlaceholderSpans find(String text, List<Pattern> patterns) {
      int[][] starts = new int[patterns.size()][];
      int[][] ends = new int[patterns.size()][];
      for (int p = 0; p < patterns.size(); p++) {
        int[] s = new int[4];
        int[] e = new int[4];
        int count = 0;
        Matcher m = patterns.get(p).matcher(text);
        while (m.find()) {
          if (count == s.length) {
            s = java.util.Arrays.copyOf(s, count * 2);
            e = java.util.Arrays.copyOf(e, count * 2);
          }
          s[count] = m.start();
          e[count++] = m.end();
        }
        starts[p] = java.util.Arrays.copyOf(s, count);
        ends[p] = java.util.Arrays.copyOf(e, count);
      }
      return new PlaceholderSpans(starts, ends);
    }

    boolean covers(int start, int end) {
      for (int p = 0; p < starts.length; p++) {
        // Matches of one pattern do not overlap, so only the last one starting at or before
        // start (or, for an empty span, the one before it) can contain the span.
        int i = java.util.Arrays.binarySearch(starts[p], start);
        int last = i >= 0 ? lastIndexOf(starts[p], i) : -i - 2;
        for (int j = last; j >= Math.max(0, last - 1); j--) {
          if (starts[p][j] <= start && end <= ends[p][j]) {
            return true;
          }
        }
      }
      return false;
    }

    /** Empty matches can share a start; the binary search may land on any of them. */
    private static int lastIndexOf(int[] sorted, int index) {
      while (index + 1 < sorted.length && sorted[index + 1] == sorted[index]) {
        index++;
      }
      return index;
    }
  }
}
