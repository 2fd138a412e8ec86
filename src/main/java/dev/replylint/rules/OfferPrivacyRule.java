package dev.replylint.rules;

import dev.replylint.rules.tone.CompiledPhrase;
import dev.replylint.rules.tone.ContactDetails;
import dev.replylint.rules.tone.LanguageGate;
import dev.replylint.rules.tone.LanguageLexicon;
import dev.replylint.rules.tone.Lexicons;
import dev.replylint.rules.tone.PhraseFinder;
import dev.replylint.rules.tone.Sentiment;
import dev.replylint.rules.tone.WholeDraft;
import dev.replylint.text.Analysis;
import dev.replylint.text.Draft;
import dev.replylint.text.Span;
import dev.replylint.text.Words;
import java.util.List;
import java.util.Map;

/**
 * When the conversation is about the customer's own account, money, orders, address or health —
 * in their post, or in the reply asking for such details — flags a reply that offers no private
 * channel (DM, private message, phone, a secure link). Praise that mentions an order is not a
 * reason; a complaint about a charge is.
 */
@RuleInfo(
    id = "offer-privacy",
    summary = "Personal matters (account, billing, orders, refunds, health) without an offer of a private channel.",
    severity = Severity.WARNING,
    rationale = "Details of a customer's account or health must not be traded in public; offering a private channel first protects them and the brand.",
    source = "seed 000: \"@person would love to help. Please follow me and I'll help with a direct message\"; seed 001: keep it public unless discussing personal information",
    needs = {Analysis.LANGUAGE})
public final class OfferPrivacyRule implements Rule {
  /**
   * @param languages what counts as offering a private channel, merged by id over the shipped
   *     {@code policies/lexicons/offer-privacy.yaml}
   * @param topics what makes a conversation personal, merged by id over the shipped {@code
   *     policies/lexicons/offer-privacy-topics.yaml}
   */
  public record Options(Map<String, LanguageLexicon> languages, Map<String, LanguageLexicon> topics) {
    public Options {
      languages = Lexicons.withShipped("offer-privacy", languages);
      topics = Lexicons.withShipped("offer-privacy-topics", topics);
    }
  }

  private final Map<String, List<CompiledPhrase>> channels;
  private final Map<String, List<CompiledPhrase>> topics;

  public OfferPrivacyRule(Options options) {
    this.channels = Lexicons.compileAll(options.languages());
    this.topics = Lexicons.compileAll(options.topics());
  }

  /** Whether the sentence holding the hit speaks of the customer's own ("your", "yours"). */
  private static boolean addressesCustomer(Draft draft, PhraseFinder.Hit hit) {
    for (Words w : draft.scannedSentences()) {
      if (w.span().start() <= hit.start() && hit.end() <= w.span().end()) {
        for (int i = 0; i < w.size(); i++) {
          if (w.form(i).equals("your") || w.form(i).equals("yours")) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    Span whole = WholeDraft.trimmed(draft);
    if (whole == null) {
      return List.of();
    }
    String language = LanguageGate.languageOf(draft, channels.keySet());
    List<CompiledPhrase> privateChannels = channels.get(language);
    List<CompiledPhrase> personalTopics = topics.get(language);
    if (privateChannels == null || personalTopics == null) {
      return List.of(LanguageGate.skipped(draft, context, language));
    }
    // in the reply, a topic is personal when it is the customer's ("your refund", "your account
    // number"); "refunds are processed automatically" talks about everyone's
    PhraseFinder.Hit topic = PhraseFinder.find(draft, personalTopics).stream().filter(hit -> addressesCustomer(draft, hit)).findFirst().orElse(null);
    if (topic == null && context.customerPost().isPresent()) {
      Draft post = context.customerPost().get();
      if (Sentiment.of(post) != Sentiment.Polarity.POSITIVE) {
        topic = PhraseFinder.find(post, personalTopics).stream().findFirst().orElse(null);
      }
    }
    // an email address, a phone number or a self-service link keeps the details out of the thread
    if (topic == null || ContactDetails.hasEmailOrPhone(draft) || ContactDetails.hasLink(draft) || PhraseFinder.any(draft, privateChannels)) {
      return List.of();
    }
    return List.of(
        context
            .finding(draft, whole.start(), whole.end(), "this is about " + topic.phrase().message() + "; offer a private channel (DM, phone) before details are shared")
            .property("topic", topic.phrase().id())
            .suggest(draft.slice(whole.start(), whole.end()) + " Please send us a DM so we can look into this privately.")
            .build());
  }
}
