package dev.replylint.rules;

import dev.replylint.text.Draft;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flags capitals that read as shouting: an ordinary word in capitals ("this is NOT our fault"), a
 * run of them ("WE ARE SO SORRY", one finding for the run), exclamatory chat acronyms (OMG, WTF,
 * LOL) and a reply that is mostly capitals (one finding for the whole reply).
 *
 * <p>How a capitalised token is told from an acronym, in order:
 *
 * <ol>
 *   <li>one letter (I, A, Plan B) is never shouting by itself;
 *   <li>an exclamation from the {@code exclamations} option (OMG, WTF, LOL, SMH) is shouting;
 *   <li>a policy brand term, a word from the {@code allow} option or a built-in acronym
 *       ({@code all-caps-acronyms.txt}: RMA, FAQ, USB, ETA, GB, MPH, PST, ...) is not, unless it is
 *       also an ordinary word (US, IT, AM, LED) and stands in a run of shouted words ("PLEASE DM
 *       US");
 *   <li>a letter held three times or more (SOOO, NOOOO) is shouting, unless it is a Roman numeral;
 *   <li>an ordinary English word is shouting: words of up to three letters must be in the
 *       hand-written list {@code all-caps-common-words.txt} (so PC, TV, COD stay acronyms); longer
 *       ones may also be in {@code all-caps-wordnet-words.txt}, WordNet's 66,000 lower-case lemmas,
 *       after stripping regular inflections (-s, -es, -ies, -ed, -ing, -er, -est, -ly) and
 *       contractions ('s, 're, 'll, n't);
 *   <li>anything else (ASOS, HDMI, XFINITY) is taken for an acronym or a name and left alone.
 * </ol>
 *
 * <p>Never looked at: links, @handles and e-mail addresses, #hashtags (campaign names are written
 * in capitals on purpose), anything with a digit, underscore, ampersand or inner dot (order and
 * ticket codes AB-1234, ORD12345, {{FIRST_NAME}}, AT&amp;T, PS4), text between backticks, words
 * right after {@code ^}, the agent's initials closing a reply ({@code ^JK}, {@code -AB}, {@code
 * = JJ}, {@code *TM}, {@code ~DS}), template placeholders from the policy, and up to three
 * capitalised words that name a label: a control or menu item ("press the HOME button", "tap
 * SETTINGS", "the MY ORDERS tab", "Account &gt; BILLING") or a keyword to type ("text STOP", "code
 * WELCOME").
 *
 * <p>Capitalised tokens separated only by spaces, commas, dashes, slashes, ampersands or quotes
 * form a run; a run with at least one shouted word is one finding, from its first to its last
 * non-acronym token. A word shorter than {@code min-word-length} counts only inside such a run. When
 * at least {@code min-letters-for-ratio} cased letters are looked at and more than {@code
 * max-caps-ratio} of them are capitals, the reply gets one finding for all of it instead of one per
 * run, so a shouted reply is one problem, not ten.
 *
 * <p>The suggestion lower-cases the shouted words and keeps acronyms, brand terms (in the policy's
 * spelling) and the pronoun I as they are; it does not guess sentence case for a word or run ("OMG"
 * becomes "omg"), but the whole-reply suggestion is in sentence case.
 */
@RuleInfo(
    id = "all-caps",
    summary = "Words, runs of words or whole replies in capitals, which read as shouting.",
    severity = Severity.WARNING,
    rationale =
        "Capitals read as shouting and shouting reads as anger; acronyms, brand terms, codes and"
            + " sign-offs are left alone.",
    source = "seed 000: \"Don't use emoticons or capital letters\"")
public final class AllCapsRule implements Rule {

  /**
   * @param allow extra acronyms and words never reported (the team's products, jargon); matched
   *     ignoring case
   * @param exclamations chat acronyms that are shouting even though they are not words
   * @param minWordLength a shouted word with fewer letters is reported only inside a run
   * @param maxCapsRatio above this share of capitals the whole reply is one finding
   * @param minLettersForRatio replies with fewer cased letters are never judged as a whole
   */
  public record Options(
      List<String> allow,
      List<String> exclamations,
      Integer minWordLength,
      Double maxCapsRatio,
      Integer minLettersForRatio) {
    public Options {
      allow = allow == null ? List.of() : List.copyOf(allow);
      exclamations =
          exclamations == null
              ? List.of(
                  "OMG", "OMFG", "ZOMG", "WTF", "WTH", "FFS", "FML", "LOL", "LOLZ", "LMAO", "LMFAO",
                  "ROFL", "ROFLMAO", "SMH", "STFU", "GTFO")
              : List.copyOf(exclamations);
      minWordLength = minWordLength == null ? 2 : minWordLength;
      maxCapsRatio = maxCapsRatio == null ? 0.7 : maxCapsRatio;
      minLettersForRatio = minLettersForRatio == null ? 15 : minLettersForRatio;
      checkWords("allow", allow);
      checkWords("exclamations", exclamations);
      if (minWordLength < 1 || minWordLength > 20) {
        throw new InvalidOptionException("min-word-length", "must be between 1 and 20");
      }
      if (!(maxCapsRatio > 0 && maxCapsRatio <= 1)) {
        throw new InvalidOptionException(
            "max-caps-ratio", "must be above 0 and at most 1 (1 turns the whole-reply check off)");
      }
      if (minLettersForRatio < 1) {
        throw new InvalidOptionException("min-letters-for-ratio", "must be at least 1");
      }
    }

    private static void checkWords(String option, List<String> words) {
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        if (w == null || w.isBlank()) {
          throw new InvalidOptionException(option, i, "a word cannot be blank");
        }
        if (w.chars().anyMatch(Character::isWhitespace)) {
          throw new InvalidOptionException(option, i, "one word per item, without spaces: \"" + w + "\"");
        }
      }
    }
  }

  private static final String ACRONYMS_RESOURCE = "all-caps-acronyms.txt";
  private static final String COMMON_WORDS_RESOURCE = "all-caps-common-words.txt";
  private static final String WORDNET_WORDS_RESOURCE = "all-caps-wordnet-words.txt";

  /** Built-in acronyms; small, so read when a rule is built. */
  private static final Set<String> BUILT_IN_ACRONYMS = readWords(ACRONYMS_RESOURCE, true);

  /** A caret and these mark an agent's initials at the end of a reply: ^JK -AB =JJ *TM ~DS. */
  private static final String SIGN_OFF_MARKERS = "^~*-=/|\u2013\u2014";

  /** Words before a label: "press HOME", "tap SETTINGS", "text STOP", "use code WELCOME". */
  private static final Set<String> LABEL_CUES_BEFORE =
      Set.of(
          "press", "tap", "click", "select", "choose", "hit", "push", "pick", "toggle", "open", "text",
          "type", "enter", "code", "coupon", "voucher", "promo", "keyword");
  /** Words after a label: "the HOME button", "the MY ORDERS tab". */
  private static final Set<String> LABEL_CUES_AFTER =
      Set.of("button", "buttons", "key", "keys", "icon", "tab", "menu", "option", "link");
  /** A run this long or shorter may be a label; a longer one is shouted whatever surrounds it. */
  private static final int MAX_LABEL_WORDS = 3;

  private static final int LETTER = 0;
  private static final int ACRONYM = 1;
  private static final int AMBIGUOUS = 2;
  private static final int SHOUTED = 3;
  /** A shouted word shorter than {@code min-word-length}: shouting only beside another. */
  private static final int SHORT_SHOUTED = 4;

  private final Options options;
  private final Set<String> allowed;
  private final Set<String> exclamations;

  public AllCapsRule(Options options) {
    this.options = options;
    Set<String> known = new HashSet<>();
    options.allow().forEach(w -> known.add(w.toUpperCase(Locale.ROOT)));
    this.allowed = Set.copyOf(known);
    Set<String> shouts = new HashSet<>();
    options.exclamations().forEach(w -> shouts.add(w.toUpperCase(Locale.ROOT)));
    this.exclamations = Set.copyOf(shouts);
  }

  /** The hand-written ordinary words, read on first use. */
  private static final class CommonWords {
    static final Set<String> WORDS = readWords(COMMON_WORDS_RESOURCE, false);
  }

  /**
   * WordNet's 66,000 words, read only when a capitalised word of four letters or more needs them.
   * The sorted file is kept as one string and searched in place (binary search on line starts), so
   * loading it is one copy: no per-word objects to build while the command line starts.
   */
  static final class WordNetWords {
    // ASCII only, so Latin-1 decoding is a plain copy
    private static final String WORDS = readResource(WORDNET_WORDS_RESOURCE, StandardCharsets.ISO_8859_1);
    private static final int FIRST_WORD = afterComments(WORDS);

    private WordNetWords() {}

    private static int afterComments(String file) {
      int at = 0;
      while (at < file.length() && file.charAt(at) == '#') {
        at = file.indexOf('\n', at) + 1;
      }
      if (!file.endsWith("\n")) {
        throw new IllegalStateException(WORDNET_WORDS_RESOURCE + " must end with a line break");
      }
      return at;
    }

    /** Binary search over the sorted lines in [low, high), both always at line starts. */
    static boolean contains(String word) {
      int low = FIRST_WORD;
      int high = WORDS.length();
      while (low < high) {
        int lineStart = (low + high) >>> 1;
        while (lineStart > low && WORDS.charAt(lineStart - 1) != '\n') {
          lineStart--;
        }
        int lineEnd = WORDS.indexOf('\n', lineStart);
        int cmp = compare(lineStart, lineEnd, word);
        if (cmp == 0) {
          return true;
        }
        if (cmp < 0) {
          low = lineEnd + 1;
        } else {
          high = lineStart;
        }
      }
      return false;
    }

    private static int compare(int start, int end, String word) {
      int n = Math.min(end - start, word.length());
      for (int i = 0; i < n; i++) {
        int diff = WORDS.charAt(start + i) - word.charAt(i);
        if (diff != 0) {
          return diff;
        }
      }
      return (end - start) - word.length();
    }

    /** Every word of the list, for tests. */
    static List<String> all() {
      return List.of(WORDS.substring(FIRST_WORD).split("\n"));
    }
  }

  /** A capitalised word: [start, end) in the draft, its class, its letters before any apostrophe. */
  private record CapsWord(int start, int end, int kind, String base) {
    CapsWord withKind(int newKind) {
      return new CapsWord(start, end, newKind, base);
    }
  }

  /** What one pass over the draft collects. */
  private static final class Scan {
    final List<CapsWord> words = new ArrayList<>();
    int casedLetters;
    int capitals;
    int firstWordStart = -1;
    int lastWordEnd = -1;
    boolean inBackticks;
    boolean anyShouted;
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    String text = draft.text();
    if (!hasTwoCapitalsInARow(text)) {
      return List.of();
    }
    Scan scan = scan(text, context.shared());
    if (!scan.anyShouted) {
      return List.of();
    }
    if (scan.casedLetters >= options.minLettersForRatio()
        && scan.capitals > options.maxCapsRatio() * scan.casedLetters) {
      return List.of(wholeReplyFinding(draft, context, scan));
    }
    List<Finding> findings = new ArrayList<>();
    List<CapsWord> words = scan.words;
    int runStart = 0;
    for (int i = 1; i <= words.size(); i++) {
      if (i == words.size() || !joined(text, words.get(i - 1).end(), words.get(i).start())) {
        reportRun(draft, context, words.subList(runStart, i), findings);
        runStart = i;
      }
    }
    return findings;
  }

  /**
   * The fast exit for most replies: true when some word outside links and handles starts with two
   * capitals. Random capitals inside shortened links (t.co/GDrqU22YpT) do not count.
   */
  private static boolean hasTwoCapitalsInARow(String text) {
    int n = text.length();
    for (int i = 0; i + 1 < n; i++) {
      if (isCapital(text.charAt(i))
          && isCapital(text.charAt(i + 1))
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        int chunkStart = i;
        while (chunkStart > 0 && !isSpace(text.charAt(chunkStart - 1))) {
          chunkStart--;
        }
        int chunkEnd = i + 2;
        while (chunkEnd < n && !isSpace(text.charAt(chunkEnd))) {
          chunkEnd++;
        }
        if (!isLinkOrAddress(text, chunkStart, chunkEnd)) {
          return true;
        }
        i = chunkEnd;
      }
    }
    return false;
  }

  private static boolean isCapital(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z') : Character.isUpperCase(c);
  }

  private Scan scan(String text, SharedOptions shared) {
    Scan scan = new Scan();
    int signOff = signOffStart(text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int chunkEnd = i;
      while (chunkEnd < n && !isSpace(text.charAt(chunkEnd))) {
        chunkEnd++;
      }
      if (!isLinkOrAddress(text, i, chunkEnd)) {
        scanChunk(text, i, Math.min(chunkEnd, signOff), shared, scan);
      }
      i = chunkEnd;
    }
    return scan;
  }

  /** One whitespace-free stretch: split into compounds (AB-1234, T-SHIRT) and those into words. */
  private void scanChunk(String text, int from, int to, SharedOptions shared, Scan scan) {
    int j = from;
    while (j < to) {
      char c = text.charAt(j);
      if (c == '`') {
        scan.inBackticks = !scan.inBackticks;
        j++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        j++;
        continue;
      }
      int start = j;
      boolean codeLike = false;
      boolean joinedByMark = false;
      int k = j;
      while (k < to) {
        char d = text.charAt(k);
        if (Character.isLetterOrDigit(d)) {
          codeLike |= Character.isDigit(d);
          k++;
        } else if (isApostrophe(d) && k + 1 < to && Character.isLetter(text.charAt(k + 1))) {
          k++;
        } else if (k + 1 < to && Character.isLetterOrDigit(text.charAt(k + 1)) && isInnerMark(d)) {
          codeLike |= d == '_' || d == '&' || d == '.' || d == '+';
          joinedByMark = true;
          k++;
        } else {
          break;
        }
      }
      char before = start > from ? text.charAt(start - 1) : ' ';
      boolean skipped =
          codeLike
              || scan.inBackticks
              || before == '#'
              || before == '$'
              || before == '^'
              || before == '_'
              || (joinedByMark && shared.isBrandTerm(text.substring(start, k)));
      if (!skipped) {
        scanWords(text, start, k, shared, scan);
      }
      j = k;
    }
  }

  /** Words of a compound are split at hyphens, slashes and the like; apostrophes stay inside. */
  private void scanWords(String text, int from, int to, SharedOptions shared, Scan scan) {
    int w = from;
    while (w < to) {
      int end = w;
      while (end < to && (Character.isLetterOrDigit(text.charAt(end)) || isApostrophe(text.charAt(end)))) {
        end++;
      }
      if (end > w) {
        scanWord(text, w, end, shared, scan);
      }
      w = end + 1;
    }
  }

  private void scanWord(String text, int start, int end, SharedOptions shared, Scan scan) {
    int apostrophe = -1;
    int lower = 0;
    int upper = 0;
    int uncased = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isApostrophe(c)) {
        if (apostrophe < 0) {
          apostrophe = i;
        }
      } else if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      } else {
        uncased++;
      }
    }
    scan.casedLetters += upper + lower;
    scan.capitals += upper;
    if (upper + lower > 0) {
      if (scan.firstWordStart < 0) {
        scan.firstWordStart = start;
      }
      scan.lastWordEnd = end;
    }
    if (upper == 0 || uncased > 0) {
      return;
    }
    int baseEnd = apostrophe < 0 ? end : apostrophe;
    if (!allCapitals(text, start, baseEnd)) {
      if (pluralOfCapitals(text, start, baseEnd)) {
        scan.words.add(new CapsWord(start, end, ACRONYM, text.substring(start, baseEnd - 1)));
      }
      return;
    }
    String base = text.substring(start, baseEnd);
    int kind = classify(base, text.substring(start, end), shared);
    if (kind == SHOUTED && baseEnd - start < options.minWordLength()) {
      kind = SHORT_SHOUTED;
    }
    scan.anyShouted |= kind == SHOUTED || kind == SHORT_SHOUTED;
    scan.words.add(new CapsWord(start, end, kind, base));
  }

  private static boolean allCapitals(String text, int start, int end) {
    if (start == end) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** DMs, FAQs, URLs: an acronym's plural. */
  private static boolean pluralOfCapitals(String text, int start, int end) {
    return end - start >= 3 && text.charAt(end - 1) == 's' && allCapitals(text, start, end - 1);
  }

  /** Sorts one capitalised word; {@code base} is its letters before any apostrophe. */
  int classify(String base, String whole, SharedOptions shared) {
    if (base.length() == 1) {
      return LETTER;
    }
    if (exclamations.contains(base)) {
      return SHOUTED;
    }
    if (allowed.contains(base) || shared.isBrandTerm(base)) {
      return ACRONYM;
    }
    String lower = base.toLowerCase(Locale.ROOT);
    if (BUILT_IN_ACRONYMS.contains(base)) {
      return isEnglishWord(lower) ? AMBIGUOUS : ACRONYM;
    }
    if (isRomanNumeral(base)) {
      return isEnglishWord(lower) ? AMBIGUOUS : ACRONYM;
    }
    if (hasHeldLetter(base)) {
      return SHOUTED;
    }
    if (whole.length() > base.length() && isContraction(whole)) {
      return SHOUTED;
    }
    return isEnglishWord(lower) ? SHOUTED : ACRONYM;
  }

  private static boolean isContraction(String whole) {
    return CommonWords.WORDS.contains(whole.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
  }

  /**
   * SOOO, NOOOO, PLEEEASE: one letter three times in a row is emphasis, not an acronym, unless it
   * is the only letter (AAA batteries, BBB).
   */
  private static boolean hasHeldLetter(String word) {
    boolean held = false;
    boolean oneLetter = true;
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      oneLetter &= c == word.charAt(0);
      held |= i >= 2 && c == word.charAt(i - 1) && c == word.charAt(i - 2);
    }
    return held && !oneLetter;
  }

  /** A well-formed Roman numeral (II, XIV, MMXXIV); those are written in capitals. */
  static boolean isRomanNumeral(String word) {
    int n = word.length();
    int i = 0;
    while (i < n && i < 4 && word.charAt(i) == 'M') {
      i++;
    }
    i = romanGroup(word, i, 'C', 'D', 'M');
    i = romanGroup(word, i, 'X', 'L', 'C');
    i = romanGroup(word, i, 'I', 'V', 'X');
    return i == n && n > 0;
  }

  /** One decimal place of a Roman numeral: ones, fives and tens of that place (I V X, X L C, C D M). */
  private static int romanGroup(String w, int i, char one, char five, char ten) {
    int n = w.length();
    if (i + 1 < n && w.charAt(i) == one && (w.charAt(i + 1) == ten || w.charAt(i + 1) == five)) {
      return i + 2;
    }
    if (i < n && w.charAt(i) == five) {
      i++;
    }
    int count = 0;
    while (i < n && w.charAt(i) == one && count < 3) {
      i++;
      count++;
    }
    return i;
  }

  /** An ordinary English word, inflected or not; short words only from the hand-written list. */
  static boolean isEnglishWord(String lower) {
    if (isListedWord(lower)) {
      return true;
    }
    int n = lower.length();
    if (n < 4) {
      return false;
    }
    if (lower.endsWith("ies") || lower.endsWith("ied")) {
      if (isListedWord(lower.substring(0, n - 3) + "y")) {
        return true;
      }
    }
    if (lower.endsWith("s") && !lower.endsWith("ss")) {
      if (isListedWord(lower.substring(0, n - 1))
          || (lower.endsWith("es") && isListedWord(lower.substring(0, n - 2)))) {
        return true;
      }
    }
    for (String suffix : new String[] {"ing", "ed", "er", "est", "ly"}) {
      if (lower.endsWith(suffix) && n - suffix.length() >= 3) {
        String stem = lower.substring(0, n - suffix.length());
        if (isListedWord(stem) || isListedWord(stem + "e") || isUndoubled(stem)) {
          return true;
        }
        if (!suffix.equals("ing") && stem.endsWith("i") && isListedWord(stem.substring(0, stem.length() - 1) + "y")) {
          return true;
        }
      }
    }
    return false;
  }

  /** SHIPPED, RUNNING, BIGGEST: a doubled final consonant before the suffix. */
  private static boolean isUndoubled(String stem) {
    int n = stem.length();
    return n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && isListedWord(stem.substring(0, n - 1));
  }

  private static boolean isListedWord(String lower) {
    if (CommonWords.WORDS.contains(lower)) {
      return true;
    }
    return lower.length() >= 4 && WordNetWords.contains(lower);
  }

  /** Gap between two capitalised words that keeps them in one run: spaces, commas, dashes, quotes. */
  private static boolean joined(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (!(isSpace(c) || ",-/&+\"'*\u2013\u2014\u2018\u2019\u201c\u201d".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private void reportRun(Draft draft, RuleContext context, List<CapsWord> run, List<Finding> findings) {
    int shouted = 0;
    int shortShouted = 0;
    for (CapsWord w : run) {
      shouted += w.kind() == SHOUTED ? 1 : 0;
      shortShouted += w.kind() == SHORT_SHOUTED ? 1 : 0;
    }
    if (shouted == 0 && shortShouted < 2) {
      return;
    }
    int first = 0;
    int last = run.size() - 1;
    while (run.get(first).kind() == ACRONYM) {
      first++;
    }
    while (run.get(last).kind() == ACRONYM) {
      last--;
    }
    int words = 0;
    for (int i = first; i <= last; i++) {
      words += run.get(i).kind() == LETTER ? 0 : 1;
    }
    // "I LOVE it" shouts one word; "I AM SO SORRY" is a shouted run that happens to start with I
    if (words == 1) {
      while (run.get(first).kind() == LETTER) {
        first++;
      }
      while (run.get(last).kind() == LETTER) {
        last--;
      }
    }
    List<CapsWord> span = new ArrayList<>(run.subList(first, last + 1));
    span.replaceAll(w -> w.kind() == AMBIGUOUS || w.kind() == SHORT_SHOUTED ? w.withKind(SHOUTED) : w);
    String text = draft.text();
    int start = span.get(0).start();
    int end = span.get(span.size() - 1).end();
    if (span.size() <= MAX_LABEL_WORDS && namesALabel(text, start, end)) {
      return;
    }
    if (context.shared().insidePlaceholder(text, start, end)) {
      return;
    }
    String matched = text.substring(start, end);
    String replacement = rewrite(text, start, end, span, context.shared(), false);
    findings.add(
        context
            .finding(draft, start, end, "\"" + matched + "\" reads as shouting; write \"" + replacement + "\"")
            .suggest(replacement)
            .property("scope", span.size() == 1 ? "word" : "run")
            .build());
  }

  private Finding wholeReplyFinding(Draft draft, RuleContext context, Scan scan) {
    int start = scan.firstWordStart;
    int end = scan.lastWordEnd;
    List<CapsWord> inSpan = new ArrayList<>();
    for (CapsWord w : scan.words) {
      if (w.start() >= start && w.end() <= end) {
        inSpan.add(w.kind() == AMBIGUOUS || w.kind() == SHORT_SHOUTED ? w.withKind(SHOUTED) : w);
      }
    }
    String replacement = rewrite(draft.text(), start, end, inSpan, context.shared(), true);
    int percent = (int) Math.round(100.0 * scan.capitals / scan.casedLetters);
    return context
        .finding(
            draft,
            start,
            end,
            "the whole reply reads as shouting (" + percent + "% capitals); write it in sentence case")
        .suggest(replacement)
        .property("scope", "reply")
        .property("capitals-percent", percent)
        .build();
  }

  /**
   * The text of [start, end) with shouted words in lower case; I stays I, brand terms take the
   * policy's spelling, acronyms stay. With {@code sentenceCase}, a lowered word that opens a
   * sentence gets its capital back.
   */
  private static String rewrite(
      String text, int start, int end, List<CapsWord> words, SharedOptions shared, boolean sentenceCase) {
    StringBuilder out = new StringBuilder(end - start);
    int at = start;
    for (CapsWord w : words) {
      out.append(text, at, w.start());
      String original = text.substring(w.start(), w.end());
      String written;
      if (w.kind() == SHOUTED) {
        written = original.toLowerCase(Locale.ROOT);
        if (sentenceCase && opensSentence(text, start, w.start())) {
          written = Character.toUpperCase(written.charAt(0)) + written.substring(1);
        }
      } else if (w.kind() == LETTER && w.base().equals("I")) {
        written = "I" + original.substring(1).toLowerCase(Locale.ROOT);
      } else if (w.kind() == LETTER && w.base().equals("A") && w != words.get(words.size() - 1)) {
        // an article inside shouted words; "PLAN A" keeps its letter
        boolean capital = sentenceCase && opensSentence(text, start, w.start());
        written = capital ? original : original.toLowerCase(Locale.ROOT);
      } else {
        written = brandSpelling(w.base(), shared, original);
      }
      out.append(written);
      at = w.end();
    }
    return out.append(text, at, end).toString();
  }

  private static String brandSpelling(String base, SharedOptions shared, String original) {
    for (String term : shared.brandTerms()) {
      if (term.equalsIgnoreCase(base)) {
        return term + original.substring(base.length());
      }
    }
    return original;
  }

  private static boolean opensSentence(String text, int spanStart, int at) {
    for (int i = at - 1; i >= spanStart; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return true;
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "press the HOME button", "tap SETTINGS", "text STOP", "Account &gt; BILLING": capitals that
   * name a control, a menu item or a keyword to type, written as the screen shows them.
   */
  private static boolean namesALabel(String text, int start, int end) {
    int previousEnd = previousWordEnd(text, start);
    int previousStart = wordStartBefore(text, previousEnd);
    String previous = text.substring(previousStart, previousEnd).toLowerCase(Locale.ROOT);
    if (previous.equals("the")) {
      previousEnd = previousWordEnd(text, previousStart);
      previous = text.substring(wordStartBefore(text, previousEnd), previousEnd).toLowerCase(Locale.ROOT);
    }
    return LABEL_CUES_BEFORE.contains(previous)
        || LABEL_CUES_AFTER.contains(nextWord(text, end))
        || besideMenuArrow(text, start, end);
  }

  /** Settings &gt; BILLING &gt; Payments: a step in a menu path (Twitter writes > as &amp;gt;). */
  private static boolean besideMenuArrow(String text, int start, int end) {
    int before = start;
    while (before > 0 && isSpace(text.charAt(before - 1))) {
      before--;
    }
    int after = end;
    while (after < text.length() && isSpace(text.charAt(after))) {
      after++;
    }
    return isMenuArrowEnd(text, before) || isMenuArrowStart(text, after);
  }

  private static boolean isMenuArrowEnd(String text, int end) {
    if (end == 0) {
      return false;
    }
    char c = text.charAt(end - 1);
    return c == '>' || c == '\u203A' || c == '\u00BB' || c == '\u2192'
        || (c == ';' && end >= 4 && text.startsWith("&gt;", end - 4));
  }

  private static boolean isMenuArrowStart(String text, int start) {
    if (start >= text.length()) {
      return false;
    }
    char c = text.charAt(start);
    return c == '>' || c == '\u203A' || c == '\u00BB' || c == '\u2192' || text.startsWith("&gt;", start);
  }

  /** End of the word before {@code at} in the same sentence, or {@code at} when there is none. */
  private static int previousWordEnd(String text, int at) {
    int e = at;
    while (e > 0 && !Character.isLetter(text.charAt(e - 1))) {
      char c = text.charAt(e - 1);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return at;
      }
      e--;
    }
    return e;
  }

  private static int wordStartBefore(String text, int end) {
    int s = end;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  private static String nextWord(String text, int after) {
    int s = after;
    while (s < text.length() && isSpace(text.charAt(s))) {
      s++;
    }
    int e = s;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(s, e).toLowerCase(Locale.ROOT);
  }

  /**
   * Where the agent's initials start when the reply ends with them after a marker ({@code ^JK},
   * {@code -AB}, {@code - BH}, {@code *TMT}); the text length when it does not. Links, numbers such
   * as "1/2" and punctuation after the initials are passed over.
   */
  static int signOffStart(String text) {
    int none = text.length();
    int end = text.length();
    int chunkStart;
    while (true) {
      while (end > 0 && isSpace(text.charAt(end - 1))) {
        end--;
      }
      if (end == 0) {
        return none;
      }
      chunkStart = end;
      while (chunkStart > 0 && !isSpace(text.charAt(chunkStart - 1))) {
        chunkStart--;
      }
      if (!isLinkOrAddress(text, chunkStart, end) && hasLetter(text, chunkStart, end)) {
        break;
      }
      end = chunkStart;
    }
    int wordEnd = end;
    while (!Character.isLetter(text.charAt(wordEnd - 1))) {
      wordEnd--;
    }
    int wordStart = wordEnd;
    while (wordStart > chunkStart && Character.isUpperCase(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    int letters = wordEnd - wordStart;
    if (letters < 2 || letters > 3) {
      return none;
    }
    if (wordStart > chunkStart) {
      char marker = text.charAt(wordStart - 1);
      boolean emphasis = marker == '*' && wordEnd < end && text.charAt(wordEnd) == '*';
      return SIGN_OFF_MARKERS.indexOf(marker) >= 0 && !emphasis ? wordStart : none;
    }
    // "- BH", "= JJ": the marker stands alone before the initials
    int markerAt = wordStart - 1;
    while (markerAt >= 0 && isSpace(text.charAt(markerAt)) && text.charAt(markerAt) != '\n') {
      markerAt--;
    }
    boolean loneMarker =
        markerAt >= 0
            && SIGN_OFF_MARKERS.indexOf(text.charAt(markerAt)) >= 0
            && (markerAt == 0 || isSpace(text.charAt(markerAt - 1)));
    return loneMarker ? wordStart : none;
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Links, @handles and e-mail addresses are names, whatever their case. */
  private static boolean isLinkOrAddress(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '@' || c == '\uFF20') {
        return true;
      }
      if (c == ':' && i + 2 < to && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
        return true;
      }
    }
    return to - from > 4 && text.regionMatches(true, from, "www.", 0, 4);
  }

  private static boolean isInnerMark(char c) {
    return c == '-' || c == '_' || c == '/' || c == '.' || c == '&' || c == '+' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
  }

  /** Words of a resource, several to a line allowed; '#' starts a comment line. */
  private static Set<String> readWords(String resource, boolean upperCase) {
    Set<String> words = new HashSet<>();
    String file = readResource(resource, StandardCharsets.UTF_8);
    boolean comment = false;
    int wordStart = -1;
    for (int i = 0; i <= file.length(); i++) {
      char c = i < file.length() ? file.charAt(i) : '\n';
      if (c == '#' && wordStart < 0 && (i == 0 || file.charAt(i - 1) == '\n')) {
        comment = true;
      } else if (c == ' ' || c == '\n' || c == '\r') {
        if (wordStart >= 0 && !comment) {
          String word = file.substring(wordStart, i);
          words.add(upperCase ? word.toUpperCase(Locale.ROOT) : word);
        }
        wordStart = -1;
        comment &= c != '\n';
      } else if (wordStart < 0) {
        wordStart = i;
      }
    }
    return Set.copyOf(words);
  }

  private static String readResource(String resource, Charset charset) {
    try (InputStream in = AllCapsRule.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
