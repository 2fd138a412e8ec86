package dev.replylint.rules.tone;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The surface forms a lemma may take in English, generously over-generated ("tell" → tells,
 * told, telling, …). A cheap scan has no lemmatizer, so a pattern word matches any of these;
 * forms that are not real words never occur, so over-generating costs nothing but a set entry.
 */
final class Inflections {
  private static final Map<String, String[]> IRREGULAR = new HashMap<>();

  static {
    String[] table = {
      "be am is are was were been being 's 're 'm",
      "have has had having 've 'd",
      "do does did done doing",
      "will 'll wo",
      "would 'd",
      "can ca",
      "not n't",
      "we us our ours",
      "i me my mine",
      "they them their",
      "he him his",
      "she her",
      "say says said",
      "tell tells told telling",
      "go goes went gone going",
      "get gets got gotten getting",
      "make makes made making",
      "know knows knew known knowing",
      "think thinks thought thinking",
      "take takes took taken taking",
      "see sees saw seen seeing",
      "come comes came coming",
      "give gives gave given giving",
      "find finds found finding",
      "read reads reading",
      "send sends sent sending",
      "write writes wrote written writing",
      "forget forgets forgot forgotten forgetting",
      "understand understands understood understanding",
      "feel feels felt feeling",
      "leave leaves left leaving",
      "keep keeps kept keeping",
      "let lets letting",
      "put puts putting",
      "mean means meant meaning",
      "bring brings brought bringing",
      "buy buys bought buying",
      "catch catches caught catching",
      "hear hears heard hearing",
      "lose loses lost losing",
      "pay pays paid paying",
      "run runs ran running",
      "show shows showed shown showing",
      "speak speaks spoke spoken speaking",
      "teach teaches taught teaching",
      "break breaks broke broken breaking",
      "choose chooses chose chosen choosing",
      "shoot shoots shot shooting",
      "drop drops dropped dropping",
      "stop stops stopped stopping",
      "chat chats chatted chatting",
      "bother bothers bothered bothering",
      "fail fails failed failing",
      "refer refers referred referring",
      "mention mentions mentioned mentioning",
      "state states stated stating",
      "explain explains explained explaining",
      "fault faults",
      "good better best",
      "bad worse worst"
    };
    for (String row : table) {
      String[] forms = row.split(" ");
      IRREGULAR.put(forms[0], forms);
    }
  }

  private Inflections() {}

  static Set<String> of(String lemma) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(lemma);
    String[] irregular = IRREGULAR.get(lemma);
    if (irregular != null) {
      forms.addAll(java.util.List.of(irregular));
    }
    if (lemma.length() < 2 || !lemma.chars().allMatch(Character::isLetter)) {
      return forms;
    }
    forms.add(lemma + "s");
    forms.add(lemma + "'s");
    if (lemma.endsWith("e")) {
      String stem = lemma.substring(0, lemma.length() - 1);
      forms.add(lemma + "d");
      forms.add(stem + "ing");
    } else if (lemma.endsWith("y") && lemma.length() > 2 && !isVowel(lemma.charAt(lemma.length() - 2))) {
      String stem = lemma.substring(0, lemma.length() - 1);
      forms.add(stem + "ies");
      forms.add(stem + "ied");
      forms.add(lemma + "ing");
    } else {
      forms.add(lemma + "ed");
      forms.add(lemma + "ing");
      forms.add(lemma + "es");
      char last = lemma.charAt(lemma.length() - 1);
      if (!isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(lemma.charAt(lemma.length() - 2))) {
        forms.add(lemma + last + "ed");
        forms.add(lemma + last + "ing");
      }
    }
    return forms;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
