package dev.replylint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One sentence as a sequence of words for phrase patterns: lower-case surface forms with
 * clitics split off the way the UD treebanks do ("you'd" is "you" + "'d", "can't" is "can" +
 * "not"), their offsets into the whole draft and, when the sentence was analysed by OpenNLP,
 * their lemmas and UD POS tags.
 *
 * <p>Two sources give the same shape of sequence: {@link #scan} is a cheap character scan every
 * draft can afford; {@link #of(SpanAnalysis)} adds the model's lemmas and tags and costs about a
 * millisecond a reply, so rules only ask for it where a cheap scan found something to confirm.
 */
public final class Words {
  private final String[] forms;
  private final String[] lemmas;
  private final String[] tags;
  private final int[] starts;
  private final int[] ends;
  private final Span span;

  private Words(Span span, List<String> forms, List<String> lemmas, List<String> tags, List<int[]> offsets) {
    this.span = span;
    this.forms = forms.toArray(String[]::new);
    this.lemmas = lemmas == null ? null : lemmas.toArray(String[]::new);
    this.tags = tags == null ? null : tags.toArray(String[]::new);
    this.starts = new int[offsets.size()];
    this.ends = new int[offsets.size()];
    for (int i = 0; i < offsets.size(); i++) {
      starts[i] = offsets.get(i)[0];
      ends[i] = offsets.get(i)[1];
    }
  }

  /** The stretch of the draft these words cover. */
  public Span span() {
    return span;
  }

  public int size() {
    return forms.length;
  }

  /** Lower-case surface form; curly apostrophes straightened, "n't" given as "not". */
  public String form(int i) {
    return forms[i];
  }

  /** The lemma, or null when the sentence was only scanned. */
  public String lemma(int i) {
    return lemmas == null ? null : lemmas[i];
  }

  /** The UD POS tag, or null when the sentence was only scanned. */
  public String tag(int i) {
    return tags == null ? null : tags[i];
  }

  public boolean analysed() {
    return tags != null;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  /** True when word i is punctuation or a symbol, not a word. */
  public boolean isPunctuation(int i) {
    String f = forms[i];
    return !f.isEmpty() && !Character.isLetterOrDigit(f.codePointAt(0)) && f.charAt(0) != '\'' && f.charAt(0) != '@' && f.charAt(0) != '#';
  }

  /** Sentence-sized stretches of the text: ends at . ! ? … followed by a space, and at line breaks. */
  public static List<Span> sentences(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean boundary = c == '\n' || c == '\r';
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int j = i + 1;
        while (j < n && ".!?…\"')”’".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        if (j >= n || isSpace(text.charAt(j))) {
          addTrimmed(text, start, j, out);
          start = j;
          i = j - 1;
          continue;
        }
      }
      if (boundary) {
        addTrimmed(text, start, i, out);
        start = i + 1;
      }
    }
    addTrimmed(text, start, n, out);
    return out;
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    // "@acme @jo please call us": the addressees of a post are not the start of its sentence
    while (start < end && text.charAt(start) == '@') {
      int j = start + 1;
      while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
        j++;
      }
      if (j == start + 1) {
        break;
      }
      start = j;
      while (start < end && isSpace(text.charAt(start))) {
        start++;
      }
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  /** The cheap scan of [start, end) of the text: words, clitics, URLs, @mentions, punctuation. */
  public static Words scan(String text, int start, int end) {
    List<String> forms = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int j = urlEnd(text, i, end);
      if (j > i) {
        add(forms, offsets, text.substring(i, j).toLowerCase(Locale.ROOT), i, j);
        i = j;
        continue;
      }
      if (Character.isLetterOrDigit(c) || ((c == '@' || c == '#') && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1)))) {
        j = i + 1;
        while (j < end) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d) || d == '_' || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if (isApostrophe(d) && j + 1 < end && Character.isLetter(text.charAt(j + 1))) {
            j++;
          } else {
            break;
          }
        }
        addWord(text, i, j, forms, offsets);
        i = j;
        continue;
      }
      int cp = text.codePointAt(i);
      j = i + Character.charCount(cp);
      add(forms, offsets, normalise(text.substring(i, j)), i, j);
      i = j;
    }
    return new Words(new Span(start, end), forms, null, null, offsets);
  }

  private static int urlEnd(String text, int i, int end) {
    boolean url = text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
    if (!url) {
      return i;
    }
    int j = i;
    while (j < end && !isSpace(text.charAt(j))) {
      j++;
    }
    while (j > i && ".,;:!?)\"'".indexOf(text.charAt(j - 1)) >= 0) {
      j--;
    }
    return j;
  }

  /** A word with its clitic split off: "you'd" → "you" "'d"; "don't" → "do" "not". */
  private static void addWord(String text, int start, int end, List<String> forms, List<int[]> offsets) {
    String word = normalise(text.substring(start, end));
    int split = cliticStart(word);
    if (split <= 0) {
      add(forms, offsets, word, start, end);
      return;
    }
    add(forms, offsets, host(word.substring(0, split)), start, start + split);
    add(forms, offsets, clitic(word.substring(split)), start + split, end);
  }

  private static void add(List<String> forms, List<int[]> offsets, String form, int start, int end) {
    forms.add(form);
    offsets.add(new int[] {start, end});
  }

  static String normalise(String s) {
    return s.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘';
  }

  private static final String[] CLITICS = {"n't", "'ve", "'ll", "'re", "'m", "'d", "'s"};

  /** Where a trailing clitic starts in a lower-case word, or -1. */
  static int cliticStart(String word) {
    for (String c : CLITICS) {
      if (word.length() > c.length() && word.endsWith(c)) {
        return word.length() - c.length();
      }
    }
    return -1;
  }

  static String host(String host) {
    return switch (host) {
      case "ca" -> "can";
      case "wo" -> "will";
      case "sha" -> "shall";
      case "ai" -> "ain";
      default -> host;
    };
  }

  static String clitic(String clitic) {
    return clitic.equals("n't") ? "not" : clitic;
  }

  private static final java.util.Map<String, String> CLITIC_LEMMAS =
      java.util.Map.of("not", "not", "'ve", "have", "'ll", "will", "'re", "be", "'m", "be", "'d", "would", "'s", "be");

  /** The model's analysis of one stretch, with contractions split into host and clitic words. */
  public static Words of(SpanAnalysis analysis) {
    List<String> forms = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    List<Token> tokens = analysis.tokens();
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      String word = normalise(token.text());
      String tag = analysis.tags().get(t);
      String lemma = normalise(analysis.lemmas().get(t));
      int split = cliticStart(word);
      if (split <= 0 || !Character.isLetter(word.charAt(0))) {
        add(forms, offsets, word, token.start(), token.end());
        lemmas.add(lemma);
        tags.add(tag);
        continue;
      }
      String hostForm = host(word.substring(0, split));
      String cliticForm = clitic(word.substring(split));
      int plusTag = tag.indexOf('+');
      int plusLemma = lemma.indexOf('+');
      add(forms, offsets, hostForm, token.start(), token.start() + split);
      add(forms, offsets, cliticForm, token.start() + split, token.end());
      tags.add(plusTag > 0 ? tag.substring(0, plusTag) : tag.equals("PUNCT") ? "AUX" : tag);
      tags.add(plusTag > 0 ? tag.substring(plusTag + 1) : cliticForm.equals("not") ? "PART" : "AUX");
      lemmas.add(plusLemma > 0 ? lemma.substring(0, plusLemma) : hostForm);
      lemmas.add(plusLemma > 0 ? lemma.substring(plusLemma + 1) : CLITIC_LEMMAS.getOrDefault(cliticForm, cliticForm));
    }
    return new Words(analysis.span(), forms, lemmas, tags, offsets);
  }

  /** Whitespace, and the no-break spaces (U+00A0, U+202F) pasted replies often carry between words. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
