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
import java.util.Set;

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
   * @param goodNews a reply greeting the post as good news (a welcome, thanks for choosing us),
   *     merged by id over the shipped {@code policies/lexicons/offer-privacy-good-news.yaml}
   */
  public record Options(Map<String, LanguageLexicon> languages, Map<String, LanguageLexicon> topics, Map<String, LanguageLexicon> goodNews) {
    public Options {
      languages = Lexicons.withShipped("offer-privacy", languages);
      topics = Lexicons.withShipped("offer-privacy-topics", topics);
      goodNews = Lexicons.withShipped("offer-privacy-good-news", goodNews);
    }
  }

  /** The topic entry for a reply that asks for the customer's details, personal whatever the post asked. */
  private static final String ASKS_DETAILS = "reply-asks-details";

  private final Map<String, List<CompiledPhrase>> channels;
  private final Map<String, List<CompiledPhrase>> topics;

  private final Map<String, List<CompiledPhrase>> goodNews;

  public OfferPrivacyRule(Options options) {
    this.channels = Lexicons.compileAll(options.languages());
    this.topics = Lexicons.compileAll(options.topics());
    this.goodNews = Lexicons.compileAll(options.goodNews());
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

  /** Words that open a question about how things are; "why" is left out: "why is there a fee?" is a complaint. */
  private static final Set<String> QUESTION_OPENERS = Set.of("can", "could", "do", "does", "is", "are", "will", "would", "how", "what", "when", "where", "which", "who", "should", "may", "any");

  /**
   * Words that make a question the customer's own case: the customer or their things ("my
   * membership", "refund me"), a request ("please") or a repeat ("again", "never").
   */
  private static final Set<String> OWN_CASE = Set.of("my", "mine", "our", "ours", "me", "us", "please", "pls", "plz", "again", "never", "still", "yet");

  /** Determiners that pick out one particular thing rather than a kind of thing. */
  private static final Set<String> PARTICULAR = Set.of("the", "this", "that", "these", "those");

  /** Auxiliaries and verbs that report an event that already happened ("was I charged", "has it gone through"). */
  private static final Set<String> HAPPENED = Set.of("did", "was", "were", "had", "has", "been", "got", "gotten", "went", "came", "took", "'ve");

  /**
   * Whether the post sentence holding the hit asks how something works in general — "do you charge
   * for paying abroad?", "what's the cut off for same day transfers?", "can I get a refund on a
   * basic fare" — rather than about the customer's own case ("where is my refund?", "was I charged
   * twice?"). The answer to such a question is the same for everyone and is fine in public.
   * Only a question with none of the customer's own words is tagged, to see that no verb in it is
   * past ("refunds processed yet?"); a verb the tagger reads as past or participle keeps it personal.
   */
  private static boolean asksInGeneral(Draft post, Words sentence) {
    int first = 0;
    while (first < sentence.size() && (sentence.form(first).startsWith("@") || sentence.isPunctuation(first))) {
      first++;
    }
    // a fragment ("refund for the broken DLC?") asks for something, it does not ask how things work
    if (first >= sentence.size() || !QUESTION_OPENERS.contains(sentence.form(first))) {
      return false;
    }
    boolean customerSubject = false;
    boolean particularThing = false;
    for (int i = first; i < sentence.size(); i++) {
      String form = sentence.form(i);
      if (OWN_CASE.contains(form) || HAPPENED.contains(form)) {
        return false;
      }
      customerSubject |= form.equals("i") || form.equals("we");
      particularThing |= PARTICULAR.contains(form);
    }
    // "can I get a refund for the concert?" is about a ticket the customer holds; "on a basic
    // fare" asks about a kind of fare
    if (customerSubject && particularThing) {
      return false;
    }
    Words tagged = Words.of(post.analyse(sentence.span()));
    for (int i = 0; i < tagged.size(); i++) {
      String form = tagged.form(i);
      boolean verb = "VERB".equals(tagged.tag(i)) || "AUX".equals(tagged.tag(i));
      if (verb && form.length() > 4 && form.endsWith("ed") && !form.equals(tagged.lemma(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean asksInGeneral(Draft post, PhraseFinder.Hit hit) {
    for (Words w : post.scannedSentences()) {
      if (w.span().start() <= hit.start() && hit.end() <= w.span().end()) {
        return asksInGeneral(post, w);
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
    // number"); "refunds are processed automatically" talks about everyone's. In a reply to a post
    // that only asks how something works, "your" is anyone's ("your GP can refer you"), and only
    // asking for the customer's details makes the reply personal.
    Draft customerPost = context.customerPost().filter(p -> Sentiment.of(p) != Sentiment.Polarity.POSITIVE).orElse(null);
    // a reply that welcomes the customer or thanks them for choosing us reads a post that asks
    // nothing as good news ("just opened my first account with you"): its words are no case to take
    // private (a tone-deaf welcome to a complaint is empathy's to report)
    List<CompiledPhrase> greetings = goodNews.get(language);
    Draft post = customerPost != null && greetings != null && PhraseFinder.any(draft, greetings) && !HelpOfferRule.asksQuestion(customerPost) ? null : customerPost;
    PhraseFinder.Hit postTopic = post == null ? null : PhraseFinder.find(post, personalTopics).stream().filter(hit -> !asksInGeneral(post, hit)).findFirst().orElse(null);
    List<PhraseFinder.Hit> replyTopics = PhraseFinder.find(draft, personalTopics).stream().filter(hit -> addressesCustomer(draft, hit)).toList();
    PhraseFinder.Hit topic = replyTopics.isEmpty() ? postTopic : replyTopics.get(0);
    if (!replyTopics.isEmpty() && post != null && postTopic == null && post.scannedSentences().stream().anyMatch(sentence -> asksInGeneral(post, sentence))) {
      topic = replyTopics.stream().filter(hit -> hit.phrase().id().equals(ASKS_DETAILS)).findFirst().orElse(null);
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
