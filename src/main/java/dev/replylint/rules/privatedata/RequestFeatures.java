package dev.replylint.rules.privatedata;

import dev.replylint.rules.logistic.FeatureHashing;
import dev.replylint.rules.privatedata.SentenceWords.Word;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the request model reads from a sentence that names private data: the words around the data
 * phrase (lemmas and tags, the phrase itself folded into one {@code <data>} word, so the model
 * learns how data is asked for rather than which data), the class of each verb (give, send, post,
 * tell, confirm, know, need, have…) and on which side of the data it stands, second person,
 * question, imperative, modal, negation, public places ("here", "below", "in the comments") against
 * channel words, and the words of the sentences before and after. Each feature is a hash into a
 * fixed-size weight table.
 */
final class RequestFeatures {
  private RequestFeatures() {}

  /** Bits of the weight table's index: a few thousand training lines make some tens of thousands of features. */
  static final int TABLE_BITS = 18;

  static final int MASK = (1 << TABLE_BITS) - 1;

  static final String DATA = "<data>";

  /** Verbs by what they do to data; a sentence's request shape is mostly which of these it uses, and where. */
  static final Map<String, String> VERB_CLASSES =
      Map.ofEntries(
          Map.entry("give", "give"), Map.entry("provide", "give"), Map.entry("supply", "give"), Map.entry("pass", "give"),
          Map.entry("send", "send"), Map.entry("shoot", "send"), Map.entry("fire", "send"), Map.entry("forward", "send"),
          Map.entry("email", "send"), Map.entry("text", "send"), Map.entry("dm", "send"), Map.entry("message", "send"),
          Map.entry("post", "post"), Map.entry("drop", "post"), Map.entry("pop", "post"), Map.entry("put", "post"),
          Map.entry("stick", "post"), Map.entry("leave", "post"), Map.entry("add", "post"), Map.entry("include", "post"),
          Map.entry("type", "post"), Map.entry("write", "post"), Map.entry("paste", "post"), Map.entry("enter", "post"),
          Map.entry("tweet", "post"), Map.entry("comment", "post"), Map.entry("reply", "post"), Map.entry("respond", "post"),
          Map.entry("chuck", "post"), Map.entry("list", "post"), Map.entry("note", "post"),
          Map.entry("share", "share"), Map.entry("tell", "tell"), Map.entry("let", "tell"), Map.entry("say", "tell"),
          Map.entry("state", "tell"), Map.entry("mention", "tell"), Map.entry("specify", "tell"), Map.entry("remind", "tell"),
          Map.entry("confirm", "confirm"), Map.entry("verify", "confirm"), Map.entry("check", "confirm"),
          Map.entry("double", "confirm"), Map.entry("repeat", "confirm"),
          Map.entry("know", "know"), Map.entry("remember", "know"), Map.entry("find", "know"), Map.entry("look", "know"),
          Map.entry("need", "need"), Map.entry("require", "need"), Map.entry("want", "need"), Map.entry("after", "need"),
          Map.entry("help", "need"),
          Map.entry("have", "have"), Map.entry("get", "have"), Map.entry("grab", "have"), Map.entry("take", "have"),
          Map.entry("got", "have"), Map.entry("keep", "have"), Map.entry("store", "have"), Map.entry("hold", "have"),
          Map.entry("update", "change"), Map.entry("change", "change"), Map.entry("reset", "change"), Map.entry("delete", "change"),
          Map.entry("remove", "change"), Map.entry("hide", "change"),
          Map.entry("call", "call"), Map.entry("ring", "call"), Map.entry("phone", "call"), Map.entry("contact", "call"),
          Map.entry("reach", "call"),
          Map.entry("thank", "thank"), Map.entry("thanks", "thank"),
          Map.entry("ask", "ask"), Map.entry("use", "use"), Map.entry("show", "use"), Map.entry("bring", "use"));

  static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "u", "ur", "ya", "yr");
  static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "our", "my", "me");
  static final Set<String> MODALS = Set.of("can", "could", "may", "might", "would", "will", "should", "must", "shall", "'d", "'ll");
  static final Set<String> NEGATIONS = Set.of("not", "never", "no", "don't", "dont", "nobody", "without", "avoid");
  /** Where an answer would be read by everyone. */
  static final Set<String> PUBLIC_PLACES =
      Set.of("here", "below", "reply", "replies", "comment", "comments", "thread", "tweet", "publicly", "public", "on", "back");
  /** Words of the private routes, which a candidate never names itself but its training look-alikes do. */
  static final Set<String> CHANNEL_WORDS =
      Set.of("dm", "privately", "private", "secure", "app", "phone", "call", "form", "link", "email", "inbox", "chat", "branch", "store");
  static final Set<String> WH_WORDS = Set.of("what", "which", "who", "whats", "wats", "wat", "where", "how", "why", "when");

  // seeds naming the kind of each feature
  private static final int LEMMA = 0x2f1a3b7;
  private static final int PAIR = 0x51c2d4e;
  private static final int NEAR = 0x6a0b3c1;
  private static final int NEAR_TAG = 0x3d2e1f0;
  private static final int VERB = 0x13579bd;
  private static final int FLAG = 0x7e5d3c9;
  private static final int BEFORE = 0x4b3a291;
  private static final int AFTER = 0x19c8e7f;
  private static final int OPENING = 0x5a5a5a5;

  /**
   * The distinct slots of a sentence's features.
   *
   * @param words the sentence, tagged
   * @param first first word of the data phrase
   * @param last last word of the data phrase
   * @param before the sentence before, as tokens, or an empty list
   * @param after the sentence after, as tokens, or an empty list
   */
  static int[] of(List<Word> words, int first, int last, List<Word> before, List<Word> after) {
    String[] lemmas = new String[words.size() - (last - first)];
    String[] tags = new String[lemmas.length];
    int dataAt = -1;
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      if (i > first && i <= last) {
        continue;
      }
      Word w = words.get(i);
      if (i == first) {
        dataAt = n;
        lemmas[n] = DATA;
        tags[n++] = "DATA";
      } else {
        lemmas[n] = normalised(w.lemma());
        tags[n++] = w.pos();
      }
    }
    int[] out = new int[lemmas.length * 6 + before.size() + after.size() + 40];
    int k = 0;
    boolean second = false;
    boolean question = false;
    boolean modal = false;
    boolean negated = false;
    boolean firstPersonSubject = false;
    boolean givesAValue = false;
    boolean conditional = false;
    for (int i = 0; i < lemmas.length; i++) {
      String l = lemmas[i];
      // "Is 020 8123 4477 still the best number?": a sentence that quotes a value checks it, it does not ask for it
      givesAValue |= l.equals("<num>") || l.equals("<email>");
      conditional |= l.equals("if") || l.equals("whether") || l.equals("when") && i > 0;
      out[k++] = slot(LEMMA, l.hashCode());
      out[k++] = slot(PAIR, i == 0 ? "<s>".hashCode() : lemmas[i - 1].hashCode(), l.hashCode());
      String verbClass = VERB_CLASSES.get(l);
      if (verbClass != null) {
        out[k++] = slot(VERB + (i < dataAt ? 1 : 2), verbClass.hashCode());
        out[k++] = slot(VERB + (i < dataAt ? 3 : 4), (verbClass + tags[i]).hashCode());
      }
      second |= SECOND_PERSON.contains(l) || l.equals("you");
      question |= l.equals("?");
      modal |= MODALS.contains(l);
      negated |= NEGATIONS.contains(l);
      if ((l.equals("we") || l.equals("i")) && i + 1 < lemmas.length
          && (VERB_CLASSES.containsKey(lemmas[i + 1]) || MODALS.contains(lemmas[i + 1]) || lemmas[i + 1].equals("be"))) {
        firstPersonSubject = true;
        out[k++] = slot(FLAG + 20, lemmas[i + 1].hashCode());
      }
      if (PUBLIC_PLACES.contains(l)) {
        out[k++] = slot(FLAG + 21, l.hashCode());
      }
      if (CHANNEL_WORDS.contains(l)) {
        out[k++] = slot(FLAG + 22, l.hashCode());
      }
    }
    out[k++] = slot(PAIR, lemmas[lemmas.length - 1].hashCode(), "</s>".hashCode());
    // the words and tags right around the data, by their distance from it
    for (int d = -3; d <= 3; d++) {
      int i = dataAt + d;
      if (d == 0 || i < 0 || i >= lemmas.length) {
        continue;
      }
      out[k++] = slot(NEAR + d, lemmas[i].hashCode());
      if (Math.abs(d) <= 2) {
        out[k++] = slot(NEAR_TAG + d, tags[i].hashCode());
      }
    }
    int opening = 0;
    while (opening < lemmas.length - 1 && (tags[opening].equals("INTJ") || tags[opening].equals("PUNCT") || lemmas[opening].equals("please")
        || lemmas[opening].equals("just") || lemmas[opening].equals("so") || lemmas[opening].equals("and") || lemmas[opening].equals("also"))) {
      opening++;
    }
    out[k++] = slot(OPENING, lemmas[opening].hashCode());
    out[k++] = slot(OPENING + 1, tags[opening].hashCode());
    boolean imperative = tags[opening].equals("VERB") && !lemmas[opening].endsWith("ing") && VERB_CLASSES.containsKey(lemmas[opening]);
    boolean wh = WH_WORDS.contains(lemmas[opening]);
    flag(out, k++, 1, second);
    flag(out, k++, 2, question);
    flag(out, k++, 3, modal);
    flag(out, k++, 4, negated);
    flag(out, k++, 5, imperative);
    flag(out, k++, 6, wh);
    flag(out, k++, 7, firstPersonSubject);
    flag(out, k++, 8, dataAt == opening);
    flag(out, k++, 9, dataAt > 0 && SECOND_PERSON.contains(lemmas[dataAt - 1]));
    flag(out, k++, 10, dataAt > 0 && (lemmas[dataAt - 1].equals("our") || lemmas[dataAt - 1].equals("my")));
    flag(out, k++, 11, question && second);
    flag(out, k++, 12, negated && second);
    flag(out, k++, 13, lemmas.length <= 4);
    flag(out, k++, 14, givesAValue);
    flag(out, k++, 15, conditional);
    out[k++] = slot(FLAG + 100, Math.min(lemmas.length / 4, 6));
    for (Word w : before) {
      out[k++] = slot(BEFORE, normalised(w.lower()).hashCode());
    }
    for (Word w : after) {
      out[k++] = slot(AFTER, normalised(w.lower()).hashCode());
    }
    flag(out, k++, 30, before.isEmpty());
    flag(out, k++, 31, after.isEmpty());
    int[] slots = Arrays.copyOf(out, k);
    Arrays.sort(slots);
    int distinct = 0;
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] >= 0 && (distinct == 0 || slots[i] != slots[distinct - 1])) {
        slots[distinct++] = slots[i];
      }
    }
    return Arrays.copyOf(slots, distinct);
  }

  /** A flag that is off writes no feature: its slot is -1, dropped when the slots are sorted. */
  private static void flag(int[] out, int at, int flag, boolean on) {
    out[at] = on ? slot(FLAG, flag) : -1;
  }

  /** Numbers, links and handles each as one word: their values say nothing about an ask. */
  private static String normalised(String lemma) {
    if (lemma.isEmpty()) {
      return lemma;
    }
    if (lemma.startsWith("@")) {
      return "<handle>";
    }
    if (lemma.indexOf('@') > 0) {
      return "<email>";
    }
    if (lemma.startsWith("http") || lemma.startsWith("www.")) {
      return "<url>";
    }
    if (Character.isDigit(lemma.charAt(0)) || lemma.charAt(0) == '(' || lemma.charAt(0) == '+' && lemma.length() > 1) {
      return "<num>";
    }
    return lemma;
  }

  private static int slot(int kind, int a) {
    return FeatureHashing.slot(kind, a, MASK);
  }

  private static int slot(int kind, int a, int b) {
    return FeatureHashing.slot(kind, a, b, MASK);
  }
}
