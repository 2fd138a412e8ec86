package dev.replylint.rules;

import dev.replylint.text.Draft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Flags emoticons and emoji in a brand reply: the etiquette articles say a brand account should
 * not use them (seed 000).
 *
 * <p>What counts:
 *
 * <ul>
 *   <li>ASCII emoticons read left to right ({@code :) :-( ;-) :'( :DDD xD >:( 8-) :-*}), reversed
 *       ({@code (: ): (-:}), hearts ({@code <3 </3 <333}), eastern faces ({@code ^_^ ^^ -_- T_T
 *       o_O >.< (>_<)}), {@code \o/} and kaomoji ({@code ¯\_(ツ)_/¯ ( ͡° ͜ʖ ͡°) ʕ•ᴥ•ʔ}).
 *   <li>Emoji, one finding per grapheme (a family joined by ZWJ, a thumb with a skin tone, a flag,
 *       a keycap), looked up in Unicode's own sequence list ({@link EmojiSequences}).
 * </ul>
 *
 * <p>Symbols that Unicode shows as text by default (™ © ® ↔ ✔ ☎ ✈ ▶) are typography brands use,
 * so they are left alone unless written with the emoji selector U+FE0F or as part of a longer
 * emoji sequence. Faces, hearts, hands and people (☺ ☹ ❤ ✌) are flagged even in text
 * presentation: they picture an emotion whatever the font does.
 *
 * <p>What does not count, because real replies are full of it: times and ratios ({@code 8:30},
 * {@code 16:9}), list markers and closing parentheses ({@code a)}, {@code 8)}, {@code (see 3)},
 * {@code Hours (Mon-Fri):}), URLs, e-mail addresses, paths and code ({@code C:\Users},
 * {@code std::map}), a colon glued into a word ({@code Note:Please}), agent sign-offs
 * ({@code ^JK}), quantities ({@code x3}), comparisons ({@code <3 days}) and {@code Windows XP}.
 *
 * <p>The scan is one pass over the text with no regular expressions; the emoji table is only
 * loaded when a draft holds a character that could start an emoji.
 */
@RuleInfo(
    id = "emoticon",
    summary = "Emoticons and emoji in a brand reply: :) ;-) xD <3 ^_^ ¯\\_(ツ)_/¯ 😀 👍🏽 🇫🇷",
    severity = Severity.ERROR,
    rationale = "A brand account that answers with smileys reads as flippant when the customer has a problem.",
    source = "seed 000: \"Don't use emoticons or capital letters\"")
public final class EmoticonRule implements Rule {

  /**
   * @param allow emoticons and emoji the team permits, matched as written ({@code ":)"} allows
   *     {@code :)} but not {@code :-)}); an emoji is compared without its variation selector, and an
   *     entry without a skin tone allows every skin tone of that emoji
   */
  public record Options(List<String> allow) {
    public Options {
      allow = allow == null ? List.of() : List.copyOf(allow);
      for (int i = 0; i < allow.size(); i++) {
        String entry = allow.get(i);
        if (entry == null || entry.isBlank()) {
          throw new InvalidOptionException("allow", i, "an entry cannot be blank");
        }
        List<Spotted> spotted = scan(entry);
        if (spotted.size() != 1 || spotted.get(0).start() != 0 || spotted.get(0).end() != entry.length()) {
          throw new InvalidOptionException(
              "allow", i, "\"" + entry + "\" is not one emoticon or emoji that this rule reports, so allowing it changes nothing");
        }
      }
    }
  }

  private enum Kind {
    EMOTICON("emoticon"),
    EMOJI("emoji");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** A span the scan found, before the allow list and placeholders are applied. */
  private record Spotted(int start, int end, Kind kind) {}

  private final Set<String> allowedAsWritten = new HashSet<>();
  private final Set<String> allowedEmoji = new HashSet<>();
  private final Set<String> allowedEmojiAnyTone = new HashSet<>();

  public EmoticonRule(Options options) {
    for (String entry : options.allow()) {
      allowedAsWritten.add(entry);
      String key = withoutSelectors(entry);
      allowedEmoji.add(key);
      if (key.equals(withoutSkinTones(key))) {
        allowedEmojiAnyTone.add(key);
      }
    }
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    String text = draft.text();
    List<Spotted> spotted = scan(text);
    if (spotted.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>(spotted.size());
    for (Spotted s : spotted) {
      String matched = text.substring(s.start(), s.end());
      if (allowed(matched, s.kind()) || context.shared().insidePlaceholder(text, s.start(), s.end())) {
        continue;
      }
      findings.add(
          context
              .finding(draft, s.start(), s.end(), s.kind().label + " \"" + matched + "\" in a brand reply; remove it")
              .suggest("")
              .property("kind", s.kind().label)
              .build());
    }
    return findings;
  }

  private boolean allowed(String matched, Kind kind) {
    if (allowedAsWritten.contains(matched)) {
      return true;
    }
    if (kind != Kind.EMOJI) {
      return false;
    }
    String key = withoutSelectors(matched);
    return allowedEmoji.contains(key) || allowedEmojiAnyTone.contains(withoutSkinTones(key));
  }

  private static String withoutSelectors(String s) {
    return s.replace("\uFE0F", "").replace("\uFE0E", "");
  }

  private static String withoutSkinTones(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !isSkinTone(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The scan: one left-to-right pass. ASCII characters that can begin an emoticon are marked in a
  // table; everything else is skipped with one array read. Parentheses are counted per line so a
  // ')' that closes an earlier '(' is read as punctuation, not as a mouth.

  private static final byte STARTS_WESTERN = 1; // eyes or a hat: : ; = 8 x X B > }
  private static final byte STARTS_REVERSED = 2; // a mouth first: ( )
  private static final byte STARTS_EASTERN = 4; // an eye of ^_^ T_T -_- o_O >.< ;_; \o/
  private static final byte STARTS_OTHER = 8; // < (hearts), & (&lt;3), keycap bases 0-9 # *
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c : ":;=8xXB>}O0".toCharArray()) {
      ASCII[c] |= STARTS_WESTERN;
    }
    for (char c : "()".toCharArray()) {
      ASCII[c] |= STARTS_REVERSED;
    }
    for (char c : "^-ToOuUxX><;*=@.\\0".toCharArray()) {
      ASCII[c] |= STARTS_EASTERN;
    }
    for (char c : "<&0123456789#*".toCharArray()) {
      ASCII[c] |= STARTS_OTHER;
    }
    ASCII['\n'] |= STARTS_OTHER;
  }

  private static List<Spotted> scan(String text) {
    List<Spotted> out = null;
    int n = text.length();
    int depth = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int end = -1;
      Kind kind = Kind.EMOTICON;
      int start = i;
      if (c < 0x80) {
        byte role = ASCII[c];
        if (role == 0) {
          i++;
          continue;
        }
        if (c == '\n') {
          depth = 0;
          i++;
          continue;
        }
        if ((role & STARTS_WESTERN) != 0) {
          end = western(text, i, depth);
        }
        if (end < 0 && (role & STARTS_REVERSED) != 0) {
          end = reversed(text, i, depth);
        }
        if (end < 0 && (role & STARTS_EASTERN) != 0) {
          long span = eastern(text, i);
          if (span >= 0) {
            start = (int) (span >>> 32);
            end = (int) span;
            if (start < i && text.charAt(start) == '(') {
              depth = Math.max(0, depth - 1); // that '(' was counted before we knew it was a face
            }
          }
        }
        if (end < 0 && (role & STARTS_OTHER) != 0) {
          if (c == '<' || c == '&') {
            end = heart(text, i);
            if (end < 0 && c == '&') {
              end = western(text, i, depth);
            }
          } else if (i + 1 < n && (text.charAt(i + 1) == '\uFE0F' || text.charAt(i + 1) == '\u20E3')) {
            int keycapEnd = emoji(text, i);
            if (keycapEnd > 0) {
              end = keycapEnd;
              kind = Kind.EMOJI;
            }
          }
        }
        if (end < 0) {
          if (c == '(') {
            depth++;
          } else if (c == ')' && depth > 0) {
            depth--;
          }
          i++;
          continue;
        }
      } else {
        if (EmojiSequences.mayStartEmoji(c) && (EmojiSequences.get().startsWith(c) || isRegionalIndicatorAt(text, i))) {
          int emojiEnd = emoji(text, i);
          if (emojiEnd > 0) {
            end = emojiEnd;
            kind = Kind.EMOJI;
          } else if (emojiEnd < 0 && !isTextHeartOrFace(c)) {
            i = -emojiEnd; // a text-presentation symbol: skip all of it
            continue;
          }
        }
        if (end < 0 && isTextHeartOrFace(c)) {
          end = i + 1 < n && text.charAt(i + 1) == '\uFE0E' ? i + 2 : i + 1;
        }
        if (end < 0 && isKaomojiAnchor(text, i)) {
          long span = kaomoji(text, i, out == null || out.isEmpty() ? 0 : out.get(out.size() - 1).end());
          if (span >= 0) {
            start = (int) (span >>> 32);
            end = (int) span;
            depth = depthBefore(text, start, depth, i);
          }
        }
        if (end < 0) {
          i++;
          continue;
        }
      }
      if (kind == Kind.EMOTICON && insideLinkOrAddress(text, start, end)) {
        i = end;
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(2);
      }
      // Kaomoji such as "(╯°□°)╯︵ ┻━┻" contain a space; pieces a space apart are one face.
      Spotted last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.kind() == Kind.EMOTICON && kind == Kind.EMOTICON && start == last.end() + 1 && text.charAt(last.end()) == ' '
          && (isKaomojiText(text, last.start(), last.end()) || isKaomojiText(text, start, end))) {
        out.set(out.size() - 1, new Spotted(last.start(), end, kind));
      } else {
        out.add(new Spotted(start, end, kind));
      }
      i = end;
    }
    return out == null ? List.of() : out;
  }

  // --- western emoticons: [hat] eyes [tear] [nose] mouth [mouth...] -----------------------------

  private static final String PUNCT_EYE_MOUTHS = ")(DPpOo/\\|*$@3[]{}<>SXxc";
  private static final String EQUALS_EYE_MOUTHS = ")(DPp][/\\|";
  private static final String LETTER_EYE_MOUTHS_WITH_NOSE = ")(DPp|";

  private static int western(String t, int i, int depth) {
    int n = t.length();
    int at = i;
    char first = t.charAt(at);
    if (first == '&' && t.startsWith("&gt;", i) && at + 4 < n && (t.charAt(at + 4) == ':' || t.charAt(at + 4) == ';')) {
      at += 4; // brows, HTML-escaped as in exported tweets: &gt;:(
    } else if ((first == '>' || first == '}') && at + 1 < n && (t.charAt(at + 1) == ':' || t.charAt(at + 1) == ';')) {
      at++; // brows: >:( }:)
    } else if ((first == 'O' || first == '0') && at + 2 < n && t.charAt(at + 1) == ':' && (t.charAt(at + 2) == ')' || t.charAt(at + 2) == '-')) {
      at++; // a halo: O:) 0:-)
    }
    char eyes = t.charAt(at);
    if (":;=8xXB".indexOf(eyes) < 0) {
      return -1;
    }
    at++;
    boolean nose = false;
    if (at < n && t.charAt(at) == '\'') {
      at++;
    }
    if (at + 1 < n && "-^o".indexOf(t.charAt(at)) >= 0 && isMouthFor(eyes, t.charAt(at + 1), true)) {
      nose = true;
      at++;
    }
    if (at >= n) {
      return -1;
    }
    char mouth = t.charAt(at);
    if (!isMouthFor(eyes, mouth, nose)) {
      return -1;
    }
    int mouthAt = at;
    at++;
    while (at < n && t.charAt(at) == mouth) {
      at++;
    }
    int end = at;
    if (end < n && !isRightBoundary(t.charAt(end))) {
      return -1;
    }
    boolean letterMouth = Character.isLetterOrDigit(mouth);
    if (Character.isLetterOrDigit(first)) {
      // xD, 8-), O:) stand alone: not after "*" or "_" (sign-offs like *XD), not before "-4412" (model numbers)
      if (i > 0 && !Character.isWhitespace(t.charAt(i - 1)) && "([{\"'".indexOf(t.charAt(i - 1)) < 0) {
        return -1;
      }
      if (end < n && t.charAt(end) == '-') {
        return -1;
      }
    }
    boolean bracketMouth = mouth == ')' || mouth == '(';
    if (!isLeftBoundary(t, i)) {
      // "thanks:)" is a smiley; "Note:Please", "x:D", "C:\Users", "(see below;)" are not.
      boolean glued = i > 0 && Character.isLetter(t.charAt(i - 1)) && ":;=".indexOf(eyes) >= 0 && bracketMouth;
      if (!glued || (mouth == ')' && depth > 0) || letterMouth) {
        return -1;
      }
    }
    if (mouth == ')' && depth > 0 && end - mouthAt >= 2) {
      end--; // "(thanks :))": the last ')' closes the parenthesis
    }
    return end;
  }

  private static boolean isMouthFor(char eyes, char mouth, boolean withNose) {
    switch (eyes) {
      case ':':
      case ';':
        return PUNCT_EYE_MOUTHS.indexOf(mouth) >= 0;
      case '=':
        return EQUALS_EYE_MOUTHS.indexOf(mouth) >= 0;
      case 'x':
      case 'X':
        // xD and XD; never XP (Windows XP), x3 (a quantity) or x) (a list marker)
        return mouth == 'D' || (withNose && LETTER_EYE_MOUTHS_WITH_NOSE.indexOf(mouth) >= 0);
      default: // 8 and B only with a nose: "8)" and "B)" are list markers far more often than faces
        return withNose && LETTER_EYE_MOUTHS_WITH_NOSE.indexOf(mouth) >= 0;
    }
  }

  // --- reversed: mouth [nose] eyes, "(:", "):", "(-:", "(=" ---------------------------------------

  private static int reversed(String t, int i, int depth) {
    int n = t.length();
    char mouth = t.charAt(i);
    if (mouth == ')' && depth > 0) {
      return -1; // closes "(Mon-Fri):"
    }
    if (i > 0 && t.charAt(i - 1) == mouth) {
      return -1; // only from the first of "((:"
    }
    int at = i;
    while (at < n && t.charAt(at) == mouth) {
      at++;
    }
    if (at < n && t.charAt(at) == '-') {
      at++;
    }
    if (at >= n || ":;=".indexOf(t.charAt(at)) < 0) {
      return -1;
    }
    int end = at + 1;
    if (end < n && !isRightBoundary(t.charAt(end))) {
      return -1;
    }
    if (end < n && (t.charAt(end) == ')' || t.charAt(end) == '(')) {
      return -1; // ":(:)" and code such as "(:)"
    }
    // "sorry):" is a frown; "option a):" is a list marker
    boolean glued = mouth == ')' && i > 1 && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i - 2));
    if (!isLeftBoundary(t, i) && !glued) {
      return -1;
    }
    return end;
  }

  // --- eastern faces: eye, mouth, eye --------------------------------------------------------------

  /** Returns start << 32 | end, or -1. A face wrapped in "(...)" or "(*...*)" takes the wrapping. */
  private static long eastern(String t, int i) {
    int n = t.length();
    char eye = t.charAt(i);
    int end = -1;
    if (eye == '\\') {
      if (i + 2 < n && (t.charAt(i + 1) == 'o' || t.charAt(i + 1) == 'O') && t.charAt(i + 2) == '/') {
        end = i + 3;
      }
    } else if (eye == '^' && i + 1 < n && t.charAt(i + 1) == '^') {
      end = i + 2;
    } else if (i + 2 < n) {
      char mouth = t.charAt(i + 1);
      char other = t.charAt(i + 2);
      if (isEasternFace(eye, mouth, other)) {
        end = i + 3;
      }
    }
    if (end < 0 || (i > 0 && !isEasternEdge(t.charAt(i - 1))) || !isEasternRightEdge(t, end)) {
      return -1;
    }
    if (Character.isLetter(eye) && t.charAt(i + 1) == '.' && end < n && t.charAt(end) == '.') {
      return -1; // initials: "T.T." "O.O."
    }
    int start = i;
    if (start >= 2 && end + 1 < n && t.charAt(start - 1) == '*' && t.charAt(start - 2) == '(' && t.charAt(end) == '*' && t.charAt(end + 1) == ')') {
      start -= 2;
      end += 2;
    } else if (start >= 1 && end < n && t.charAt(start - 1) == '(' && t.charAt(end) == ')') {
      start -= 1;
      end += 1;
    }
    return ((long) start << 32) | end;
  }

  private static boolean isEasternFace(char eye, char mouth, char other) {
    boolean pair = other == eye || (eye == 'o' && other == 'O') || (eye == 'O' && other == 'o') || (eye == '>' && other == '<')
        || (eye == '0' && other == 'o') || (eye == 'o' && other == '0') || (eye == '^' && other == '~');
    if (!pair) {
      return false;
    }
    switch (eye) {
      case '^':
        return "_-.ow3vω▽".indexOf(mouth) >= 0;
      case '>':
      case '<':
      case '-':
      case 'T':
        return mouth == '_' || mouth == '.';
      case ';':
      case '=':
      case '*':
      case '@':
      case 'u':
      case 'U':
      case 'x':
      case 'X':
      case 'o':
      case 'O':
      case '0':
        return mouth == '_' || (mouth == '.' && (eye == 'o' || eye == 'O' || eye == '0'));
      case '.':
        return mouth == '_';
      default:
        return false;
    }
  }

  private static boolean isEasternRightEdge(String t, int end) {
    if (end >= t.length()) {
      return true;
    }
    char c = t.charAt(end);
    // "Thanks ^^." ends a sentence; "o.o.o" does not hold a face
    return isEasternEdge(c) || (c == '.' && (end + 1 == t.length() || Character.isWhitespace(t.charAt(end + 1))));
  }

  private static boolean isEasternEdge(char c) {
    return !Character.isLetterOrDigit(c) && c != '_' && c != '^' && c != '.' && c != '-';
  }

  // --- hearts: <3, </3, <333, and the HTML-escaped &lt;3 ----------------------------------------

  private static int heart(String t, int i) {
    int n = t.length();
    int at = i;
    if (t.charAt(i) == '&') {
      if (!t.startsWith("&lt;", i)) {
        return -1;
      }
      at += 4;
    } else {
      at++;
    }
    boolean broken = at < n && (t.charAt(at) == '/' || t.charAt(at) == '\\');
    if (broken) {
      at++;
    }
    int threes = 0;
    while (at < n && t.charAt(at) == '3') {
      at++;
      threes++;
    }
    if (threes == 0 || !isLeftBoundary(t, i)) {
      return -1;
    }
    if (at < n && (!isRightBoundary(t.charAt(at)) || t.charAt(at) == '%' || (t.charAt(at) == '.' || t.charAt(at) == ',') && at + 1 < n && Character.isDigit(t.charAt(at + 1)))) {
      return -1;
    }
    if (!broken && threes == 1 && isFollowedByUnit(t, at)) {
      return -1; // "<3 days", "<3 business days", "<3 GB": less than three
    }
    return at;
  }

  private static final Set<String> UNITS =
      Set.of(
          "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "h", "day", "days",
          "week", "weeks", "wk", "wks", "month", "months", "mo", "year", "years", "yr", "yrs", "business", "working", "more", "times",
          "items", "people", "users", "kb", "mb", "gb", "tb", "ms", "s", "m", "km", "mi", "miles", "kg", "lb", "lbs", "percent",
          "of");

  private static boolean isFollowedByUnit(String t, int at) {
    int n = t.length();
    int w = at;
    while (w < n && t.charAt(w) == ' ') {
      w++;
    }
    int wordEnd = w;
    while (wordEnd < n && Character.isLetter(t.charAt(wordEnd))) {
      wordEnd++;
    }
    return wordEnd > w && wordEnd - w <= 8 && UNITS.contains(t.substring(w, wordEnd).toLowerCase(java.util.Locale.ROOT));
  }

  // --- emoji --------------------------------------------------------------------------------------

  /**
   * The grapheme of an emoji starting at i: its end when it is flagged, minus its end when it is a
   * text-presentation symbol to leave alone, 0 when nothing emoji starts here.
   */
  private static int emoji(String t, int i) {
    EmojiSequences table = EmojiSequences.get();
    EmojiSequences.Match match = table.longest(t, i);
    int at;
    EmojiSequences.Entry entry;
    if (match != null) {
      at = match.end();
      entry = match.entry();
    } else if (isRegionalIndicatorAt(t, i)) {
      at = i + 2;
      if (isRegionalIndicatorAt(t, at)) {
        at += 2; // a flag the table does not know yet is still two regional indicators
      }
      entry = null;
    } else {
      return 0;
    }
    boolean emojiSelector = false;
    boolean textSelector = false;
    boolean extended = false;
    int n = t.length();
    while (at < n) {
      int cp = t.codePointAt(at);
      if (cp == 0xFE0F) {
        emojiSelector = true;
      } else if (cp == 0xFE0E) {
        textSelector = true;
      } else if (isSkinTone(cp) || (cp >= 0xE0020 && cp <= 0xE007F) || cp == 0x20E3) {
        extended = true;
      } else if (cp == 0x200D && at + 1 < n && table.startsWith(t.charAt(at + 1))) {
        EmojiSequences.Match joined = table.longest(t, at + 1);
        if (joined == null) {
          break;
        }
        extended = true;
        at = joined.end();
        continue;
      } else {
        break;
      }
      at += Character.charCount(cp);
    }
    if (entry == null || emojiSelector || extended || entry.codePoints() > 1 || entry.expressive()) {
      return at;
    }
    boolean textByDefault = entry.qualification() == EmojiSequences.Qualification.UNQUALIFIED;
    return textByDefault || textSelector ? -at : at;
  }

  private static boolean isSkinTone(int cp) {
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
  }

  private static boolean isRegionalIndicatorAt(String t, int i) {
    return i + 1 < t.length() && t.charAt(i) == '\uD83C' && t.charAt(i + 1) >= '\uDDE6' && t.charAt(i + 1) <= '\uDDFF';
  }

  /** ♥ and ♡ stand for love in prose as much as <3 does; ☻ is a face outside the emoji set. */
  private static boolean isTextHeartOrFace(char c) {
    return c == '♥' || c == '♡' || c == '☻';
  }

  // --- kaomoji ------------------------------------------------------------------------------------

  /** Characters that in practice only occur in kaomoji, never in a brand's prose. */
  private static final String KAOMOJI_ANCHORS = "ツʖ͜͡▽◕‿ω∀ᴥಠ╯╰︵┻┳━ﾉノヽ･◡≧≦｡︶◉ʘಥ╥﹏ᵔᴗᗜ˘⌒Д・๑⊙ᐛ益＾ʕʔᕕᕗ";
  /** Brackets, arms and mouths that give a run of symbols the shape of a face. */
  private static final String KAOMOJI_FRAME = "()（）ʕʔﾉノヽ╯╰/\\_┻┳¯っつσ";

  private static boolean isKaomojiAnchor(String t, int i) {
    char c = t.charAt(i);
    if (KAOMOJI_ANCHORS.indexOf(c) < 0) {
      return false;
    }
    // ツ, ノ, Д and ・ are also letters or punctuation of Japanese and Russian words
    return !Character.isLetter(c) && c != '・' || !(isPlainLetter(t, i - 1) || isPlainLetter(t, i + 1));
  }

  private static boolean isPlainLetter(String t, int i) {
    return i >= 0 && i < t.length() && Character.isLetter(t.charAt(i)) && KAOMOJI_ANCHORS.indexOf(t.charAt(i)) < 0;
  }

  /** A run of symbols around the anchor at i: start << 32 | end when it has a face's shape, else -1. */
  private static long kaomoji(String t, int i, int notBefore) {
    int start = i;
    while (start - 1 >= notBefore && isKaomojiBody(t, start - 1)) {
      start--;
    }
    int end = i + 1;
    while (end < t.length() && isKaomojiBody(t, end)) {
      end++;
    }
    while (start < i && ".,!?:;\"'！？。、".indexOf(t.charAt(start)) >= 0) {
      start++;
    }
    while (end > i + 1 && ".,!?:;\"'！？。、".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    return isKaomojiText(t, start, end) ? ((long) start << 32) | end : -1;
  }

  private static boolean isKaomojiText(String t, int start, int end) {
    if (t.codePointCount(start, end) < 3) {
      return false;
    }
    boolean anchor = false;
    boolean frame = false;
    for (int k = start; k < end; k++) {
      char c = t.charAt(k);
      anchor |= KAOMOJI_ANCHORS.indexOf(c) >= 0;
      frame |= KAOMOJI_FRAME.indexOf(c) >= 0;
    }
    boolean symmetric = t.charAt(start) == t.charAt(end - 1);
    return anchor && (frame || symmetric);
  }

  private static boolean isKaomojiBody(String t, int k) {
    char c = t.charAt(k);
    if (Character.isWhitespace(c)) {
      // "( ͡° ͜ʖ ͡°)": combining marks sit on spaces inside the face; "( ´∀｀)" pads its brackets
      if (c != ' ' || k + 1 >= t.length()) {
        return false;
      }
      char next = t.charAt(k + 1);
      return Character.getType(next) == Character.NON_SPACING_MARK
          || (k > 0 && "(（".indexOf(t.charAt(k - 1)) >= 0 && !Character.isWhitespace(next))
          || (")）".indexOf(next) >= 0 && k > 0 && !Character.isWhitespace(t.charAt(k - 1)));
    }
    if (KAOMOJI_ANCHORS.indexOf(c) >= 0 || Character.getType(c) == Character.NON_SPACING_MARK) {
      return true;
    }
    if ("づつっσ".indexOf(c) >= 0) {
      // arms reaching out of the face: "(づ｡◕‿‿◕｡)づ"
      return k > 0 && "(（)）".indexOf(t.charAt(k - 1)) >= 0 || k + 1 < t.length() && "(（)）".indexOf(t.charAt(k + 1)) >= 0;
    }
    if (c < 0x80 && Character.isLetterOrDigit(c)) {
      // a lone letter can be an eye or a mouth, "(o^▽^o)"; two in a row are a word
      return Character.isLetter(c) && !isAsciiLetter(t, k - 1) && !isAsciiLetter(t, k + 1);
    }
    return !Character.isLetterOrDigit(c) && !Character.isSurrogate(c);
  }

  private static boolean isAsciiLetter(String t, int k) {
    return k >= 0 && k < t.length() && t.charAt(k) < 0x80 && Character.isLetter(t.charAt(k));
  }

  /** Re-counts open parentheses as if [start, anchor) had not been read, since it is a face. */
  private static int depthBefore(String t, int start, int depth, int anchor) {
    for (int k = start; k < anchor; k++) {
      char c = t.charAt(k);
      if (c == '(') {
        depth = Math.max(0, depth - 1);
      } else if (c == ')') {
        depth++;
      }
    }
    return depth;
  }

  // --- context ------------------------------------------------------------------------------------

  /** Where an emoticon may begin: after a space, an opening bracket or quote, or punctuation. */
  private static boolean isLeftBoundary(String t, int i) {
    if (i == 0) {
      return true;
    }
    char c = t.charAt(i - 1);
    if (Character.isWhitespace(c)) {
      return true;
    }
    if (c == ';') {
      return afterHtmlEntity(t, i - 1); // &quot;:) in exported tweets
    }
    if (c < 0x80) {
      return "([{\"'*_~,.!?".indexOf(c) >= 0;
    }
    return !Character.isLetterOrDigit(c);
  }

  private static boolean afterHtmlEntity(String t, int semicolon) {
    int k = semicolon - 1;
    while (k >= 0 && semicolon - k <= 6 && Character.isLetter(t.charAt(k))) {
      k--;
    }
    return k >= 0 && k < semicolon - 1 && t.charAt(k) == '&';
  }

  /** What may follow an emoticon: a space, punctuation, an emoji; not a letter, digit or code. */
  private static boolean isRightBoundary(char c) {
    if (Character.isLetterOrDigit(c)) {
      return false;
    }
    return "_/\\@#=+%$<>^".indexOf(c) < 0;
  }

  /** True when [start, end) lies in a URL, an e-mail address or a handle. */
  private static boolean insideLinkOrAddress(String t, int start, int end) {
    int from = start;
    while (from > 0 && !Character.isWhitespace(t.charAt(from - 1)) && start - from < 300) {
      from--;
    }
    int to = end;
    while (to < t.length() && !Character.isWhitespace(t.charAt(to)) && to - end < 300) {
      to++;
    }
    String token = t.substring(from, to);
    if (token.contains("://") || token.regionMatches(true, 0, "www.", 0, 4)) {
      return true;
    }
    int at = token.indexOf('@');
    return at > 0 && token.indexOf('.', at) > at + 1;
  }
}
