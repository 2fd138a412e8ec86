package dev.replylint.text;

/**
 * What a rule may ask of a draft beyond its raw text. Each costs more than the one before it
 * (lemmas need POS tags, which need tokens, which need sentences); a draft computes only what is
 * asked, once. Rules list their needs in their {@code RuleInfo} so a service can warm the models.
 */
public enum Analysis {
  SENTENCES,
  TOKENS,
  POS_TAGS,
  LEMMAS,
  LANGUAGE
}
