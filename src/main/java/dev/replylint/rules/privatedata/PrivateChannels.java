package dev.replylint.rules.privatedata;

import static dev.replylint.rules.privatedata.DataPhrases.DOCUMENT_HEADS;
import static dev.replylint.rules.privatedata.DataPhrases.PRINTED;
import static dev.replylint.rules.privatedata.DataPhrases.split;

import dev.replylint.rules.privatedata.SentenceWords.Word;
import dev.replylint.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The private-channel cues of the policy and where a sentence uses them: "DM us", "via the secure
 * link", "reply there" after a sentence that opened a DM, and the public markers ("here",
 * "below") that a pointer back to a private channel does not outweigh.
 */
final class PrivateChannels {
  static final Set<String> PUBLIC_MARKERS =
      Set.of("here", "below", "publicly", "public", "tweet", "comment", "thread", "reply", "replies");
  /** Public markers that a pointer back to a private channel does not outweigh ("reply there" is not). */
  static final Set<String> PLAINLY_PUBLIC = Set.of("here", "below", "publicly", "public", "tweet", "comment");
  /** Nouns for a private channel that "that …", "the same …" can point back to. */
  static final Set<String> CHANNEL_NOUNS =
      Set.of("dm", "dms", "message", "chat", "conversation", "thread", "inbox", "form", "link", "email", "window");
  /** Words after "there" that make it existential ("is there …", "there's no …"), not a place. */
  static final Set<String> EXISTENTIAL_FOLLOWERS =
      Set.of("be", "is", "are", "was", "were", "'s", "seem", "will", "may", "might", "should", "must", "could", "would");
  private final List<String[]> channelCues = new ArrayList<>();
  private final List<String> plainCues = new ArrayList<>();

  PrivateChannels(List<String> privateChannelCues) {
    for (String cue : privateChannelCues) {
      channelCues.add(split(cue));
      plainCues.add(String.join(" ", split(cue)));
    }
  }

  static final java.util.regex.Pattern CLAUSE_JOIN =
      java.util.regex.Pattern.compile("(?:,|;|\\s-|\\s–)\\s+(?:and\\s+|but\\s+|then\\s+|plus\\s+|also\\s+)*|\\s+(?:but|and\\s+then)\\s+");

  static final java.util.regex.Pattern ANSWER_HERE =
      java.util.regex.Pattern.compile(
          "\\b(?:here|below|publicly|in\\s+(?:the|a)\\s+(?:comments?|replies|reply|thread|tweet))\\b");

  /**
   * In a sentence that names a private channel, the last clause that asks for an answer in public
   * ("…, and reply here with …") and names no channel itself; null when there is none.
   */
  Span publicClause(String text, Span sentence, DataPhrases phrases) {
    String body = text.substring(sentence.start(), sentence.end());
    java.util.regex.Matcher join = CLAUSE_JOIN.matcher(body);
    int clauseStart = -1;
    while (join.find()) {
      clauseStart = join.end();
    }
    if (clauseStart <= 0) {
      return null;
    }
    String lowerClause = body.substring(clauseStart).toLowerCase(Locale.ROOT);
    if (!ANSWER_HERE.matcher(lowerClause).find() || namesPrivateChannel(lowerClause) || !phrases.mayMentionData(lowerClause)) {
      return null;
    }
    int end = sentence.end();
    while (end > sentence.start() + clauseStart && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(sentence.start() + clauseStart, end);
  }

  /**
   * On plain text: does the sentence name a private channel ("DM us", "via the secure link")? Then
   * whatever it asks for is asked privately, and it needs no tokens at all.
   */
  boolean namesPrivateChannel(String lowerSentence) {
    if (lowerSentence.contains("http://") || lowerSentence.contains("https://") || lowerSentence.contains("www.")) {
      return true;
    }
    // "send your meter reading and account number to care@…": to a mailbox, not this thread
    if (lowerSentence.indexOf('@') > 0 && TO_A_MAILBOX.matcher(lowerSentence).find()) {
      return true;
    }
    String compact = lowerSentence.replace('’', '\'').replaceAll("\\s+", " ");
    for (String cue : plainCues) {
      for (int at = compact.indexOf(cue); at >= 0; at = compact.indexOf(cue, at + 1)) {
        int end = at + cue.length();
        if (end < compact.length() && compact.charAt(end) == 's') {
          end++;
        }
        boolean startsWord = at == 0 || !Character.isLetterOrDigit(compact.charAt(at - 1));
        boolean endsWord = end >= compact.length() || !Character.isLetterOrDigit(compact.charAt(end));
        if (startsWord && endsWord && !(SOURCE_CUES.contains(cue) && READ_OFF.matcher(compact.substring(Math.max(0, at - 48), at)).find())
            && !BACK_HERE.matcher(compact.substring(end, Math.min(compact.length(), end + 16))).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** "message us back here", "text us here": the cue's answer comes back to this thread. */
  static final java.util.regex.Pattern BACK_HERE = java.util.regex.Pattern.compile("\\s+(?:back\\s+)?(?:here|below)\\b");

  static final java.util.regex.Pattern TO_A_MAILBOX =
      java.util.regex.Pattern.compile("\\b(?:to|at)\\s+[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");

  /** Channel words that also name a message the customer received, and so where data is read off. */
  static final Set<String> SOURCE_CUES = Set.of("sms", "text message", "link", "form", "inbox", "messenger", "chat", "whatsapp");

  /** "the code from the SMS", "the number in the form": the message holds the data, the answer goes elsewhere. */
  static final java.util.regex.Pattern READ_OFF =
      java.util.regex.Pattern.compile(
          "\\b(?:code|number|pin|reference|ref|digits|id|otp|password|passcode)s?\\s+(?:(?:printed|shown|written|listed|quoted|given|sent|found|we|you|got|received)\\s+){0,2}"
              + "(?:on|in|from|inside)\\s+(?:(?:the|your|ur|that|this|a|an|our)\\s+)?(?:[a-z]+\\s+)?$");

  /**
   * A private channel named in any form, the brand's move included: "we've DMed you", "check
   * your inbox", "we've messaged you", "a private chat".
   */
  boolean mentionsPrivateChannel(String text, Span sentence) {
    String lower = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT).replace('’', '\'');
    if (namesPrivateChannel(lower)) {
      return true;
    }
    for (String form :
        new String[] {"dmed", "dm'd", "dm'ed", "dm-ed", "messaged you", "pmed", "pm'd", "emailed you", "e-mailed you",
            "texted you", "sent you a message", "sent you an email", "sent you an e-mail", "sent you a text"}) {
      int at = lower.indexOf(form);
      if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that point back at a channel already named: "reply there", "once you're there", "in
   * it", "that message", "the same chat". Existential "there" ("is there a number …") is not one.
   */
  static boolean pointsBackToAChannel(List<Word> words) {
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1).lower() : "";
      if (w.lower().equals("there")) {
        boolean existential =
            EXISTENTIAL_FOLLOWERS.contains(next)
                || EXISTENTIAL_FOLLOWERS.contains(i + 1 < words.size() ? words.get(i + 1).lemma() : "")
                || i > 0 && words.get(i - 1).is("be") && (i < 2 || !Set.of("you", "we", "i", "they").contains(words.get(i - 2).lower()));
        if (!existential) {
          return true;
        }
      }
      if ((w.lower().equals("in") || w.lower().equals("into")) && next.equals("it") && i + 2 >= words.size() - 1) {
        return true;
      }
      if ((w.lower().equals("that") || w.lower().equals("same")) && CHANNEL_NOUNS.contains(next)) {
        return true;
      }
      // "reply to it with …", "answer it with …": the message just named
      if ((w.is("reply") || w.is("respond") || w.is("answer")) && !w.pos().equals("NOUN")) {
        int k = next.equals("to") ? i + 2 : i + 1;
        if (k < words.size() && Set.of("it", "that", "this", "them").contains(words.get(k).lower())) {
          return true;
        }
      }
    }
    return false;
  }

  boolean hasChannelCue(List<Word> words, boolean onlyAsInstruction) {
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      boolean cue = w.isUrl();
      for (String[] c : channelCues) {
        if (cue) {
          break;
        }
        cue = matchesAt(words, c, i);
      }
      if (!cue || readOff(words, i) || answeredHere(words, i)) {
        continue;
      }
      // "we'll DM you" in a neighbouring sentence does not move the customer's answer to DM
      if (onlyAsInstruction && (saidByUs(words, i) || i + 1 < words.size() && words.get(i + 1).lower().equals("you"))) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** "message us back here", "text us here with …": the cue, its "us", then "(back) here/below". */
  static boolean answeredHere(List<Word> words, int i) {
    int k = i + 1;
    while (k < words.size() && k <= i + 3 && Set.of("us", "back").contains(words.get(k).lower())) {
      k++;
    }
    return k > i + 1 && k < words.size() && Set.of("here", "below").contains(words.get(k).lower());
  }

  /** "the code from the SMS", "the number in the text message": a channel word naming where the data is read off. */
  static boolean readOff(List<Word> words, int i) {
    String cue = words.get(i).lower();
    if (!(SOURCE_CUES.contains(cue) || cue.equals("text") || cue.equals("sms") || cue.equals("link") || cue.equals("form"))) {
      return false;
    }
    int j = i - 1;
    int skipped = 0;
    while (j >= 0 && skipped < 2 && !Set.of("on", "in", "from", "inside").contains(words.get(j).lower())) {
      j--;
      skipped++;
    }
    if (j < 1 || !Set.of("on", "in", "from", "inside").contains(words.get(j).lower())) {
      return false;
    }
    for (int h = j - 1; h >= Math.max(0, j - 3); h--) {
      if (words.get(h).isAnyOf(DOCUMENT_HEADS) || words.get(h).is("password") || words.get(h).is("passcode") || words.get(h).is("otp")) {
        return true;
      }
      if (!PRINTED.contains(words.get(h).lower()) && !Set.of("we", "you", "got", "received").contains(words.get(h).lower())) {
        return false;
      }
    }
    return false;
  }

  /** "we'll DM you", "I'll send a secure link": the brand's move, written as "we"/"I" (not "us"). */
  static boolean saidByUs(List<Word> words, int i) {
    // "we'll resend the activation link": the subject may stand a few words back
    for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
      String w = words.get(j).lower();
      if (w.equals("we") || w.equals("i") || w.startsWith("we'") || w.startsWith("i'")) {
        return true;
      }
    }
    return false;
  }

  static boolean matchesAt(List<Word> words, String[] cue, int i) {
    if (i + cue.length > words.size()) {
      return false;
    }
    for (int k = 0; k < cue.length; k++) {
      if (!words.get(i + k).isExactly(cue[k])) {
        return false;
      }
    }
    return true;
  }

  static boolean hasPublicMarker(List<Word> words) {
    return words.stream().anyMatch(w -> PUBLIC_MARKERS.contains(w.lower()));
  }
}
