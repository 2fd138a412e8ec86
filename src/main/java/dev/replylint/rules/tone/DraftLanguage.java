package dev.replylint.rules.tone;

import dev.replylint.text.Draft;
import dev.replylint.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which language a draft is in, as an ISO 639-1 code ("en"), cheaply when it can be: most drafts
 * are plainly English, and a handful of common English words says so in microseconds. Only a
 * draft that does not look English pays for OpenNLP's language detector (a 10 MB model, loaded on
 * first use), which then names the language. Drafts too short to judge count as English.
 */
public final class DraftLanguage {
  public static final String ENGLISH = "en";
  private static final String JAPANESE = "ja";

  /** Common English function words and care words; a quarter of a draft's words is plenty. */
  private static final Set<String> ENGLISH_WORDS =
      Set.of(
          "the", "a", "an", "to", "of", "and", "or", "in", "on", "at", "for", "with", "from", "by", "about",
          "you", "your", "we", "us", "our", "i", "me", "my", "it", "this", "that", "these", "those", "they",
          "is", "are", "was", "were", "be", "been", "am", "have", "has", "had", "do", "does", "did", "not",
          "will", "would", "can", "could", "should", "'s", "'re", "'ll", "'ve", "'m", "'d", "if", "so",
          "please", "thanks", "thank", "sorry", "hi", "hello", "hey", "help", "know", "let", "here",
          "there", "what", "which", "when", "how", "why", "who", "any", "all", "just", "get", "send",
          "dm", "look", "into", "out", "up", "more", "some", "no", "yes", "great", "glad", "hear", "again",
          // the scan keeps contractions whole
          "you're", "we're", "i'm", "it's", "that's", "there's", "here's", "what's", "let's", "we'll", "you'll",
          "i'll", "we've", "you've", "i've", "don't", "can't", "won't", "didn't", "doesn't", "isn't",
          // short replies of praise and banter, a few words of which must be enough
          "good", "well", "very", "welcome", "enjoy", "happy", "nice", "nicely", "done", "love", "day", "night",
          "morning", "evening", "time", "now", "today", "see", "also", "try", "like", "sure", "back", "check",
          "awesome", "sounds", "looks", "friend", "hope", "soon", "best", "much", "too", "fun", "cool");

  private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

  static {
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        ISO3_TO_ISO1.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code for it; the detector cannot name it either
      }
    }
  }

  private DraftLanguage() {}

  /** Key of the draft's language code in {@link Draft#derived}. */
  private static final Object LANGUAGE = new Object();

  /**
   * The draft's language code: "en" when English or too short to tell. Worked out once per draft:
   * every lexicon rule asks.
   */
  public static String of(Draft draft) {
    return draft.derived(LANGUAGE, DraftLanguage::detect);
  }

  private static String detect(Draft draft) {
    List<Words> sentences = draft.scannedSentences();
    int words = 0;
    int english = 0;
    int latinLetters = 0;
    int otherLetters = 0;
    int kanaWords = 0;
    for (Words w : sentences) {
      for (int i = 0; i < w.size(); i++) {
        String f = w.form(i);
        if (f.startsWith("@") || f.startsWith("#") || f.startsWith("http") || f.startsWith("www.")) {
          continue;
        }
        int first = f.codePointAt(0);
        if (!Character.isLetter(first)) {
          continue;
        }
        words++;
        if (ENGLISH_WORDS.contains(f)) {
          english++;
        }
        // an ASCII letter is Latin; only other letters need the script table's binary search
        if (first < 0x80 || Character.UnicodeScript.of(first) == Character.UnicodeScript.LATIN) {
          latinLetters++;
        } else {
          otherLetters++;
          kanaWords += hasKana(f) ? 1 : 0;
        }
      }
    }
    if (otherLetters == 0 && (words < 3 || english * 4 >= words)) {
      return ENGLISH;
    }
    if (otherLetters == 0 && words < 4 && english > 0) {
      return ENGLISH;
    }
    if (kanaWords > 0 && otherLetters > latinLetters) {
      // only Japanese writes with kana, and the detector's 100+ languages are the costliest step
      return JAPANESE;
    }
    String iso3 = draft.language().getLang();
    String iso1 = ISO3_TO_ISO1.getOrDefault(iso3, iso3);
    if (latinLetters > otherLetters && words < 6 && !iso1.equals(ENGLISH) && english * 3 >= words) {
      // the detector is unreliable on a few words; English words among them tip the balance
      return ENGLISH;
    }
    return iso1;
  }

  private static boolean hasKana(String word) {
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** The language's name in English, for messages ("Spanish"). */
  public static String name(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }
}
