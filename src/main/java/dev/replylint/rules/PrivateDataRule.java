package dev.replylint.rules;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.replylint.rules.privatedata.DataFinder;
import dev.replylint.rules.privatedata.DataMatch;
import dev.replylint.rules.privatedata.Defaults;
import dev.replylint.rules.privatedata.OtherLanguageRequests;
import dev.replylint.rules.privatedata.OtherLanguageRequests.LanguageCues;
import dev.replylint.rules.privatedata.RequestDetector;
import dev.replylint.rules.privatedata.RequestDetector.DataNoun;
import dev.replylint.text.Analysis;
import dev.replylint.text.Draft;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Flags private data in a reply that will be public — e-mail addresses, phone numbers, payment
 * cards, IBANs, US Social Security numbers, the policy's own account/order patterns and (when
 * switched on) street addresses and postcodes — and sentences that ask the customer to post such
 * data in public ("reply with your account number", "what's your date of birth?").
 *
 * <p>It guards against the false alarms that make a privacy check ignored: the brand's own
 * contacts (the {@code allow} list, toll-free, shared-cost and premium lines, "call us on …",
 * role mailboxes such as support@), order and tracking references that happen to pass the Luhn
 * check, dates, times, prices, versions, anything inside a URL, masked values ({@code ****1234})
 * and requests routed to a private channel ("DM us your order number").
 */
@RuleInfo(
    id = "private-data",
    summary = "Private data in a public reply, or a public request for it.",
    severity = Severity.ERROR,
    rationale =
        "A card number, address or date of birth in a public reply is a privacy incident, and asking a customer"
            + " to post one in public invites it; move the conversation to a private channel.",
    source =
        "seed 000: \"you don't want to convey private data over a public medium\"; seed 001: \"Keep communication"
            + " public, unless discussing personal information\"; seed 003 #8: move to a private channel",
    needs = {Analysis.SENTENCES, Analysis.TOKENS, Analysis.POS_TAGS, Analysis.LEMMAS})
public final class PrivateDataRule implements Rule {
  static final Set<String> BUILT_IN_KINDS = Set.of("email", "phone", "card", "iban", "ssn", "request");

  private static final Map<String, String> LABELS =
      Map.of(
          "email", "e-mail address",
          "phone", "phone number",
          "card", "payment card number",
          "iban", "IBAN",
          "ssn", "US Social Security number",
          "street-address", "street address",
          "postcode", "postcode");

  /** A policy pattern for the team's own identifiers (account, order, ticket numbers). */
  public record DataPattern(String name, String regex) {}

  /** A kind of data the customer must not be asked for in public, and the phrases naming it. */
  public record RequestedData(String kind, List<String> phrases) {}

  /**
   * @param phoneRegions regions (ISO 3166 codes) whose national formats are recognised
   * @param cuedPhoneRegions further regions whose national numbers are reported only when the
   *     sentence holds a phone word ("call", "SIM", "Rufnummer", "ligne"…); a region the draft
   *     hints at (its language, a "+353" number, "₹") also judges default-region numbers first,
   *     so "0180 6 123456" in a German reply is a shared-cost line, not a UK number
   * @param phoneLeniency libphonenumber leniency: POSSIBLE, VALID, STRICT_GROUPING, EXACT_GROUPING
   * @param publicPhoneTypes libphonenumber number types that are businesses' lines, never reported
   * @param brandContactCues treat "call us on …", "email us at …" and role mailboxes as the brand's
   * @param possibleNumbersInContext also report numbers that are only possible (not valid) when
   *     the words before say it is a phone number ("call you on 07700 900461"), and numbers in the
   *     ranges reserved for drama (07700 900xxx, 01632 960xxx, 555-01xx) wherever they stand
   * @param kinds built-in checks to run: email, phone, card, iban, ssn, request
   * @param addresses also report street addresses and postcodes (US, UK, CA, IE, AU; DE/FR after a street)
   * @param patterns the policy's own identifiers: name (the kind reported) and RE2 regex
   * @param allow the brand's public values (support address, hotline, …), compared loosely
   * @param allowPatterns RE2 regexes; a value any of them finds is public
   * @param requestedData kinds of data and phrases that name them, for public requests
   * @param privateChannels phrases that route an answer to a private channel
   * @param privateChannelPhrase the suggested replacement for a public request
   * @param languages requests in other languages, by ISO 639-1 code: request cues, requested data
   *     (kind → phrases), private-channel cues, public cues and negations; shipped for es, fr, de,
   *     pt, it and nl, and a policy's entry replaces the shipped lists it names, one by one
   */
  public record Options(
      List<String> phoneRegions,
      List<String> cuedPhoneRegions,
      String phoneLeniency,
      List<String> publicPhoneTypes,
      Boolean brandContactCues,
      Boolean possibleNumbersInContext,
      List<String> kinds,
      Boolean addresses,
      List<DataPattern> patterns,
      List<String> allow,
      List<String> allowPatterns,
      List<RequestedData> requestedData,
      List<String> privateChannels,
      String privateChannelPhrase,
      Map<String, LanguageCues> languages) {
    public Options {
      phoneRegions = phoneRegions == null ? List.of("US", "GB") : List.copyOf(phoneRegions);
      cuedPhoneRegions =
          cuedPhoneRegions == null ? List.of("DE", "FR", "IE", "IN", "AU") : List.copyOf(cuedPhoneRegions);
      phoneLeniency = phoneLeniency == null ? "VALID" : phoneLeniency;
      publicPhoneTypes =
          publicPhoneTypes == null
              ? List.of("TOLL_FREE", "SHARED_COST", "PREMIUM_RATE", "UAN")
              : List.copyOf(publicPhoneTypes);
      brandContactCues = brandContactCues == null ? Boolean.TRUE : brandContactCues;
      possibleNumbersInContext = possibleNumbersInContext == null ? Boolean.TRUE : possibleNumbersInContext;
      kinds = kinds == null ? List.of("email", "phone", "card", "iban", "ssn", "request") : List.copyOf(kinds);
      addresses = addresses == null ? Boolean.FALSE : addresses;
      patterns = patterns == null ? List.of() : List.copyOf(patterns);
      allow = allow == null ? List.of() : List.copyOf(allow);
      allowPatterns = allowPatterns == null ? List.of() : List.copyOf(allowPatterns);
      requestedData =
          requestedData == null
              ? Defaults.REQUESTED_DATA.stream().map(d -> new RequestedData(d.kind(), d.phrases())).toList()
              : List.copyOf(requestedData);
      privateChannels = privateChannels == null ? Defaults.PRIVATE_CHANNEL_CUES : List.copyOf(privateChannels);
      privateChannelPhrase = privateChannelPhrase == null ? Defaults.PRIVATE_CHANNEL_PHRASE : privateChannelPhrase;
      languages = withShippedLanguages(languages);

      Set<String> supported = PhoneNumberUtil.getInstance().getSupportedRegions();
      for (int i = 0; i < phoneRegions.size(); i++) {
        if (!supported.contains(phoneRegions.get(i))) {
          throw new InvalidOptionException("phone-regions", i, "not a region libphonenumber knows (use ISO 3166 codes such as US, GB, DE)");
        }
      }
      for (int i = 0; i < cuedPhoneRegions.size(); i++) {
        if (!supported.contains(cuedPhoneRegions.get(i))) {
          throw new InvalidOptionException("cued-phone-regions", i, "not a region libphonenumber knows (use ISO 3166 codes such as DE, FR, IE)");
        }
      }
      leniency(phoneLeniency);
      for (int i = 0; i < publicPhoneTypes.size(); i++) {
        try {
          PhoneNumberType.valueOf(publicPhoneTypes.get(i));
        } catch (IllegalArgumentException e) {
          throw new InvalidOptionException("public-phone-types", i, "expected one of " + List.of(PhoneNumberType.values()));
        }
      }
      for (int i = 0; i < kinds.size(); i++) {
        if (!BUILT_IN_KINDS.contains(kinds.get(i))) {
          throw new InvalidOptionException("kinds", i, "expected one of " + new java.util.TreeSet<>(BUILT_IN_KINDS));
        }
      }
      for (int i = 0; i < patterns.size(); i++) {
        DataPattern p = patterns.get(i);
        if (p == null || p.name() == null || p.name().isBlank() || p.regex() == null) {
          throw new InvalidOptionException("patterns", i, "needs a name and a regex");
        }
        compile("patterns", i, p.regex());
      }
      for (int i = 0; i < allow.size(); i++) {
        if (allow.get(i) == null || allow.get(i).isBlank()) {
          throw new InvalidOptionException("allow", i, "a value cannot be blank");
        }
      }
      for (int i = 0; i < allowPatterns.size(); i++) {
        compile("allow-patterns", i, allowPatterns.get(i));
      }
      for (int i = 0; i < requestedData.size(); i++) {
        RequestedData d = requestedData.get(i);
        if (d == null || d.kind() == null || d.kind().isBlank() || d.phrases() == null || d.phrases().isEmpty()
            || d.phrases().stream().anyMatch(p -> p == null || p.isBlank())) {
          throw new InvalidOptionException("requested-data", i, "needs a kind and a non-empty list of phrases");
        }
      }
      for (int i = 0; i < privateChannels.size(); i++) {
        if (privateChannels.get(i) == null || privateChannels.get(i).isBlank()) {
          throw new InvalidOptionException("private-channels", i, "a phrase cannot be blank");
        }
      }
      if (privateChannelPhrase.isBlank()) {
        throw new InvalidOptionException("private-channel-phrase", "cannot be blank");
      }
    }

    /** The shipped languages, each list a policy names for a language replacing the shipped one. */
    private static Map<String, LanguageCues> withShippedLanguages(Map<String, LanguageCues> fromPolicy) {
      Map<String, LanguageCues> merged = new java.util.TreeMap<>(Defaults.OTHER_LANGUAGES);
      if (fromPolicy == null) {
        return java.util.Collections.unmodifiableMap(merged);
      }
      for (Map.Entry<String, LanguageCues> e : fromPolicy.entrySet()) {
        String option = "languages." + e.getKey();
        if (e.getKey() == null || !e.getKey().matches("[a-z]{2,3}")) {
          throw new InvalidOptionException("languages", "'" + e.getKey() + "' is not an ISO 639 language code (es, fr, de…)");
        }
        LanguageCues given = e.getValue() == null ? new LanguageCues(null, null, null, null, null, null, null) : e.getValue();
        LanguageCues shipped = merged.get(e.getKey());
        LanguageCues cues =
            new LanguageCues(
                given.requestCues() != null ? words(option + ".request-cues", given.requestCues()) : shipped == null ? null : shipped.requestCues(),
                given.requestedData() != null ? data(option + ".requested-data", given.requestedData()) : shipped == null ? null : shipped.requestedData(),
                given.privateChannels() != null ? words(option + ".private-channels", given.privateChannels()) : shipped == null ? List.of() : shipped.privateChannels(),
                given.publicCues() != null ? words(option + ".public-cues", given.publicCues()) : shipped == null ? List.of() : shipped.publicCues(),
                given.negations() != null ? words(option + ".negations", given.negations()) : shipped == null ? List.of() : shipped.negations(),
                given.clauseMarkers() != null ? words(option + ".clause-markers", given.clauseMarkers()) : shipped == null ? List.of() : shipped.clauseMarkers(),
                given.listLabels() != null ? words(option + ".list-labels", given.listLabels()) : shipped == null ? List.of() : shipped.listLabels());
        if (cues.requestCues() == null || cues.requestedData() == null) {
          throw new InvalidOptionException(option, "a language not shipped needs request-cues and requested-data");
        }
        merged.put(e.getKey(), cues);
      }
      return java.util.Collections.unmodifiableMap(merged);
    }

    private static List<String> words(String option, List<String> phrases) {
      for (int i = 0; i < phrases.size(); i++) {
        if (phrases.get(i) == null || phrases.get(i).isBlank()) {
          throw new InvalidOptionException(option, i, "a phrase cannot be blank");
        }
      }
      return List.copyOf(phrases);
    }

    private static Map<String, List<String>> data(String option, Map<String, List<String>> kinds) {
      Map<String, List<String>> out = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
        if (kind.getValue() == null || kind.getValue().isEmpty()) {
          throw new InvalidOptionException(option + "." + kind.getKey(), "needs a non-empty list of phrases");
        }
        out.put(kind.getKey(), words(option + "." + kind.getKey(), kind.getValue()));
      }
      return java.util.Collections.unmodifiableMap(out);
    }

    private static Leniency leniency(String name) {
      try {
        return Leniency.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new InvalidOptionException("phone-leniency", "expected POSSIBLE, VALID, STRICT_GROUPING or EXACT_GROUPING");
      }
    }

    private static Pattern compile(String option, int index, String regex) {
      if (regex == null) {
        throw new InvalidOptionException(option, index, "a regex cannot be empty");
      }
      try {
        return Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw new InvalidOptionException(option, index, "not a valid RE2 regex: " + e.getDescription());
      }
    }
  }

  private final Options options;
  private final DataFinder dataFinder;
  private final RequestDetector requestDetector;
  private final OtherLanguageRequests otherLanguageRequests;

  public PrivateDataRule(Options options) {
    this.options = options;
    Set<PhoneNumberType> publicTypes = EnumSet.noneOf(PhoneNumberType.class);
    options.publicPhoneTypes().forEach(t -> publicTypes.add(PhoneNumberType.valueOf(t)));
    List<DataFinder.NamedPattern> patterns = new ArrayList<>();
    for (int i = 0; i < options.patterns().size(); i++) {
      DataPattern p = options.patterns().get(i);
      patterns.add(new DataFinder.NamedPattern(p.name(), Options.compile("patterns", i, p.regex())));
    }
    List<Pattern> allowPatterns = new ArrayList<>();
    for (int i = 0; i < options.allowPatterns().size(); i++) {
      allowPatterns.add(Options.compile("allow-patterns", i, options.allowPatterns().get(i)));
    }
    this.dataFinder =
        new DataFinder(
            options.phoneRegions(),
            options.cuedPhoneRegions(),
            Options.leniency(options.phoneLeniency()),
            publicTypes,
            options.brandContactCues(),
            options.possibleNumbersInContext(),
            options.addresses(),
            new LinkedHashSet<>(options.kinds()),
            patterns,
            options.allow(),
            allowPatterns);
    this.requestDetector =
        new RequestDetector(
            options.requestedData().stream().map(d -> new DataNoun(d.kind(), d.phrases())).toList(),
            options.privateChannels());
    this.otherLanguageRequests = new OtherLanguageRequests(options.languages());
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    String text = draft.text();
    List<DataMatch> data = dataFinder.find(text, () -> draft.language().getLang());
    List<RequestDetector.Request> requests = List.of();
    if (options.kinds().contains("request")) {
      requests = requestDetector.find(draft);
      List<RequestDetector.Request> other = otherLanguageRequests.find(draft, requests);
      if (!other.isEmpty()) {
        requests = new ArrayList<>(requests);
        requests.addAll(other);
      }
    }
    if (data.isEmpty() && requests.isEmpty()) {
      return findings;
    }
    for (DataMatch match : data) {
      if (context.shared().insidePlaceholder(draft, match.start(), match.end())) {
        continue;
      }
      String label = LABELS.getOrDefault(match.kind(), match.kind() + " (policy pattern)");
      findings.add(
          context
              .finding(draft, match.start(), match.end(), label + " in a public reply; mask it or move to a private channel")
              .suggest(match.masked())
              .property("kind", match.kind())
              .property("masked", match.masked())
              .build());
    }
    for (RequestDetector.Request request : requests) {
      if (context.shared().insidePlaceholder(draft, request.start(), request.end())) {
        continue;
      }
      findings.add(
          context
              .finding(
                  draft,
                  request.start(),
                  request.end(),
                  "asks for " + request.dataKind().toLowerCase(Locale.ROOT).replace('-', ' ')
                      + " data in public; ask for it in a private channel (DM, secure link) instead")
              .suggest(options.privateChannelPhrase())
              .property("kind", "request")
              .property("data", request.dataKind())
              .build());
    }
    return findings;
  }

}
