package dev.replylint.rules.tone;

import dev.replylint.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A phrase pattern over the words of one sentence, written in a policy as space-separated
 * elements:
 *
 * <ul>
 *   <li>{@code tell} — the lemma: any inflection (told, tells) and contraction ("'d" for would);
 *   <li>{@code =told} — exactly this form; {@code -ing} — any form ending so;
 *   <li>{@code VERB} — any word with this UD tag; {@code read/VERB} — both;
 *   <li>{@code LINK} — a web address (http://, https://, www.), one word in the scan;
 *   <li>{@code @blame-verb} — any word of a word class the lexicon defines;
 *   <li>{@code a|b|NOUN} — alternatives; {@code !x} — one word that is not x; {@code x?} — optional;
 *   <li>{@code _} — any one word; {@code _?} — one or none; {@code _{0,3}} — up to three; {@code ...} — up to four;
 *   <li>{@code ^} and {@code $} — start and end of the sentence (trailing punctuation aside);
 *   <li>{@code [} and {@code ]} — the part to report (default: the whole match);
 *   <li>{@code ?} {@code ,} {@code !} {@code .} {@code :} — that punctuation;
 *   <li>{@code in-app} — a hyphenated word, whether the words are cut as [in-app] or [in][-][app].
 * </ul>
 *
 * <p>Matching a scanned sentence (no models) treats tag tests as "maybe", so it finds a superset
 * of what the analysed sentence matches: a pattern without tags is decided by the scan alone; one
 * with tags is confirmed on the model's analysis only where the scan matched.
 */
public final class TokenPattern {
  private final String source;
  private final List<Element> elements;
  private final boolean usesTags;
  private final List<Set<String>> requiredForms;

  private TokenPattern(String source, List<Element> elements) {
    this.source = source;
    this.elements = List.copyOf(elements);
    boolean tags = false;
    List<Set<String>> required = new ArrayList<>();
    for (Element e : elements) {
      if (e instanceof WordTest w) {
        tags |= w.atoms.stream().anyMatch(a -> a.tag() != null);
        if (!w.optional && !w.negated && w.atoms.stream().allMatch(a -> a.forms() != null)) {
          Set<String> forms = new HashSet<>();
          w.atoms.forEach(a -> forms.addAll(a.forms()));
          // "in-app" written as the scan cuts it, [in][-][app], starts with "in"
          w.compounds.forEach(parts -> forms.add(parts[0]));
          required.add(forms);
        }
      }
    }
    this.usesTags = tags;
    this.requiredForms = List.copyOf(required);
    WordTest first = null;
    boolean anchored = false;
    for (Element e : elements) {
      if (e == Anchor.MARK_OPEN || e == Anchor.MARK_CLOSE) {
        continue;
      }
      anchored = e == Anchor.START;
      if (e instanceof WordTest w && !w.optional && !w.negated && w.otherAtoms.isEmpty()) {
        first = w;
      }
      break;
    }
    this.firstWord = first;
    this.startOnly = anchored;
  }

  /** The pattern's first word when it must be a plain word: start positions are tried only there. */
  private final WordTest firstWord;

  /** The pattern opens with ^: only the sentence's first word can start a match. */
  private final boolean startOnly;

  public String source() {
    return source;
  }

  /** True when the pattern tests POS tags, so a scan alone cannot decide it. */
  public boolean usesTags() {
    return usesTags;
  }

  /** For each word the pattern cannot do without, the forms any of which will do. */
  List<Set<String>> requiredForms() {
    return requiredForms;
  }

  /** Cheap necessary condition: every required word of the pattern occurs among these forms. */
  public boolean couldMatch(Set<String> formsInDraft) {
    for (Set<String> alternatives : requiredForms) {
      // walk the smaller set: a required word often has dozens of inflected alternatives, a
      // draft only a few dozen words, and this runs for every pattern on every draft
      Set<String> walked = alternatives.size() <= formsInDraft.size() ? alternatives : formsInDraft;
      Set<String> probed = walked == alternatives ? formsInDraft : alternatives;
      boolean any = false;
      for (String f : walked) {
        if (probed.contains(f)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** Words [start, end) matched and the [reportStart, reportEnd) part to report. */
  public record Match(int start, int end, int reportStart, int reportEnd) {}

  /** Every non-overlapping match in the sentence, leftmost first. */
  public List<Match> findAll(Words words) {
    return findAll(words, false);
  }

  /**
   * Matches on a scanned sentence that hold whatever the tags turn out to be: paths that consume a
   * word only through a tag test are not taken (an optional {@code ADV?} is skipped instead), so
   * such a match stands without the model's analysis.
   */
  public List<Match> findCertain(Words words) {
    return findAll(words, true);
  }

  private List<Match> findAll(Words words, boolean certainOnly) {
    List<Match> out = new ArrayList<>();
    int from = 0;
    int last = startOnly ? Math.min(1, words.size()) : words.size();
    while (from < last) {
      if (firstWord != null && !firstWord.accepts(words, from, true) && !firstWord.startsCompound(words, from)) {
        from++;
        continue;
      }
      Match m = matchAt(words, from, certainOnly);
      if (m == null) {
        from++;
      } else {
        out.add(m);
        from = Math.max(m.end(), from + 1);
      }
    }
    return out;
  }

  /** The match starting at word {@code start}, or null. */
  public Match matchAt(Words words, int start) {
    return matchAt(words, start, false);
  }

  private Match matchAt(Words words, int start, boolean certainOnly) {
    int[] marks = {-1, -1};
    int end = match(words, 0, start, marks, certainOnly);
    if (end < 0) {
      return null;
    }
    int reportStart = marks[0] >= 0 ? marks[0] : start;
    int reportEnd = marks[1] >= 0 ? marks[1] : end;
    return new Match(start, end, reportStart, Math.max(reportStart, reportEnd));
  }

  private int match(Words words, int e, int at, int[] marks, boolean certainOnly) {
    if (e == elements.size()) {
      return at;
    }
    Element element = elements.get(e);
    if (element instanceof Anchor anchor) {
      if (anchor == Anchor.START) {
        return at == 0 ? match(words, e + 1, at, marks, certainOnly) : -1;
      }
      if (anchor == Anchor.END) {
        for (int i = at; i < words.size(); i++) {
          if (!words.isPunctuation(i)) {
            return -1;
          }
        }
        return match(words, e + 1, at, marks, certainOnly);
      }
      int saved = anchor == Anchor.MARK_OPEN ? marks[0] : marks[1];
      marks[anchor == Anchor.MARK_OPEN ? 0 : 1] = at;
      int end = match(words, e + 1, at, marks, certainOnly);
      if (end < 0) {
        marks[anchor == Anchor.MARK_OPEN ? 0 : 1] = saved;
      }
      return end;
    }
    if (element instanceof Gap gap) {
      for (int skip = gap.min; skip <= gap.max && at + skip <= words.size(); skip++) {
        int end = match(words, e + 1, at + skip, marks, certainOnly);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    WordTest test = (WordTest) element;
    if (at < words.size() && test.accepts(words, at, certainOnly)) {
      int end = match(words, e + 1, at + 1, marks, certainOnly);
      if (end >= 0) {
        return end;
      }
    }
    for (int k = 0; k < test.compounds.size(); k++) {
      int length = test.compoundAt(words, at, k);
      if (length > 0) {
        int end = match(words, e + 1, at + length, marks, certainOnly);
        if (end >= 0) {
          return end;
        }
      }
    }
    return test.optional ? match(words, e + 1, at, marks, certainOnly) : -1;
  }

  /** Parses a pattern; word classes are resolved from {@code classes}. */
  public static TokenPattern compile(String source, Map<String, List<String>> classes) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("a pattern cannot be empty");
    }
    List<Element> elements = new ArrayList<>();
    for (String piece : source.trim().split("\\s+")) {
      elements.add(element(piece, classes));
    }
    if (elements.stream().noneMatch(el -> el instanceof WordTest w && !w.optional)) {
      throw new IllegalArgumentException("pattern \"" + source + "\" must require at least one word");
    }
    return new TokenPattern(source, elements);
  }

  private static Element element(String piece, Map<String, List<String>> classes) {
    switch (piece) {
      case "^":
        return Anchor.START;
      case "$":
        return Anchor.END;
      case "[":
        return Anchor.MARK_OPEN;
      case "]":
        return Anchor.MARK_CLOSE;
      case "_":
        return new Gap(1, 1);
      case "_?":
        return new Gap(0, 1);
      case "...":
        return new Gap(0, 4);
      case "?", ",", "!", ".", ":", ";":
        return new WordTest(List.of(new Atom(Set.of(piece), null, true)), false, false);
      default:
        break;
    }
    if (piece.startsWith("_{") && piece.endsWith("}")) {
      String[] range = piece.substring(2, piece.length() - 1).split(",");
      try {
        int min = Integer.parseInt(range[0].trim());
        int max = range.length > 1 ? Integer.parseInt(range[1].trim()) : min;
        if (min < 0 || max < min || max > 12) {
          throw new IllegalArgumentException("gap " + piece + ": need 0 <= min <= max <= 12");
        }
        return new Gap(min, max);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("gap " + piece + ": expected _{min,max}");
      }
    }
    // "x?" is optional x; in "a|?" the question mark is an alternative
    boolean optional = piece.length() > 1 && piece.endsWith("?") && !piece.endsWith("|?");
    if (optional) {
      piece = piece.substring(0, piece.length() - 1);
    }
    boolean negated = piece.length() > 1 && piece.startsWith("!");
    if (negated) {
      piece = piece.substring(1);
    }
    List<Atom> atoms = new ArrayList<>();
    for (String alt : piece.split("\\|", -1)) {
      if (alt.isEmpty()) {
        throw new IllegalArgumentException("empty alternative in \"" + piece + "\"");
      }
      if (alt.startsWith("@")) {
        List<String> members = classes.get(alt.substring(1));
        if (members == null) {
          throw new IllegalArgumentException("unknown word class " + alt + (classes.isEmpty() ? "" : "; known: " + new java.util.TreeSet<>(classes.keySet())));
        }
        for (String member : members) {
          atoms.add(atom(member));
        }
      } else {
        atoms.add(atom(alt));
      }
    }
    return new WordTest(atoms, negated, optional);
  }

  private static final Set<String> UD_TAGS =
      Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

  private static Atom atom(String alt) {
    String word = alt;
    String tag = null;
    int slash = alt.lastIndexOf('/');
    if (slash > 0 && UD_TAGS.contains(alt.substring(slash + 1))) {
      word = alt.substring(0, slash);
      tag = alt.substring(slash + 1);
    } else if (UD_TAGS.contains(alt)) {
      return new Atom(null, alt, false);
    } else if (alt.equals("LINK")) {
      return new Atom(null, null, true, null, null, true);
    } else if (alt.equals(alt.toUpperCase(Locale.ROOT)) && alt.length() > 1 && alt.chars().allMatch(Character::isLetter)) {
      throw new IllegalArgumentException("\"" + alt + "\" is not a UD tag " + new java.util.TreeSet<>(UD_TAGS) + "; write words in lower case");
    }
    if (word.startsWith("=")) {
      return new Atom(Set.of(word.substring(1).toLowerCase(Locale.ROOT)), tag, true);
    }
    if (word.length() > 2 && word.startsWith("-") && word.substring(1).chars().allMatch(Character::isLetter)) {
      return new Atom(null, tag, true, null, word.substring(1).toLowerCase(Locale.ROOT));
    }
    String lemma = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    return new Atom(Inflections.of(lemma), tag, false, lemma);
  }

  private interface Element {}

  /** A word of letters joined by hyphens: "in-app", "e-mail", "mix-up", "heart-breaking". */
  private static final java.util.regex.Pattern HYPHENATED = java.util.regex.Pattern.compile("\\p{L}+(?:-\\p{L}+)+");

  private enum Anchor implements Element {
    START,
    END,
    MARK_OPEN,
    MARK_CLOSE
  }

  private record Gap(int min, int max) implements Element {}

  /**
   * One word position. Plain word atoms are merged into two hash sets (forms, lemmas) so a test
   * costs two lookups however long a word class is; only tag and suffix atoms are tried in turn.
   */
  private static final class WordTest implements Element {
    final List<Atom> atoms;
    final boolean negated;
    final boolean optional;
    private final Set<String> plainForms = new HashSet<>();
    private final Set<String> plainLemmas = new HashSet<>();
    private final List<Atom> otherAtoms = new ArrayList<>();
    /** Hyphenated forms as the scan cuts them: "in-app" is [in][-][app] there, one word to OpenNLP. */
    final List<String[]> compounds = new ArrayList<>();

    WordTest(List<Atom> atoms, boolean negated, boolean optional) {
      this.atoms = List.copyOf(atoms);
      this.negated = negated;
      this.optional = optional;
      for (Atom a : atoms) {
        if (a.forms() != null && a.tag() == null && a.suffix() == null && !a.link()) {
          plainForms.addAll(a.forms());
          if (!a.exact() && a.lemma() != null) {
            plainLemmas.add(a.lemma());
          }
          if (!negated) {
            a.forms().stream().filter(f -> HYPHENATED.matcher(f).matches()).sorted().forEach(f -> compounds.add(f.split("(?=-)|(?<=-)")));
          }
        } else {
          otherAtoms.add(a);
        }
      }
    }

    /** How many words the k-th hyphenated form covers when the words from {@code i} spell it out, else 0. */
    int compoundAt(Words words, int i, int k) {
      String[] parts = compounds.get(k);
      if (i + parts.length > words.size()) {
        return 0;
      }
      for (int p = 0; p < parts.length; p++) {
        // the parts must touch: "in - app" is two words and a dash, not "in-app"
        if (!parts[p].equals(words.form(i + p)) || (p > 0 && words.start(i + p) != words.end(i + p - 1))) {
          return 0;
        }
      }
      return parts.length;
    }

    boolean startsCompound(Words words, int i) {
      for (int k = 0; k < compounds.size(); k++) {
        if (compoundAt(words, i, k) > 0) {
          return true;
        }
      }
      return false;
    }

    boolean accepts(Words words, int i, boolean certainOnly) {
      boolean any = plainForms.contains(words.form(i)) || (words.lemma(i) != null && plainLemmas.contains(words.lemma(i)));
      if (!any) {
        for (Atom a : otherAtoms) {
          Boolean r = a.test(words, i);
          if (r == null) {
            // A tag test on a scanned sentence: unknown, so both x and !x may hold.
            return !certainOnly;
          }
          if (r) {
            any = true;
            break;
          }
        }
      }
      return any != negated;
    }
  }

  /** Word forms to accept (null: any word), a tag to require (null: any), whether forms are exact. */
  private record Atom(Set<String> forms, String tag, boolean exact, String lemma, String suffix, boolean link) {
    Atom(Set<String> forms, String tag, boolean exact) {
      this(forms, tag, exact, null, null, false);
    }

    Atom(Set<String> forms, String tag, boolean exact, String lemma) {
      this(forms, tag, exact, lemma, null, false);
    }

    Atom(Set<String> forms, String tag, boolean exact, String lemma, String suffix) {
      this(forms, tag, exact, lemma, suffix, false);
    }

    /** True or false; null when it depends on a tag the words do not have. */
    Boolean test(Words words, int i) {
      if (forms != null) {
        String form = words.form(i);
        boolean formOk = forms.contains(form) || (!exact && lemma != null && lemma.equals(words.lemma(i)));
        if (!formOk) {
          return false;
        }
      }
      if (suffix != null && !(words.form(i).endsWith(suffix) && words.form(i).length() > suffix.length() + 1)) {
        return false;
      }
      if (link && !isLink(words.form(i))) {
        return false;
      }
      if (tag == null) {
        return true;
      }
      String actual = words.tag(i);
      if (actual == null) {
        // scanned only: unknown, unless the word is one whose possible tags exclude this one
        return ClosedClassTags.mayHave(words.form(i), tag) ? null : false;
      }
      return tag.equals(actual);
    }
  }

  /** The scan keeps a web address as one word (see {@code Words}); its form is lower case. */
  private static boolean isLink(String form) {
    return form.startsWith("http://") || form.startsWith("https://") || form.startsWith("www.");
  }
}
