package dev.replylint.rules.tone;

import java.util.Map;
import java.util.Set;

/**
 * The tags a few very common closed-class words can take, so that a pattern's tag test on a
 * scanned sentence is decided without the tagger where the word settles it: "^ @adv? NOUN AUX|VERB"
 * cannot hold in "Please DM us" whatever the tagger says of "DM", because "us" is never an
 * auxiliary or a verb. {@code HelpOfferRule} asks too: a sentence opening on "We", "The" or "Hi"
 * does not open on a verb, so it is no instruction, untagged. Together they spare the POS tagger
 * three in five of the sentences it tagged over the twcs brand replies with their posts.
 *
 * <p>Each set is what OpenNLP's English POS model gave the word over 19,656 texts (every training
 * and tone-eval line and the twcs brand replies and posts, 2026-12-03), without the tags it gave
 * fewer than 1 time in 100: the tagger's slips ("the" as AUX twice in 10,717, "please" as NOUN 8
 * times in 1,184). Only words used hundreds of times are listed.
 */
public final class ClosedClassTags {
  private ClosedClassTags() {}

  private static final Set<String> PUNCT = Set.of("PUNCT");

  private static final Map<String, Set<String>> TAGS =
      Map.ofEntries(
          Map.entry("the", Set.of("DET")),
          Map.entry("a", Set.of("DET")),
          Map.entry("an", Set.of("DET")),
          Map.entry("your", Set.of("PRON")),
          Map.entry("our", Set.of("PRON")),
          Map.entry("my", Set.of("PRON")),
          Map.entry("their", Set.of("PRON")),
          Map.entry("his", Set.of("PRON")),
          Map.entry("her", Set.of("PRON")),
          Map.entry("he", Set.of("PRON")),
          Map.entry("she", Set.of("PRON")),
          Map.entry("this", Set.of("DET", "PRON")),
          Map.entry("that", Set.of("DET", "PRON", "SCONJ")),
          Map.entry("me", Set.of("PRON")),
          Map.entry("please", Set.of("INTJ", "ADJ")),
          Map.entry("in", Set.of("ADP", "ADV")),
          Map.entry("on", Set.of("ADP", "ADV")),
          Map.entry("by", Set.of("ADP", "SCONJ")),
          Map.entry("there", Set.of("ADV", "PRON")),
          Map.entry("so", Set.of("ADV", "SCONJ")),
          Map.entry("hi", Set.of("INTJ", "PROPN", "PRON")),
          Map.entry("hello", Set.of("INTJ", "PROPN", "NOUN")),
          Map.entry("unfortunately", Set.of("ADV")),
          Map.entry("us", Set.of("PRON")),
          Map.entry("you", Set.of("PRON")),
          Map.entry("it", Set.of("PRON")),
          Map.entry("we", Set.of("PRON")),
          Map.entry("i", Set.of("PRON")),
          Map.entry("they", Set.of("PRON")),
          Map.entry("them", Set.of("PRON")),
          Map.entry("and", Set.of("CCONJ")),
          Map.entry("or", Set.of("CCONJ")),
          Map.entry("but", Set.of("CCONJ")),
          Map.entry("of", Set.of("ADP", "SCONJ")),
          Map.entry("at", Set.of("ADP")),
          Map.entry("from", Set.of("ADP", "SCONJ")),
          Map.entry("with", Set.of("ADP", "SCONJ")),
          Map.entry("to", Set.of("ADP", "PART")),
          Map.entry("for", Set.of("ADP", "SCONJ")),
          Map.entry("if", Set.of("SCONJ")),
          Map.entry("not", Set.of("PART")),
          Map.entry("here", Set.of("ADV")),
          Map.entry("can", Set.of("AUX")),
          Map.entry("will", Set.of("AUX")));

  /** Whether {@code form} can carry {@code tag}: false only when the word settles it. */
  public static boolean mayHave(String form, String tag) {
    Set<String> tags = TAGS.get(form);
    if (tags == null) {
      if (isPunctuation(form)) {
        return PUNCT.contains(tag);
      }
      return true;
    }
    return tags.contains(tag);
  }

  /** Sentence punctuation the tagger always reads as PUNCT (not symbols such as "$" or "&"). */
  private static boolean isPunctuation(String form) {
    if (form.isEmpty()) {
      return false;
    }
    for (int i = 0; i < form.length(); i++) {
      if (".,!?;:".indexOf(form.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
