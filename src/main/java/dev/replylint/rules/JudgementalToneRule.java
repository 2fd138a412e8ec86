package dev.replylint.rules;

import dev.replylint.rules.tone.CompiledPhrase;
import dev.replylint.rules.tone.LexiconFindings;
import dev.replylint.rules.tone.DraftLanguage;
import dev.replylint.rules.tone.Sentiment;
import dev.replylint.rules.tone.TalkingDownSentences;
import dev.replylint.text.Words;
import java.util.Set;
import dev.replylint.rules.tone.LanguageLexicon;
import dev.replylint.rules.tone.Lexicons;
import dev.replylint.text.Analysis;
import dev.replylint.text.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flags a reply that blames, lectures, dismisses or talks down to the customer: "you should have
 * read the FAQ", "as I already told you", "calm down", "did you even try…?", "thanks for nothing".
 *
 * <p>Entries are phrase patterns over words, lemmas and POS tags (see {@code policies/lexicons/
 * judgemental-tone.yaml}), so inflections, contractions and negation count ("you should've",
 * "you shouldn't have", "had you checked") while the brand blaming itself ("we should have caught
 * this") does not. Patterns name the grammar of blame — second person, a modal of obligation in the
 * perfect, any verb — rather than listing sentences, so they reach phrasings nobody wrote down.
 */
@RuleInfo(
    id = "judgemental-tone",
    summary = "Blame, condescension, lecturing, sarcasm and dismissal aimed at the customer.",
    severity = Severity.WARNING,
    rationale = "Talking down to a customer in public escalates the complaint and is read by everyone who follows the brand.",
    source = "seed 000: \"Don't judge or talk down to people\"; seed 003 #6: empathy over levity",
    needs = {Analysis.POS_TAGS, Analysis.LEMMAS, Analysis.LANGUAGE})
public final class JudgementalToneRule implements Rule {
  /**
   * @param languages lexicons by language code: word classes and phrase entries (match, except,
   *     message, suggest); merged by id over the shipped {@code policies/lexicons/judgemental-tone.yaml}
   * @param curtCommands also flag a bare command ("Get an earlier bus.") in a reply to an unhappy
   *     customer that has no word of apology, thanks or courtesy anywhere (needs the customer's post)
   * @param model also flag an English sentence the shipped talking-down model scores at or above
   *     {@code modelThreshold}, where no lexicon entry fired (default on)
   * @param modelThreshold the model's probability from which a sentence is reported (default
   *     {@value #DEFAULT_MODEL_THRESHOLD}; higher flags less)
   */
  public record Options(Map<String, LanguageLexicon> languages, Boolean curtCommands, Boolean model, Double modelThreshold) {
    public Options {
      languages = Lexicons.withShipped("judgemental-tone", languages);
      curtCommands = curtCommands == null || curtCommands;
      model = model == null || model;
      modelThreshold = modelThreshold == null ? DEFAULT_MODEL_THRESHOLD : modelThreshold;
      if (!(modelThreshold > 0 && modelThreshold < 1)) {
        throw new InvalidOptionException("model-threshold", "must be between 0 and 1 (exclusive), got " + modelThreshold);
      }
    }
  }

  /** Chosen by cross-validation on the training lines and the firing rate over real brand replies (see tone-eval/README.md). */
  public static final double DEFAULT_MODEL_THRESHOLD = 0.8;

  private final Map<String, List<CompiledPhrase>> lexicons;
  private final boolean curtCommands;
  private final boolean model;
  private final double modelThreshold;
  /** Words that address the customer like a name ("sir", "mate"): a cold statement closed by one reads as a rebuke. */
  private final Set<String> vocativeTitles;

  public JudgementalToneRule(Options options) {
    this.lexicons = Lexicons.compileAll(options.languages());
    this.curtCommands = options.curtCommands();
    this.model = options.model();
    this.modelThreshold = options.modelThreshold();
    LanguageLexicon english = options.languages().get(DraftLanguage.ENGLISH);
    this.vocativeTitles = english == null ? Set.of() : Set.copyOf(english.wordClasses().getOrDefault("vocative-title", List.of()));
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    if (draft.text().isBlank()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>(LexiconFindings.report(draft, context, lexicons));
    // a draft in a language without a lexicon already got its note; the model and the curt check read English
    if (!DraftLanguage.of(draft).equals(DraftLanguage.ENGLISH)) {
      return out;
    }
    if (model) {
      out.addAll(TalkingDownSentences.find(draft, context, modelThreshold, out, vocativeTitles));
    }
    if (out.isEmpty() && curtCommands) {
      curtCommand(draft, context).ifPresent(out::add);
    }
    return out;
  }

  /** Openings that are not a bare command; sentences starting so never pay for tagging. */
  private static final Set<String> NOT_COMMANDS =
      Set.of(
          "see", "enjoy", "have", "let", "thank", "thanks", "welcome", "hope", "take", "stay", "keep", "sorry", "glad", "be", "do", "happy",
          "i", "we", "you", "it", "this", "that", "these", "those", "the", "a", "an", "our", "your", "my", "their", "there", "he", "she", "they",
          "hi", "hello", "hey", "yes", "no", "ok", "okay", "oh", "if", "when", "as", "for", "in", "on", "at", "to", "and", "but", "so", "just",
          "also", "what", "which", "who", "why", "how", "where", "is", "are", "was", "were", "can", "could", "would", "will", "should", "may",
          "great", "good", "awesome", "all", "any", "some", "not", "unfortunately", "yeah", "sure", "of", "with", "from", "by", "after", "before",
          "give", "try", "agreed", "noted", "go", "feel", "come", "join", "follow", "visit", "check", "click", "tap");

  /** Verbs whose base form ends in "-ing"; any other such opening is a gerund subject. */
  private static final Set<String> ING_VERBS = Set.of("bring", "sing", "ring", "string", "sting", "swing", "cling", "fling", "wring", "spring", "sling", "wing", "ping");

  /**
   * "Clearing your cache usually sorts it." opens on a gerund, the subject of a statement, which
   * the lemmatiser can leave as its own lemma; a command opens on the base form.
   */
  private static boolean gerund(String form) {
    String lower = form.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith("ing") && !ING_VERBS.contains(lower);
  }

  /** Bare commands are short; a long sentence opening on a verb is an explanation. */
  private static final int CURT_MAX_WORDS = 10;

  /**
   * A bare command to a customer who is not praising, in a reply with no courtesy at all: "Get an earlier
   * bus." The grammar (a sentence opening on a verb in its base form) is read from the model's
   * tags, paid for only on replies that passed the cheap checks.
   */
  private static java.util.Optional<Finding> curtCommand(Draft draft, RuleContext context) {
    if (context.customerPost().isEmpty() || Sentiment.of(context.customerPost().get()) == Sentiment.Polarity.POSITIVE) {
      return java.util.Optional.empty();
    }
    if (TalkingDownSentences.friendlyMarks(draft.text())) {
      return java.util.Optional.empty();
    }
    List<Words> sentences = draft.scannedSentences();
    if (TalkingDownSentences.courteous(sentences)) {
      return java.util.Optional.empty();
    }
    for (Words scanned : sentences) {
      if (scanned.size() < 2 || scanned.size() > CURT_MAX_WORDS || NOT_COMMANDS.contains(scanned.form(0)) || !Character.isLetter(scanned.form(0).codePointAt(0))) {
        continue;
      }
      Words analysed = Words.of(draft.analyse(scanned.span()));
      if (analysed.size() > 1 && "VERB".equals(analysed.tag(0)) && analysed.form(0).equals(analysed.lemma(0)) && !gerund(analysed.form(0)) && !"?".equals(analysed.form(analysed.size() - 1))) {
        return java.util.Optional.of(
            context
                .finding(draft, scanned.span().start(), scanned.span().end(), "a bare command to an unhappy customer, with no apology or courtesy, reads as a rebuff")
                .property("entry", "curt-command")
                .suggest("Sorry about this. One thing that may help: " + Character.toLowerCase(draft.text().charAt(scanned.span().start())) + draft.slice(scanned.span().start() + 1, scanned.span().end()))
                .build());
      }
    }
    return java.util.Optional.empty();
  }
}
