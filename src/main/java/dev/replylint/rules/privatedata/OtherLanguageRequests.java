package dev.replylint.rules.privatedata;

import dev.replylint.rules.privatedata.RequestDetector.Request;
import dev.replylint.text.Draft;
import dev.replylint.text.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Public requests for private data written in a language other than English ("pásanos tu correo
 * electrónico", "teilen Sie uns Ihr Geburtsdatum mit"). The tagger and lemmatizer are English
 * only, so this reads words: a sentence asks when it holds one of a language's request cues (an
 * imperative with "us", "what is your …", "we need …") and one of its data nouns, with no
 * private-channel cue in it or, unless it points at this thread ("aquí", "ici", "hier"), in the
 * sentence before or after, and no negation just before the cue ("nunca te pediremos …").
 *
 * <p>The cue words are themselves the evidence of the language: no detector runs, and a draft
 * that holds none of the cues' first words costs one pass over its words.
 */
public final class OtherLanguageRequests {
  /**
   * One language's lists.
   *
   * @param requestCues imperatives and questions that ask for something ("envíanos", "quel est votre")
   * @param requestedData kind of data → phrases naming it
   * @param privateChannels phrases that route the answer to a private channel ("MD", "message privé")
   * @param publicCues phrases that keep the answer in this thread ("aquí", "en commentaire")
   * @param negations words that, just before a cue, make it a promise not to ask ("nunca", "jamais")
   * @param clauseMarkers words that open a clause of their own after a cue ("si", "ob", "whether")
   * @param listLabels words that open a label before a colon whose list of data is the ask ("para
   *     localizarlo: …", "zur Prüfung: …"); null or empty when the language has none
   */
  public record LanguageCues(
      List<String> requestCues,
      Map<String, List<String>> requestedData,
      List<String> privateChannels,
      List<String> publicCues,
      List<String> negations,
      List<String> clauseMarkers,
      List<String> listLabels) {}

  /** {@code last}: a verb that ends its sentence, its object before it ("… je postcode sturen?"; written "sturen$"). */
  private record Cue(String[] words, boolean last) {}

  private record Language(
      String code, List<Cue> requestCues, Map<String, List<Cue>> data, List<Cue> privateChannels, List<Cue> publicCues,
      Set<String> negations, Set<String> clauseMarkers, List<Cue> listLabels) {}

  private static final int NEGATION_REACH = 2;
  /** Words that end the "have you got a …" cues of the shipped languages. */
  /** "an e-mail", "a mail" (not "an e-mail address"): a message, when counted with an article. */
  private static final Set<String> MESSAGE_WORDS = Set.of("email", "e", "mail", "correo", "courriel");
  private static final Set<String> INDEFINITE_ARTICLES = Set.of("un", "una", "une", "um", "uma", "ein", "eine", "einen", "een");

  private final List<Language> languages = new ArrayList<>();
  /** Per language (same order): the words one of which any of its request cues holds. */
  private final List<Set<String>> anchorsByLanguage = new ArrayList<>();
  private final List<List<String>> stemsByLanguage = new ArrayList<>();
  private final Set<String> firstWords = new HashSet<>();
  private final List<String> firstWordStems = new ArrayList<>();
  /** For each ASCII first letter, the lengths (as bits) of the anchors that start with it. */
  private final long[] anchorShapes = new long[128];
  private final boolean[] stemFirstLetters = new boolean[128];
  private int shortestStem = Integer.MAX_VALUE;

  public OtherLanguageRequests(Map<String, LanguageCues> cues) {
    for (Map.Entry<String, LanguageCues> e : cues.entrySet()) {
      LanguageCues c = e.getValue();
      Map<String, List<Cue>> data = new LinkedHashMap<>();
      c.requestedData().forEach((kind, phrases) -> data.put(kind, cues(phrases)));
      Set<String> negations = new HashSet<>();
      c.negations().forEach(n -> negations.add(fold(n).trim()));
      Set<String> clauseMarkers = new HashSet<>();
      c.clauseMarkers().forEach(n -> clauseMarkers.add(fold(n).trim()));
      Language language =
          new Language(
              e.getKey(), cues(c.requestCues()), data, cues(c.privateChannels()), cues(c.publicCues()), negations,
              clauseMarkers, cues(c.listLabels() == null ? List.of() : c.listLabels()));
      languages.add(language);
      Set<String> anchors = new HashSet<>();
      List<String> stems = new ArrayList<>();
      for (Cue cue : language.requestCues()) {
        String anchor = anchor(cue);
        if (anchor.endsWith("*")) {
          stems.add(anchor.substring(0, anchor.length() - 1));
        } else {
          anchors.add(anchor.startsWith("*") ? anchor.substring(1) : anchor);
        }
      }
      anchorsByLanguage.add(anchors);
      stemsByLanguage.add(stems);
      firstWords.addAll(anchors);
      firstWordStems.addAll(stems);
    }
    for (String word : firstWords) {
      if (!word.isEmpty() && word.charAt(0) < 128 && word.length() < 64) {
        anchorShapes[word.charAt(0)] |= 1L << word.length();
      }
    }
    for (String stem : firstWordStems) {
      if (!stem.isEmpty() && stem.charAt(0) < 128) {
        stemFirstLetters[stem.charAt(0)] = true;
        shortestStem = Math.min(shortestStem, stem.length());
      }
    }
  }

  /** Words English drafts are full of: a cue is looked for by another of its words ("we hebben" by "hebben"). */
  private static final Set<String> ENGLISH_LOOKING =
      Set.of("we", "was", "is", "it", "in", "on", "to", "so", "no", "us", "me", "my", "a", "i", "he", "be", "am",
          "are", "the", "do", "die", "de", "la", "con", "pin", "poste", "post", "mail", "email", "hier", "dis", "pas",
          "serve", "sag", "wilt", "dice", "pose", "as", "ha", "postcode", "tens");

  /**
   * The word of a cue the draft prefilter looks for: its longest whole word English text does not
   * use ("nos confirma*" by "nos", not by the stem "confirma" of "confirmation"); a stem only when
   * the cue has no such word.
   */
  private static String anchor(Cue cue) {
    String best = null;
    for (String w : cue.words()) {
      if (!ENGLISH_LOOKING.contains(w) && w.indexOf('*') < 0 && (best == null || w.length() > best.length())) {
        best = w;
      }
    }
    for (String w : cue.words()) {
      if (best == null && w.indexOf('*') >= 0) {
        best = w;
      }
    }
    return best != null ? best : cue.words()[0];
  }

  private static List<Cue> cues(List<String> phrases) {
    List<Cue> out = new ArrayList<>();
    for (String p : phrases) {
      boolean last = p.trim().endsWith("$");
      List<String> words = words(last ? p.trim().substring(0, p.trim().length() - 1) : p);
      if (!words.isEmpty()) {
        out.add(new Cue(words.toArray(String[]::new), last));
      }
    }
    return out;
  }

  /** Lower case, accents dropped: "Envíanos" → "envianos". */
  static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) >= 0x80) {
        String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replace("ß", "ss");
      }
    }
    return lower;
  }

  /** The words of a text, folded; anything but a letter or a digit (hyphens, apostrophes) separates them. */
  static List<String> words(String text) {
    String folded = fold(text);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean part = i < folded.length() && (Character.isLetterOrDigit(folded.charAt(i)) || folded.charAt(i) == '*');
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        out.add(folded.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /** Cheap test over the draft: does any word open a request cue of some language? */
  boolean mayAsk(String text) {
    int start = -1;
    boolean nonAscii = false;
    for (int i = 0; i <= text.length(); i++) {
      char ch = i < text.length() ? text.charAt(i) : ' ';
      boolean letter = i < text.length() && Character.isLetter(ch);
      if (letter && start < 0) {
        start = i;
        nonAscii = false;
      }
      if (letter) {
        nonAscii |= ch >= 128;
      } else if (start >= 0) {
        // most words of an English draft cannot be an anchor by their first letter and length
        // alone; only the others are cut out, folded and looked up
        if (!nonAscii && !mayBeAnchor(text, start, i)) {
          start = -1;
          continue;
        }
        String word = fold(text.substring(start, i));
        if (firstWords.contains(word)) {
          return true;
        }
        for (String stem : firstWordStems) {
          if (word.startsWith(stem)) {
            return true;
          }
        }
        start = -1;
      }
    }
    return false;
  }

  private boolean mayBeAnchor(String text, int start, int end) {
    int length = end - start;
    if (length >= 64) {
      return false;
    }
    char first = Character.toLowerCase(text.charAt(start));
    return (anchorShapes[first] & (1L << length)) != 0 || (stemFirstLetters[first] && length >= shortestStem);
  }

  private static boolean holdsAnchor(List<String> words, Set<String> anchors, List<String> stems) {
    for (String word : words) {
      if (anchors.contains(word)) {
        return true;
      }
      for (String stem : stems) {
        if (word.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Requests in the draft's sentences; sentences {@code alreadyFound} overlaps are skipped. */
  public List<Request> find(Draft draft, List<Request> alreadyFound) {
    String text = draft.text();
    if (languages.isEmpty()) {
      return List.of();
    }
    boolean cued = mayAsk(text);
    // a draft with no cue word is read only in sentences with a label colon ("Zur Prüfung: …")
    if (!cued && !hasLabelColon(text)) {
      return List.of();
    }
    List<Span> sentences = draft.sentences();
    List<List<String>> words = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      words.add(null);
    }
    List<Request> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      int colonAt = labelColonIn(text, s);
      boolean labelled = colonAt >= 0;
      if (!cued && !labelled || alreadyFound.stream().anyMatch(r -> r.start() < s.end() && s.start() < r.end())) {
        continue;
      }
      List<String> w = wordsOf(text, sentences, words, i);
      for (Language language : languages) {
        int index = languages.indexOf(language);
        String kind = null;
        if (labelled) {
          kind = labelledList(language, text.substring(s.start(), colonAt), text.substring(colonAt + 1, s.end()));
        }
        if (kind == null && !holdsAnchor(w, anchorsByLanguage.get(index), stemsByLanguage.get(index))) {
          continue;
        }
        if (kind == null) {
          kind = asks(language, w);
        }
        if (kind == null) {
          continue;
        }
        boolean here = findCue(w, language.publicCues()) >= 0;
        boolean privateNearby = i > 0 && namesPrivateChannel(wordsOf(text, sentences, words, i - 1))
            || i + 1 < sentences.size() && namesPrivateChannel(wordsOf(text, sentences, words, i + 1));
        if (namesPrivateChannel(w) || privateNearby && !here) {
          break;
        }
        out.add(RequestDetector.Request.ofSentence(text, s.start(), s.end(), kind));
        break;
      }
    }
    return out;
  }

  private static int labelColonIn(String text, Span s) {
    for (int at = text.indexOf(':', s.start()); at >= 0 && at < s.end(); at = text.indexOf(':', at + 1)) {
      if (at + 1 < text.length() && Character.isWhitespace(text.charAt(at + 1)) && at > 0 && !Character.isDigit(text.charAt(at - 1))) {
        return at;
      }
    }
    return -1;
  }

  private static List<String> wordsOf(String text, List<Span> sentences, List<List<String>> cache, int i) {
    if (cache.get(i) == null) {
      Span s = sentences.get(i);
      cache.set(i, words(text.substring(s.start(), s.end())));
    }
    return cache.get(i);
  }

  /** A colon that may close a label: followed by a blank, not inside "https://" or "10:30". */
  private static boolean hasLabelColon(String text) {
    for (int at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
      if (at + 1 < text.length() && Character.isWhitespace(text.charAt(at + 1)) && at > 0 && !Character.isDigit(text.charAt(at - 1))) {
        return true;
      }
    }
    return false;
  }

  /** A private channel in any of the languages: "nos mandar … por mensagem privada" read by es cues too. */
  private boolean namesPrivateChannel(List<String> words) {
    for (Language language : languages) {
      if (findCue(words, language.privateChannels()) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind of data the sentence asks for in this language, or null: a request cue followed, in
   * the same clause, by a data noun. A clause marker after the cue ("dinos si …", "sagen Sie uns,
   * ob …", "laat ons weten of …") makes the cue ask about something else.
   */
  private static String asks(Language language, List<String> w) {
    String verbLast = asksWithTheVerbLast(language, w);
    if (verbLast != null) {
      return verbLast;
    }
    for (int start = 0; start < w.size(); start++) {
      int length = cueLengthAt(w, language.requestCues(), start);
      if (length == 0) {
        continue;
      }
      boolean negated = false;
      for (int j = Math.max(0, start - NEGATION_REACH); j < start; j++) {
        negated |= language.negations().contains(w.get(j));
      }
      if (negated) {
        continue;
      }
      int from = start + length;
      int boundary = w.size();
      for (int j = from; j < w.size() && boundary == w.size(); j++) {
        if (language.clauseMarkers().contains(w.get(j))) {
          boundary = j;
        }
      }
      String kind = dataBetween(language, w, from, boundary);
      // "¿tienes un número …?", "heb je een nummer …?": the cue's article opens the data phrase;
      // "¿a qué número te llamamos?", "welk e-mailadres …?": the cue's own words name the data
      if (kind == null && length > 1) {
        kind = dataBetween(language, w, start, boundary);
      }
      // "Haben Sie eine E-Mail von uns erhalten?": after "have you … a", an e-mail is a message
      if ("email".equals(kind) && INDEFINITE_ARTICLES.contains(w.get(from - 1)) && from < w.size()
          && MESSAGE_WORDS.contains(w.get(from))) {
        kind = null;
      }
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }

  /**
   * A purpose label and a colon before a bare list of data: "Para localizarlo: nombre completo,
   * correo y número de pedido.", "Zur Prüfung: Name, Geburtsdatum, Kundennummer." The label opens
   * with one of the language's list labels and holds no negation; the list names at least two
   * kinds of data (or one item twice over) and carries no values (digits, an e-mail address).
   */
  private static String labelledList(Language language, String label, String list) {
    if (language.listLabels().isEmpty()) {
      return null;
    }
    List<String> labelWords = words(label);
    if (labelWords.isEmpty() || labelWords.size() > 5 || cueLengthAt(labelWords, language.listLabels(), 0) == 0
        || labelWords.stream().anyMatch(language.negations()::contains)) {
      return null;
    }
    if (list.indexOf('@') >= 0 || list.chars().anyMatch(Character::isDigit)) {
      return null;
    }
    List<String> items = words(list);
    if (items.size() > 16 || items.stream().anyMatch(language.negations()::contains)) {
      return null;
    }
    String first = null;
    int found = 0;
    int covered = 0;
    for (int at = 0; at < items.size(); ) {
      String kind = null;
      int longest = 0;
      for (Map.Entry<String, List<Cue>> k : language.data().entrySet()) {
        int length = cueLengthAt(items, k.getValue(), at);
        if (length > longest) {
          longest = length;
          kind = k.getKey();
        }
      }
      if (kind == null) {
        at++;
        continue;
      }
      found++;
      covered += longest;
      first = first == null ? kind : first;
      at += longest;
    }
    // "Zur Info: Ihre Kundennummer und Ihr Geburtsdatum sind im Kundenkonto hinterlegt" is a sentence, not a list
    return found >= 2 && items.size() - covered <= found + 2 ? first : null;
  }

  /**
   * German and Dutch put the verb of a question or a polite request last: "Kun je je postcode en
   * huisnummer sturen?", "Können Sie mir Ihre Kundennummer nennen?". A cue written with a final
   * {@code $} counts only as the sentence's last words, with the data in its clause before it and
   * no negation anywhere in that clause ("… nooit te delen").
   */
  private static String asksWithTheVerbLast(Language language, List<String> w) {
    for (Cue cue : language.requestCues()) {
      String[] c = cue.words();
      int start = w.size() - c.length;
      if (!cue.last() || start <= 0) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < c.length && all; k++) {
        all = wordMatches(w.get(start + k), c[k]);
      }
      if (!all) {
        continue;
      }
      int from = start;
      while (from > 0 && !language.clauseMarkers().contains(w.get(from - 1))) {
        from--;
      }
      boolean negated = false;
      for (int j = from; j < start; j++) {
        negated |= language.negations().contains(w.get(j));
      }
      if (!negated) {
        String kind = dataBetween(language, w, from, start);
        if (kind != null) {
          return kind;
        }
      }
    }
    return null;
  }

  /** The kind named in words[from, to), the longest phrase deciding ("número de pedido" is a reference, not "tu número"). */
  private static String dataBetween(Language language, List<String> w, int from, int to) {
    String bestKind = null;
    int bestLength = 0;
    for (Map.Entry<String, List<Cue>> kind : language.data().entrySet()) {
      for (int at = from; at < to; at++) {
        int length = cueLengthAt(w, kind.getValue(), at);
        if (length <= bestLength || at + length > to) {
          continue;
        }
        // "envíanos tu correo, no tu contraseña": the negated noun is not asked for, the other is
        boolean negated = false;
        for (int j = from; j < at && !negated; j++) {
          negated = language.negations().contains(w.get(j));
        }
        if (!negated) {
          bestKind = kind.getKey();
          bestLength = length;
        }
      }
    }
    return bestKind;
  }

  /** The number of words of the longest cue that starts at {@code at}, or 0. */
  private static int cueLengthAt(List<String> words, List<Cue> cues, int at) {
    int best = 0;
    for (Cue cue : cues) {
      String[] c = cue.words();
      if (c.length <= best || at + c.length > words.size() || cue.last()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < c.length && all; k++) {
        all = wordMatches(words.get(at + k), c[k]);
      }
      if (all) {
        best = c.length;
      }
    }
    return best;
  }

  /** Where the first of the cues starts in the words, or -1. */
  private static int findCue(List<String> words, List<Cue> cues) {
    int best = -1;
    for (Cue cue : cues) {
      String[] c = cue.words();
      for (int i = 0; i + c.length <= words.size() && (best < 0 || i < best); i++) {
        boolean all = true;
        for (int k = 0; k < c.length && all; k++) {
          all = wordMatches(words.get(i + k), c[k]);
        }
        if (all) {
          best = i;
          break;
        }
      }
    }
    return best;
  }

  private static boolean wordMatches(String word, String cue) {
    if (cue.endsWith("*")) {
      return word.startsWith(cue.substring(0, cue.length() - 1));
    }
    if (cue.startsWith("*")) {
      return word.endsWith(cue.substring(1)) && word.length() > cue.length() - 1;
    }
    return word.equals(cue);
  }
}
