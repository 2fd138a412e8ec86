package dev.replylint.rules;

import dev.replylint.rules.tone.CompiledPhrase;
import dev.replylint.rules.tone.LanguageGate;
import dev.replylint.rules.tone.LanguageLexicon;
import dev.replylint.rules.tone.LexiconFindings;
import dev.replylint.rules.tone.Lexicons;
import dev.replylint.rules.tone.PhraseFinder;
import dev.replylint.rules.tone.WholeDraft;
import dev.replylint.text.Analysis;
import dev.replylint.text.Draft;
import dev.replylint.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flags a reply that pushes the customer off the channel they chose — "Please call us on 0800…",
 * "You'll need to email billing@…", "we can't discuss this here" — as a demand. Offering the other
 * channel as a choice is fine ("…or, if it's easier, call us"), and so is any switch the
 * customer asked for ("what's your phone number?").
 */
@RuleInfo(
    id = "channel-switch",
    summary = "Pushes the customer to phone, email or a store instead of offering it as an option.",
    severity = Severity.WARNING,
    rationale = "Forcing a change of channel on someone who chose this one makes them repeat themselves and reads as a brush-off.",
    source = "seed 003 #8: don't force a change of channel unless the customer agrees",
    needs = {Analysis.POS_TAGS, Analysis.LEMMAS, Analysis.LANGUAGE})
public final class ChannelSwitchRule implements Rule {
  /**
   * @param languages demands by language, merged by id over the shipped {@code
   *     policies/lexicons/channel-switch.yaml}; its {@code option} word class marks sentences that
   *     offer a choice, its {@code asked} class the words of a customer asking for another channel,
   *     counted only in a sentence with a word of its {@code asking} class
   */
  public record Options(Map<String, LanguageLexicon> languages) {
    public Options {
      languages = Lexicons.withShipped("channel-switch", languages);
    }
  }

  private final Map<String, List<CompiledPhrase>> lexicons;
  private final Map<String, Set<String>> optionWords;
  private final Map<String, Set<String>> askedWords;
  private final Map<String, Set<String>> askingWords;

  public ChannelSwitchRule(Options options) {
    this.lexicons = Lexicons.compileAll(options.languages());
    Map<String, Set<String>> option = new HashMap<>();
    Map<String, Set<String>> asked = new HashMap<>();
    Map<String, Set<String>> asking = new HashMap<>();
    options.languages().forEach(
        (lang, lexicon) -> {
          option.put(lang, Set.copyOf(lexicon.wordClasses().getOrDefault("option", List.of())));
          asked.put(lang, Set.copyOf(lexicon.wordClasses().getOrDefault("asked", List.of())));
          asking.put(lang, Set.copyOf(lexicon.wordClasses().getOrDefault("asking", List.of())));
        });
    this.optionWords = Map.copyOf(option);
    this.askedWords = Map.copyOf(asked);
    this.askingWords = Map.copyOf(asking);
  }

  /**
   * The customer asked for the other channel: a sentence of their post names one and asks ("is
   * there a number I can call?", "I want to speak to a human"). A lexicon without an {@code
   * asking} class counts any sentence that names one.
   */
  private static boolean customerAsked(Draft post, Set<String> asked, Set<String> asking) {
    for (Words sentence : post.scannedSentences()) {
      if (WholeDraft.anyForm(sentence, asked) && (asking.isEmpty() || WholeDraft.anyForm(sentence, asking))) {
        return true;
      }
    }
    return false;
  }

  /** The demand's sentence, or the one before it ("Prefer to talk? Call …"), offers a choice. */
  private static boolean offeredAsOption(Draft draft, PhraseFinder.Hit hit, Set<String> option) {
    List<Words> sentences = draft.scannedSentences();
    for (int s = 0; s < sentences.size(); s++) {
      Words w = sentences.get(s);
      if (w.span().start() <= hit.start() && hit.start() < w.span().end()) {
        return WholeDraft.anyForm(w, option) || (s > 0 && WholeDraft.anyForm(sentences.get(s - 1), option) && endsWithQuestion(sentences.get(s - 1)));
      }
    }
    return false;
  }

  private static boolean endsWithQuestion(Words w) {
    return w.size() > 0 && w.form(w.size() - 1).equals("?");
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    if (draft.text().isBlank()) {
      return List.of();
    }
    String language = LanguageGate.languageOf(draft, lexicons.keySet());
    List<CompiledPhrase> demands = lexicons.get(language);
    if (demands == null) {
      return List.of(LanguageGate.skipped(draft, context, language));
    }
    if (context.customerPost().isPresent()
        && customerAsked(context.customerPost().get(), askedWords.get(language), askingWords.get(language))) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (PhraseFinder.Hit hit : PhraseFinder.find(draft, demands)) {
      if (offeredAsOption(draft, hit, optionWords.get(language))
          || context.shared().insidePlaceholder(draft, hit.start(), hit.end())) {
        continue;
      }
      out.add(LexiconFindings.finding(draft, context, hit));
    }
    return out;
  }
}
