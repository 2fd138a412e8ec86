package dev.replylint.rules.privatedata;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds private data written into a draft: e-mail addresses, phone numbers (libphonenumber),
 * payment cards, IBANs, US SSNs, the policy's own patterns and, when switched on, street
 * addresses and postcodes. Built once per policy; immutable and safe to share across threads.
 * Every regular expression here and from the policy runs on RE2/J, in time linear in the draft.
 */
public final class DataFinder {
  /** A policy pattern: its name is the kind reported. */
  public record NamedPattern(String name, Pattern pattern) {}

  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}");

  private static final Pattern CARD = Pattern.compile("\\d(?:[ -]?\\d){12,18}");

  private static final Pattern SSN = Pattern.compile("\\b(\\d{3})([- ])(\\d{2})([- ])(\\d{4})\\b");

  private static final Pattern SSN_LABELLED =
      Pattern.compile("(?i)\\b(?:ssn|social\\s+security(?:\\s+number)?|ss#)\\s*(?:is|:|#|no\\.?)?\\s*(\\d{9})\\b");

  private static final Pattern IBAN_START = Pattern.compile("\\b[A-Za-z]{2}\\d{2}");

  /** Role mailboxes belong to an organisation, not to the customer being answered. */
  private static final Set<String> ROLE_MAILBOXES =
      Set.of(
          "support", "help", "helpdesk", "care", "customercare", "customerservice", "customerservices",
          "customer.service", "customer.care", "service", "services", "info", "contact", "contactus",
          "feedback", "privacy", "dpo", "social", "socialmedia", "team", "hello", "press", "media", "billing",
          "sales", "noreply", "no-reply", "donotreply", "complaints", "enquiries", "inquiries", "webmaster",
          "admin", "accessibility", "refunds", "returns", "bookings", "reservations", "fraud", "security",
          "abuse", "careers", "jobs", "orders", "accounts", "escalations", "executive.office", "ceo");

  /**
   * Role mailboxes a customer's own business also runs ("accounts@brennanjoinery.ie"): the brand's
   * unless the sentence says the customer's documents go there. Claims@, complaints@, support@ and
   * the like stay the brand's whatever is sent to them.
   */
  private static final Set<String> BUSINESS_MAILBOXES =
      Set.of("accounts", "billing", "info", "admin", "office", "hello", "contact", "contactus", "sales", "enquiries",
          "inquiries", "bookings", "orders", "team", "reservations");

  private final List<String> phoneRegions;
  private final List<String> cuedPhoneRegions;
  /** Regions that may read a national number differently from the defaults. */
  private final List<String> readingRegions;
  private final Leniency leniency;
  private final Set<PhoneNumberType> publicPhoneTypes;
  private final boolean brandContactCues;
  private final boolean possibleNumbersInContext;
  private final boolean addresses;
  private final Set<String> kinds;
  private final List<NamedPattern> patterns;
  private final PublicValues publicValues;

  public DataFinder(
      List<String> phoneRegions,
      List<String> cuedPhoneRegions,
      Leniency leniency,
      Set<PhoneNumberType> publicPhoneTypes,
      boolean brandContactCues,
      boolean possibleNumbersInContext,
      boolean addresses,
      Set<String> kinds,
      List<NamedPattern> patterns,
      List<String> allow,
      List<Pattern> allowPatterns) {
    this.phoneRegions = List.copyOf(phoneRegions);
    this.cuedPhoneRegions = List.copyOf(cuedPhoneRegions);
    // only the cued regions: parsing every number in every language's region cost a fifth of the rule
    Set<String> reading = new LinkedHashSet<>(cuedPhoneRegions);
    reading.removeAll(phoneRegions);
    this.readingRegions = List.copyOf(reading);
    this.leniency = leniency;
    this.publicPhoneTypes = Set.copyOf(publicPhoneTypes);
    this.brandContactCues = brandContactCues;
    this.possibleNumbersInContext = possibleNumbersInContext;
    this.addresses = addresses;
    this.kinds = Set.copyOf(kinds);
    this.patterns = List.copyOf(patterns);
    this.publicValues = new PublicValues(allow, allowPatterns, phoneRegions);
  }

  /** Private data in the text, without overlaps (a card is not also reported as a phone number). */
  public List<DataMatch> find(String text) {
    return find(text, () -> "");
  }

  /**
   * Private data in the text, without overlaps; {@code language} (ISO 639-3, asked only when a
   * national-format phone number is being judged) hints at the region the draft's numbers belong to.
   */
  public List<DataMatch> find(String text, Supplier<String> language) {
    List<DataMatch> found = new ArrayList<>();
    // Most replies hold few digits; the number checks are skipped when there are too few to matter.
    int digits = countDigits(text, 13);
    if (kinds.contains("card") && digits >= 13) {
      cards(text, found);
    }
    if (kinds.contains("iban") && digits >= 8) {
      ibans(text, found);
    }
    if (kinds.contains("ssn") && digits >= 9) {
      ssns(text, found);
    }
    for (NamedPattern p : patterns) {
      Matcher m = p.pattern().matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          found.add(new DataMatch(m.start(), m.end(), p.name(), Masking.keepLast(m.group(), 4), 3));
        }
      }
    }
    if (kinds.contains("email")) {
      emails(text, found);
    }
    if (kinds.contains("phone") && digits >= 5) {
      phones(text, language, found);
    }
    if (addresses) {
      Addresses.find(text, found);
    }
    return keepPrivate(text, found);
  }

  /** Digits in the text outside @handles ("@115712"), counting no further than {@code enough}. */
  private static int countDigits(String text, int enough) {
    int n = 0;
    boolean inHandle = false;
    for (int i = 0; i < text.length() && n < enough; i++) {
      char c = text.charAt(i);
      if (c == '@') {
        inHandle = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      } else if (!Character.isLetterOrDigit(c) && c != '_') {
        inHandle = false;
      } else if (c >= '0' && c <= '9' && !inHandle) {
        n++;
      }
    }
    return n;
  }

  private List<DataMatch> keepPrivate(String text, List<DataMatch> found) {
    if (found.isEmpty()) {
      return found;
    }
    Spans urls = new Spans();
    for (int[] url : LookAlikes.urls(text)) {
      urls.add(url[0], url[1]);
    }
    found.sort(Comparator.comparingInt(DataMatch::priority).thenComparingInt(DataMatch::start));
    List<DataMatch> kept = new ArrayList<>();
    Spans keptSpans = new Spans();
    for (DataMatch candidate : found) {
      if (urls.contains(candidate.start(), candidate.end())
          || keptSpans.overlaps(candidate.start(), candidate.end())
          || publicValues.isPublic(text.substring(candidate.start(), candidate.end()))) {
        continue;
      }
      kept.add(candidate);
      keptSpans.add(candidate.start(), candidate.end());
    }
    kept.sort(Comparator.comparingInt(DataMatch::start));
    return kept;
  }

  private void cards(String text, List<DataMatch> out) {
    Matcher m = CARD.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (partOfLongerNumber(text, start, end) || LookAlikes.namedAsReference(text, start, end, LookAlikes.CARD_CUE)) {
        continue;
      }
      String digits = Masking.digitsOnly(m.group());
      if (PaymentCards.isCardNumber(digits)) {
        out.add(new DataMatch(start, end, "card", "****" + digits.substring(digits.length() - 4), 0));
      }
    }
  }

  /** Digits glued to more digits ("9400 1000 0000 0000 0000 00", "2024-11-05-…") are something else. */
  private static boolean partOfLongerNumber(String text, int start, int end) {
    if (start > 0) {
      char before = text.charAt(start - 1);
      if (Character.isLetterOrDigit(before) || before == '.' || before == ',' || before == '/') {
        return true;
      }
      if ((before == ' ' || before == '-') && start > 1 && Character.isDigit(text.charAt(start - 2))) {
        return true;
      }
    }
    if (end < text.length()) {
      char after = text.charAt(end);
      if (Character.isLetterOrDigit(after) || after == '/' || after == '-' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1))) {
        return true;
      }
      if ((after == ',' || after == '.') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) {
        return true;
      }
      if (after == ' ' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "CS-2024-118345", "1234 5698 7654 33": digits joined to letters or to another digit group
   * belong to a reference or account code, not to a phone number written on its own.
   */
  private static boolean partOfCode(String text, int start, int end) {
    char first = text.charAt(start);
    if (start > 0 && first != '+' && first != '(') {
      char before = text.charAt(start - 1);
      if (Character.isLetterOrDigit(before)) {
        return true;
      }
      if (start > 1 && Character.isLetterOrDigit(text.charAt(start - 2))
          && (before == '-' || before == '/' || before == '_' || before == ' ' && Character.isDigit(text.charAt(start - 2)))) {
        return true;
      }
    }
    if (end < text.length()) {
      char after = text.charAt(end);
      if (Character.isLetterOrDigit(after)) {
        return true;
      }
      if (end + 1 < text.length() && (after == '-' || after == '/' || after == '_') && Character.isLetterOrDigit(text.charAt(end + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Ranges reserved for drama and examples (Ofcom: 07700 900xxx, 01632 960xxx; NANP: 555-01xx):
   * nobody owns them, so libphonenumber calls them invalid, but a reply that quotes one stands for
   * a person's number as much as a real one does.
   */
  private static boolean fictionalRange(PhoneNumberUtil util, PhoneNumberMatch match) {
    String national = util.getNationalSignificantNumber(match.number());
    return switch (match.number().getCountryCode()) {
      case 44 -> national.length() == 10 && (national.startsWith("7700900") || national.startsWith("1632960"));
      case 1 -> national.length() == 10 && national.startsWith("55501", 3);
      default -> false;
    };
  }

  private void ibans(String text, List<DataMatch> out) {
    Matcher m = IBAN_START.matcher(text);
    int from = 0;
    while (m.find(from)) {
      int start = m.start();
      from = m.end();
      String country = text.substring(start, start + 2).toUpperCase(java.util.Locale.ROOT);
      int length = Iban.lengthFor(country);
      if (length == 0) {
        continue;
      }
      StringBuilder compact = new StringBuilder(length);
      int i = start;
      int end = -1;
      while (i < text.length() && compact.length() < length) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) && c < 128) {
          compact.append(Character.toUpperCase(c));
          i++;
          if (compact.length() == length) {
            end = i;
          }
        } else if ((c == ' ' || c == '-') && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
            && compact.length() > 0) {
          i++;
        } else {
          break;
        }
      }
      if (end < 0 || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
        continue;
      }
      if (Iban.isValid(compact.toString())) {
        out.add(new DataMatch(start, end, "iban", Masking.keepLast(compact.toString(), 4), 1));
        from = end;
      }
    }
  }

  private void ssns(String text, List<DataMatch> out) {
    Matcher m = SSN.matcher(text);
    while (m.find()) {
      // "your case number is 512-33-9081": the SSN shape is common in case and claim numbers
      if (!m.group(2).equals(m.group(4)) || partOfLongerNumber(text, m.start(), m.end())
          || LookAlikes.namedAsReference(text, m.start(), m.end(), LookAlikes.SSN_CUE)) {
        continue;
      }
      if (validSsn(m.group(1), m.group(3), m.group(5))) {
        out.add(new DataMatch(m.start(), m.end(), "ssn", Masking.ssn(m.group()), 2));
      }
    }
    Matcher labelled = SSN_LABELLED.matcher(text);
    while (labelled.find()) {
      String d = labelled.group(1);
      if (validSsn(d.substring(0, 3), d.substring(3, 5), d.substring(5))) {
        out.add(new DataMatch(labelled.start(1), labelled.end(1), "ssn", Masking.ssn(d), 2));
      }
    }
  }

  /** Never issued: area 000, 666 or 900–999, group 00, serial 0000. */
  private static boolean validSsn(String area, String group, String serial) {
    return !area.equals("000") && !area.equals("666") && area.charAt(0) != '9' && !group.equals("00")
        && !serial.equals("0000");
  }

  private void emails(String text, List<DataMatch> out) {
    if (!mayHoldEmail(text)) {
      return;
    }
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      int start = m.start();
      if (start > 0 && isLocalPartChar(text.charAt(start - 1))) {
        continue;
      }
      String value = m.group();
      String local = value.substring(0, value.indexOf('@')).toLowerCase(java.util.Locale.ROOT);
      boolean roleMailbox = ROLE_MAILBOXES.contains(local)
          && !(BUSINESS_MAILBOXES.contains(local) && LookAlikes.introducedAsCustomerMailbox(text, start, m.end()));
      if (brandContactCues && (roleMailbox || LookAlikes.introducedAsBrandEmail(text, start))) {
        continue;
      }
      out.add(new DataMatch(start, m.end(), "email", Masking.email(value), 4));
    }
  }

  /**
   * Cheap necessary condition for an EMAIL match: an '@' with a possible local-part character
   * before it and a letter or digit after it. Brand replies all open with an @handle, which alone
   * sent every draft through the regex (a twentieth of the default policy's time).
   */
  private static boolean mayHoldEmail(String text) {
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      if (at > 0 && at + 1 < text.length() && (isLocalPartChar(text.charAt(at - 1)) || text.charAt(at - 1) == '\'')
          && Character.isLetterOrDigit(text.charAt(at + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLocalPartChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  /** Languages whose drafts quote their own country's national numbers. */
  private static final Map<String, String> LANGUAGE_REGIONS =
      Map.of("deu", "DE", "fra", "FR", "spa", "ES", "ita", "IT", "nld", "NL", "por", "PT", "pol", "PL", "swe", "SE", "dan", "DK");

  /** Currency signs that place a draft in one country: "₹299 recharge", "A$49 plan". */
  private static final Pattern CURRENCY_HINT = Pattern.compile("₹|\\bRs\\.?\\s?\\d|\\bINR\\b|\\bA\\$|\\bAU\\$|\\bAUD\\b|\\bNZ\\$");

  /** "+353 86 …": a number with a country code makes that country's national numbers likely too. */
  private static final Pattern COUNTRY_CODE = Pattern.compile("(?:^|[^0-9A-Za-z])\\+\\s?([1-9][0-9]{0,2})");

  /**
   * Words that make a number in the same sentence a phone number, in the languages of the cued
   * regions: "call", "SIM", "top-up", "Rufnummer", "unter … an", "ligne fixe", "rappeler".
   */
  private static final Pattern PHONE_WORD =
      Pattern.compile(
          "(?i)\\b(?:phone|phoned|mobile|mob|cell|landline|telephone|tel|number|sms|text|texted|whatsapp|sim|line|voicemail"
              + "|call|called|calling|ring|rang|reach|reached|dial|dialled|dialed|tried|trying|top-?up|recharge|recharged|contact"
              + "|\\p{L}*nummer|\\p{L}*telefon\\p{L}*|handy|festnetz|mobilfunk\\p{L}*|anruf\\p{L}*|ruft|rufen|erreich\\p{L}*|unter"
              + "|num[ée]ro|t[ée]l[ée]phone|portable|ligne|fixe|r?appel\\p{L}*|joindre|joignable"
              + "|n[úu]mero|m[óo]vil|llamar|llamaremos|llam[óo]|llama|cellulare|chiamare|chiameremo|chiamato|chiama"
              + "|bellen|gebeld|belt|bel|belde|mobiel|answer|answered|missed)\\b");

  private void phones(String text, Supplier<String> language, List<DataMatch> out) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    Spans seen = new Spans();
    HintedRegions hinted = new HintedRegions(util, text, language);
    List<int[]> lenientMatches = new ArrayList<>();
    boolean strictGrouping = leniency == Leniency.STRICT_GROUPING || leniency == Leniency.EXACT_GROUPING;
    if (strictGrouping) {
      for (String region : phoneRegions) {
        for (PhoneNumberMatch match : util.findNumbers(text, region, leniency, Long.MAX_VALUE)) {
          lenientMatches.add(new int[] {match.start(), match.end()});
        }
      }
    }
    for (String region : phoneRegions) {
      for (PhoneNumberMatch match : util.findNumbers(text, region, Leniency.POSSIBLE, Long.MAX_VALUE)) {
        int start = match.start();
        int end = match.end();
        // A number judged once (e.g. as the brand's toll-free line) stays judged in later regions.
        if (seen.overlaps(start, end)) {
          continue;
        }
        boolean lenientEnough =
            switch (leniency) {
              case POSSIBLE -> true;
              case VALID -> util.isValidNumber(match.number());
              default -> lenientMatches.stream().anyMatch(m -> m[0] == start && m[1] == end);
            };
        // Numbers from reserved "fictional" ranges (07700 900xxx) are not valid, but written with a
        // country code, or after "call you on" or "your mobile", they are someone's number as far
        // as a reader knows.
        boolean international = match.rawString().startsWith("+");
        if (!lenientEnough
            && !(possibleNumbersInContext
                && (international || fictionalRange(util, match) || LookAlikes.introducedAsPhone(text, start)))) {
          continue;
        }
        // A national number means what it means in the country the draft is written for:
        // "0180 6 123456" in a German reply is a shared-cost line, whatever it would be in the UK.
        // Numbers written with a trunk 0, or found in a region that dials one (the UK also reads
        // India's "98201 44873"), may read differently elsewhere; US numbers ("1-800-…",
        // "(212) …") are not asked about.
        String raw = match.rawString();
        boolean rereadable = raw.startsWith("0") || raw.startsWith("(0") || "0".equals(util.getNddPrefixForRegion(region, true));
        PhoneNumber number = rereadable ? hinted.readNumber(raw, match.number()) : match.number();
        seen.add(start, end);
        if (publicPhoneTypes.contains(util.getNumberType(number)) && !LookAlikes.dialledByBrand(text, start)
            || publicValues.isPublicPhone(number, match.rawString())
            || LookAlikes.namedAsReference(text, start, end, LookAlikes.PHONE_CUE)
            || partOfCode(text, start, end)
            || (brandContactCues && LookAlikes.introducedAsBrandLine(text, start))) {
          continue;
        }
        out.add(phoneMatch(match));
      }
    }
    cuedRegionPhones(util, text, hinted, seen, out);
  }

  /**
   * National numbers of regions beyond the defaults (Germany's "030 4431 8826", France's "06 12 48
   * 93 57", India's "98201 44873"): their formats overlap order numbers and amounts, so one counts
   * only when it is valid there and its sentence holds a phone word.
   */
  private void cuedRegionPhones(PhoneNumberUtil util, String text, HintedRegions hinted, Spans seen, List<DataMatch> out) {
    if (cuedPhoneRegions.isEmpty() && hinted.writtenRegions().isEmpty()) {
      return;
    }
    Set<String> regions = null;
    int from = 0;
    while (from < text.length()) {
      int to = from;
      while (to < text.length() && !sentenceBreak(text, to)) {
        to++;
      }
      to = Math.min(text.length(), to + 1);
      // Most sentences hold no national number of another country: one needs seven digits not
      // already judged, and a phone word, before libphonenumber is asked.
      if (unjudgedDigits(text, from, to, seen) >= 7 && nationalLooking(text, from, to)) {
        String sentence = text.substring(from, to);
        if (PHONE_WORD.matcher(sentence).find()) {
          if (regions == null) {
            // the language is not asked here: Germany's and France's formats are cued regions anyway
            regions = new LinkedHashSet<>(hinted.writtenRegions());
            regions.addAll(cuedPhoneRegions);
            regions.removeAll(phoneRegions);
          }
          for (String region : regions) {
            for (PhoneNumberMatch match : util.findNumbers(sentence, region, Leniency.VALID, Long.MAX_VALUE)) {
              judgeCued(util, text, from + match.start(), from + match.end(), match, seen, out);
            }
          }
        }
      }
      from = to;
    }
  }

  private void judgeCued(PhoneNumberUtil util, String text, int start, int end, PhoneNumberMatch match, Spans seen, List<DataMatch> out) {
    if (seen.overlaps(start, end) || match.rawString().startsWith("+")) {
      return;
    }
    PhoneNumberType type = util.getNumberType(match.number());
    // "3044318826" with no trunk prefix is an account or order number far more often than a
    // landline; mobile numbers are written bare in India and elsewhere.
    boolean writtenAsPhone =
        match.rawString().startsWith("0") || match.rawString().startsWith("(0") || type == PhoneNumberType.MOBILE;
    if (!writtenAsPhone) {
      return;
    }
    seen.add(start, end);
    if (publicPhoneTypes.contains(type)
        || publicValues.isPublicPhone(match.number(), match.rawString())
        || LookAlikes.namedAsReference(text, start, end, LookAlikes.PHONE_CUE)
        || partOfCode(text, start, end)
        || (brandContactCues && LookAlikes.introducedAsBrandLine(text, start))) {
      return;
    }
    String digits = Masking.digitsOnly(match.rawString());
    out.add(new DataMatch(start, end, "phone", "****" + digits.substring(Math.max(0, digits.length() - 2)), 5));
  }

  /**
   * A digit group opening with a trunk 0 ("030 …", "(02) …", "06 12 …") or a ten-digit mobile
   * opening with 6-9 ("98201 44873"): only such sentences are worth libphonenumber's time.
   */
  private static boolean nationalLooking(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      if (Character.isDigit(before) || before == '.' || before == ',' || before == ':' || before == '/' || before == '-') {
        continue;
      }
      if (c == '0') {
        return true;
      }
      if (c >= '6') {
        int digits = 0;
        int j = i;
        while (j < to && (Character.isDigit(text.charAt(j)) || text.charAt(j) == ' ' || text.charAt(j) == '-') && digits < 10) {
          if (Character.isDigit(text.charAt(j))) {
            digits++;
          }
          j++;
        }
        if (digits >= 10) {
          return true;
        }
      }
    }
    return false;
  }

  private static int unjudgedDigits(String text, int from, int to, Spans seen) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && !seen.overlaps(i, i + 1)) {
        n++;
      }
    }
    return n;
  }

  private static DataMatch phoneMatch(PhoneNumberMatch match) {
    String raw = match.rawString();
    String digits = Masking.digitsOnly(raw);
    // "your mobile (+353 87 214 6638)": libphonenumber keeps the opening bracket of the aside
    int start = raw.startsWith("(+") && raw.indexOf(')') < 0 ? match.start() + 1 : match.start();
    return new DataMatch(start, match.end(), "phone", "****" + digits.substring(Math.max(0, digits.length() - 2)), 5);
  }

  private static boolean sentenceBreak(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '\r') {
      return true;
    }
    return (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  /**
   * Regions the draft itself points to, worked out only when a national number needs judging:
   * country codes written in it, a currency sign, its language.
   */
  private final class HintedRegions {
    private final PhoneNumberUtil util;
    private final String text;
    private final Supplier<String> language;
    private Set<String> written;
    private Set<String> regions;

    HintedRegions(PhoneNumberUtil util, String text, Supplier<String> language) {
      this.util = util;
      this.text = text;
      this.language = language;
    }

    /** The hints the text shows itself (country codes, currency signs), without the language. */
    Set<String> writtenRegions() {
      if (written == null) {
        Set<String> found = new LinkedHashSet<>();
        Matcher code = COUNTRY_CODE.matcher(text);
        while (code.find()) {
          String digits = code.group(1);
          // country codes are prefix-free: the first length that names a country is the code
          for (int length = 1; length <= digits.length(); length++) {
            String region = util.getRegionCodeForCountryCode(Integer.parseInt(digits.substring(0, length)));
            if (!"ZZ".equals(region)) {
              found.add(region);
              break;
            }
          }
        }
        Matcher currency = CURRENCY_HINT.matcher(text);
        while (currency.find()) {
          String sign = currency.group();
          found.add(sign.startsWith("NZ") ? "NZ" : sign.startsWith("A") ? "AU" : "IN");
        }
        found.removeAll(phoneRegions);
        written = found;
      }
      return written;
    }

    /** All hints, the draft's language included (worked out only here: it costs a model run). */
    Set<String> regions() {
      if (regions == null) {
        Set<String> found = new LinkedHashSet<>(writtenRegions());
        String region = LANGUAGE_REGIONS.get(language.get());
        if (region != null && !phoneRegions.contains(region)) {
          found.add(region);
        }
        regions = found;
      }
      return regions;
    }

    /**
     * The number as a hinted region reads it, when it is valid there and that reading changes
     * whether it is a business line; otherwise {@code fallback}. The draft's language is only
     * worked out when some region that a language points to reads the number differently.
     */
    PhoneNumber readNumber(String raw, PhoneNumber fallback) {
      boolean fallbackPublic = publicPhoneTypes.contains(util.getNumberType(fallback));
      boolean readsDifferently = false;
      for (String region : readingRegions) {
        PhoneNumber number = validIn(raw, region);
        if (number != null && publicPhoneTypes.contains(util.getNumberType(number)) != fallbackPublic) {
          if (!readsDifferently) {
            for (String hint : regions()) {
              PhoneNumber hintedNumber = validIn(raw, hint);
              if (hintedNumber != null) {
                return hintedNumber;
              }
            }
            readsDifferently = true;
          }
          // "098201 44873" is grouped as India writes a mobile, not as the UK's premium "0982 014 4873"
          if (groupedAs(raw, number) && !groupedAs(raw, fallback)) {
            return number;
          }
        }
      }
      return fallback;
    }

    /** The digit groups of {@code raw} are those of the number's own national format. */
    private boolean groupedAs(String raw, PhoneNumber number) {
      return digitGroups(raw).equals(digitGroups(util.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL)));
    }

    private static List<Integer> digitGroups(String s) {
      List<Integer> groups = new ArrayList<>();
      int run = 0;
      for (int i = 0; i < s.length(); i++) {
        if (Character.isDigit(s.charAt(i))) {
          run++;
        } else if (run > 0) {
          groups.add(run);
          run = 0;
        }
      }
      if (run > 0) {
        groups.add(run);
      }
      return groups;
    }

    private PhoneNumber validIn(String raw, String region) {
      try {
        PhoneNumber number = util.parse(raw, region);
        return util.isValidNumber(number) ? number : null;
      } catch (NumberParseException e) {
        return null;
      }
    }
  }
}
