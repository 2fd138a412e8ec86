package dev.replylint.rules.privatedata;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * What the words around a number say about it: a number labelled as an order, tracking or
 * booking reference is not a card or phone number whatever its digits; a number introduced as
 * "call us on …" or "our helpline is …" is the brand's own; anything inside a URL (a tracking page)
 * is part of an address the brand chose to share.
 */
final class LookAlikes {
  private LookAlikes() {}

  private static final int WINDOW = 48;

  /** Words that name a value as the brand's or a supplier's identifier for a thing, not a person's. */
  private static final String REFERENCE_WORDS =
      "order|tracking|track|ref|reference|case|ticket|invoice|confirmation|booking|reservation"
          + "|flight|model|serial|isbn|sku|part|item|product|receipt|transaction|claim|parcel"
          + "|shipment|consignment|waybill|voucher|coupon|promo|gift\\s*card|pnr|version|build"
          + "|job|complaint|incident|enquiry|inquiry|query|rma|return|repair|appointment|quote|contract";

  /** Words that only name a reference together with an identifier word: "file number", not "on file". */
  private static final String REFERENCE_WORDS_WITH_ID = "file|customer|member|membership|policy|application|request";

  private static final String ID_WORDS = "number|no\\.?|num|id|code|ref|reference|nr|authori[sz]ation";

  /** "booking ref NW8K2PQ", "your case number is 512-…", "logged as case 604-…". */
  private static final Pattern REFERENCE_LABEL =
      Pattern.compile(
          "(?:\\b(?:" + REFERENCE_WORDS + ")(?:\\s+(?:" + ID_WORDS + "))?"
              + "|\\b(?:" + REFERENCE_WORDS_WITH_ID + ")\\s+(?:" + ID_WORDS + "))\\s*(?:is|was|:|-)?\\s*#?\\s*$"
              // "your case, 512-33-9081, …", but not "in that case, 07700 …"
              + "|\\b(?:your|the|this|our)\\s+(?:" + REFERENCE_WORDS + ")(?:\\s+(?:" + ID_WORDS + "))?\\s*,\\s*$"
              // "the case number we've given you is …": the label further back, the value after "is"
              + "|\\b(?:(?:" + REFERENCE_WORDS + "|" + REFERENCE_WORDS_WITH_ID + ")\\s+(?:" + ID_WORDS + ")|ref|reference|pnr|rma)\\b"
              + "[^.!?;:0-9]{0,30}?\\s(?:is|was|reads)\\s*:?\\s*$");

  /**
   * The label after the value: "377-90-2214, your complaint reference", "… is your ticket number".
   * An identifier word is required ("4111…, the order was refunded" names no reference).
   */
  private static final Pattern REFERENCE_LABEL_AFTER =
      Pattern.compile(
          "^\\s*(?:,|\\(|-|–|—)?\\s*(?:is|was|as|being)?\\s*(?:your|the|our|its|this|a)?\\s*(?:new\\s+|own\\s+)?"
              + "(?:(?:" + REFERENCE_WORDS + "|" + REFERENCE_WORDS_WITH_ID + ")\\s+(?:" + ID_WORDS + ")|ref|reference)\\b");

  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;.!?]\\s|\\b(?:and|but|then|so|or)\\b");

  /** Words that name the kind of data itself; near the value they outweigh a reference label. */
  static final Pattern SSN_CUE =
      Pattern.compile("\\b(?:ssn|ss#|social(?:\\s+security)?|itin|tin|tax\\s+(?:id|number))\\b");

  static final Pattern POSTCODE_CUE = Pattern.compile("\\b(?:post\\s*code|postal\\s+code|zip(?:\\s*code)?|eircode)\\b");

  static final Pattern PHONE_CUE =
      // "the emergency contact on your booking is +44 …": a person's contact is a phone, whatever the booking label
      Pattern.compile("\\b(?:phone|mobile|cell|cellphone|landline|telephone|tel|whatsapp|sms|text|call|ring"
          + "|emergency\\s+contact|contact\\s+number|next\\s+of\\s+kin)\\b");

  private static final String PREMISES =
      "(?:store|shop|office|branch|showroom|restaurant|outlet|warehouse|depot|studio|hotel|clinic|centre|center|salon|cafe|venue|site|hub)";
  private static final String PLACE_DATA = "(?:postcode|post\\s+code|postal\\s+code|zip(?:\\s+code)?|eircode|address)";

  /**
   * "we'll ring 030 4431 8826 tomorrow", "the engineer will call 0300 …": a number the brand's side
   * will dial is the customer's, even in a range (UK 03, freephone) that businesses use for their lines.
   */
  private static final Pattern DIALLED_BY_BRAND =
      Pattern.compile(
          "(?i)\\b(?:we|i|driver|courier|engineer|technician|rep|agent|team)(?:'ll|’ll|\\s+will|\\s+shall|\\s+can|\\s+could)"
              + "\\s+(?:(?:try|also|just|then)\\s+)?(?:call|ring|text|phone|dial)(?:\\s+you)?(?:\\s+back)?(?:\\s+(?:on|at))?\\s*$");

  static boolean dialledByBrand(String text, int start) {
    return DIALLED_BY_BRAND.matcher(before(text, start)).find();
  }

  private static final Pattern BRAND_LINE =
      Pattern.compile(
          "(?:\\bgive\\s+(?:us|our\\s+(?:[a-z/&-]+\\s+){0,4}[a-z-]+)\\s+a\\s+(?:call|ring|bell|buzz)|\\b(?:the|our)\\s+(?:[a-z/&-]+\\s+){0,3}(?:line|helpline|hotline)|\\b(?:when|if|once|before)\\s+you\\s+(?:call|ring|dial|phone)"
              + "|(?:^|[.!?:]\\s*|please\\s+)(?:call|ring|dial|phone)(?:\\s+(?:us\\s+)?back|\\s+(?:the|our)\\s+(?:[a-z-]+\\s+){0,3}[a-z-]+)?"
              + "|\\b(?:call|ring|phone|text|dial|contact|reach|fax)\\s+(?:us(?:\\s+back)?|our\\s+(?:[a-z/&-]+\\s+){0,4}[a-z-]+)"
              + "(?:\\s+(?:free|toll[\\s-]free|24/7|directly|anytime|any\\s+time|today))?"
              + "|\\bour\\s+(?:[a-z/&-]+\\s+){0,4}(?:line|lines|number|helpline|hotline|team|desk|office|store|centre|center|service)"
              + "(?:\\s+(?:is|are))?)"
              + "\\s*(?:at|on|via|:|-|–)?\\s*$");

  private static final Pattern BRAND_EMAIL =
      Pattern.compile(
          "\\b(?:email|e-mail|mail|write\\s+to|contact|reach|message|drop|cc)\\s+(?:us|our\\s+(?:[a-z-]+\\s+){0,3}[a-z-]+)"
              + "(?:\\s+a\\s+(?:line|note|message))?\\s*(?:at|on|via|:|-)?\\s*$");

  private static final Pattern BRAND_PREMISES =
      Pattern.compile(
          "\\b(?:visit|find|see|meet|join)\\s+us\\s+(?:at|on|in)\\s*$"
              + "|we(?:'re|’re|\\s+are)\\s+(?:located\\s+|based\\s+)?(?:at|on)\\s*$"
              + "|\\bour\\s+(?:[a-z-]+\\s+){0,3}(?:store|shop|office|offices|branch|showroom|restaurant|hq|headquarters|outlet"
              + "|location|warehouse|depot|studio|hotel|clinic|centre|center|salon|cafe|bank|address)"
              // "our store in Leeds LS1 5AB": a town may come between
              + "(?:\\s+is)?(?:\\s+(?:at|on|in)(?:\\s+[a-z'’-]+){0,2})?\\s*[,:]?\\s*$"
              // "our postcode for returns is …", "our returns address: …"
              + "|\\bour\\s+(?:[a-z-]+\\s+){0,2}(?:postcode|post\\s+code|postal\\s+code|zip(?:\\s+code)?|address)"
              + "(?:\\s+(?:for|at|of)(?:\\s+[a-z'’-]+){1,2})?\\s*(?:is|:)\\s*(?:(?:unit|flat|suite|building)\\s*)?$"
              // "The branch's postcode is …", "the depot's address: …", "the postcode of the branch is …"
              + "|\\b(?:the|our|this|that)\\s+(?:[a-z-]+\\s+){0,2}" + PREMISES + "['’]s?\\s+(?:full\\s+)?" + PLACE_DATA
              + "\\s*(?:is|:)\\s*$"
              + "|\\b" + PLACE_DATA + "\\s+(?:of|for)\\s+(?:the|our|this|that)\\s+(?:[a-z-]+\\s+){0,2}" + PREMISES + "\\s*(?:is|:)\\s*$");


  /**
   * "Post it to Returns, 5 Mill Road, …", "FREEPOST ACME, Unit 4, Bristol …", "send them back to
   * us at …": the brand's mailing address, a department line before it.
   */
  private static final Pattern BRAND_MAILING_ADDRESS =
      Pattern.compile(
          "\\b(?:returns(?:\\s+(?:dept\\.?|department|centre|center|team|unit))?|freepost(?:\\s+[a-z0-9-]+)?"
              + "|customer\\s+(?:services?|care|relations)(?:\\s+(?:dept\\.?|department|team))?|complaints\\s+(?:dept\\.?|department|team))"
              + "\\s*,[^.!?]{0,40}$"
              + "|\\b(?:send|post|return|mail)\\s+(?:it|them|this|the\\s+[a-z]+(?:\\s+[a-z]+)?)\\s+(?:back\\s+)?to\\s+us\\s+at\\s*$");

  private static final Pattern URL =
      Pattern.compile("(?i)(?:https?://|www\\.)[^\\s<>\"]+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}/[^\\s<>\"]*");

  private static final Pattern PHONE_CONTEXT =
      Pattern.compile(
          "\\b(?:phone|mobile|cell|cellphone|landline|telephone|tel\\.?|number|sms|text|whatsapp"
              + "|(?:call|ring|text|reach|contact)(?:ed|ing|s)?\\s+you(?:\\s+back)?"
              + "|(?:will|'ll|’ll|to|driver|courier|engineer|technician|rep)\\s+(?:call|ring|text)"
              // "we rang 07700 900…", "the driver called …": the brand's side dialled the customer
              + "|\\b(?:we|i|driver|courier|engineer|technician|rider|agent|colleague)(?:'ve|’ve|'d|’d)?(?:\\s+(?:have|has|had|just|already|tried))*"
              + "\\s+(?:called|rang|texted|phoned|dialled|dialed|messaged|calling|ringing|texting))(?:\\s+(?:is|was|on|at|to|of|:|number))*\\s*:?\\s*$");

  /**
   * A bare ZIP named as a place the delivery goes or serves: "the depot serving 60614", "deliveries
   * to the 94110 area". Only a delivery or area word right before, or "area" right after.
   */
  private static final Pattern ZIP_AREA_BEFORE =
      Pattern.compile(
          "\\b(?:depot|hub|sorting\\s+(?:office|centre|center)|neighbou?rhood|serving|serves|(?:deliver(?:y|ies|ing|ed)?|ship(?:ping|ped|s)?|sent|going|heading)\\s+to"
              + "|located\\s+in|lives?\\s+in|living\\s+in|based\\s+in|address\\s+in)"
              + "\\s+(?:(?:the|for|in|at|to|your)\\s+)?$");

  private static final Pattern ZIP_AREA_AFTER = Pattern.compile("^\\s*(?:area|neighbou?rhood|address)\\b");

  static boolean namedAsZipArea(String text, int start, int end) {
    return ZIP_AREA_BEFORE.matcher(before(text, start)).find() || ZIP_AREA_AFTER.matcher(after(text, end)).find();
  }

  static boolean introducedAsPhone(String text, int start) {
    return PHONE_CONTEXT.matcher(before(text, start)).find();
  }

  static boolean labelledAsReference(String text, int start) {
    String before = before(text, start);
    return before.endsWith("#") || REFERENCE_LABEL.matcher(before).find() || OTHER_LANGUAGE_REFERENCE_LABEL.matcher(before).find();
  }

  /**
   * An order, booking or invoice number labelled in German, Dutch or a Romance language right
   * before the value: "Bestellnummer 5120…", "numéro de commande : …", "número do pedido". A card
   * number ("Kartennummer") is not among them.
   */
  private static final Pattern OTHER_LANGUAGE_REFERENCE_LABEL =
      Pattern.compile(
          "(?i)(?:\\b(?:bestell|auftrags|buchungs|rechnungs|sendungs|vorgangs|vertrags|referenz|order|boekings|dossier"
              + "|referentie|factuur|zending|reserverings|klant|kunden)nummer"
              // "tu pedido 5412…", "votre commande 5412…", "je bestelling 5412…"
              + "|\\b(?:tu|su|el|mi|votre|ta|la|ton|le|il|tuo|vostro|o|seu|je|uw|de|ihre|deine|die)\\s+(?:pedido|commande|ordine|encomenda|reserva|r(?:e|é)servation|prenotazione|bestelling|boeking|bestellung|buchung)"
              + "|\\bn(?:u|ú)m(?:e|é)ro\\s+(?:de|du|do|da|di|del|della|dell'|d'|de\\s+la)\\s*(?:la\\s+|le\\s+|el\\s+)?"
              + "(?:commande|pedido|reserva|r(?:e|é)servation|ordine|encomenda|prenotazione|dossier|suivi|seguimiento"
              + "|factura|facture|fattura|fatura|contrato|contrat|contratto|cliente|client|socio|rastreio))"
              + "\\s*(?:ist|is|es|est|é|e|era|war|:|-)?\\s*#?\\s*$");

  /** Words that name a payment card; near the value they outweigh a reference label ("the card number on the booking is …"). */
  static final Pattern CARD_CUE =
      Pattern.compile("(?i)\\b(?:(?:the|your|bank|payment|debit|credit)\\s+card|visa|mastercard|amex)\\b");

  /** Labelled as a reference before the value, or named one right after it. */
  static boolean namedAsReference(String text, int start, int end) {
    return labelledAsReference(text, start) || REFERENCE_LABEL_AFTER.matcher(after(text, end)).find();
  }

  /**
   * Named as a reference, unless the words just before name the kind itself: "the SSN on the
   * claim is …", "the postcode on your booking is …" stay what they say they are.
   */
  static boolean namedAsReference(String text, int start, int end, Pattern kindCue) {
    if (!namedAsReference(text, start, end)) {
      return false;
    }
    String before = before(text, start);
    int lastCueEnd = -1;
    Matcher cue = kindCue.matcher(before);
    while (cue.find()) {
      lastCueEnd = cue.end();
    }
    // "call us on … and quote order number …": a cue in an earlier clause says nothing of this value
    return lastCueEnd < 0 || CLAUSE_BREAK.matcher(before.substring(lastCueEnd)).find();
  }


  /** "the postcode on file is ls6 2qt": the word for the kind, in the same clause. */
  static boolean introducedAsPostcode(String text, int start) {
    String before = before(text, start);
    int lastCueEnd = -1;
    Matcher cue = POSTCODE_CUE.matcher(before);
    while (cue.find()) {
      lastCueEnd = cue.end();
    }
    return lastCueEnd >= 0 && !CLAUSE_BREAK.matcher(before.substring(lastCueEnd)).find();
  }

  static boolean introducedAsBrandLine(String text, int start) {
    return BRAND_LINE.matcher(before(text, start)).find();
  }

  static boolean introducedAsBrandEmail(String text, int start) {
    return BRAND_EMAIL.matcher(before(text, start)).find();
  }

  /** "the Fitzroy store at 301 Smith Street": a store's street is public, unless it is "your shop on …". */
  private static final String PREMISES_AT =
      "(?:store|shop|branch|showroom|restaurant|outlet|warehouse|depot|clinic|salon|cafe|service\\s+cent(?:re|er))\\s+(?:is\\s+)?(?:at|on)\\s*$";

  private static final Pattern STORE_AT = Pattern.compile("\\b" + PREMISES_AT);
  private static final Pattern YOUR_STORE_AT = Pattern.compile("\\byour\\s+(?:[a-z'’-]+\\s+){0,2}" + PREMISES_AT);

  static boolean introducedAsBrandPremises(String text, int start) {
    String before = before(text, start);
    return BRAND_PREMISES.matcher(before).find() || BRAND_MAILING_ADDRESS.matcher(before).find()
        || STORE_AT.matcher(before).find() && !YOUR_STORE_AT.matcher(before).find()
        || premisesAtAnAddress(text, start)
        || returnsGoTo(sentenceBefore(text, start));
  }

  /**
   * "The returns hub at Unit 9, Kingsway Park, Derby DE22 3FA": the postcode ends the
   * address of the premises, when nothing but capitalised names, numbers and commas lie between.
   */
  private static final Pattern PREMISES_AT_ADDRESS =
      Pattern.compile(
          "(?i:\\b(?:store|shop|branch|showroom|restaurant|outlet|warehouse|depot|clinic|salon|cafe|office|hub|service\\s+cent(?:re|er))\\s+(?:is\\s+)?(?:at|on))"
              + "\\s+(?:\\p{Lu}[\\p{L}'’.-]*|\\d{1,5}[A-Za-z]?)(?:,?\\s+(?:\\p{Lu}[\\p{L}'’.-]*|\\d{1,5}[A-Za-z]?)){0,8},?\\s+$");

  private static boolean premisesAtAnAddress(String text, int start) {
    int from = Math.max(0, start - 90);
    String window = text.substring(from, start);
    int newline = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r'));
    if (newline >= 0) {
      window = window.substring(newline + 1);
    }
    Matcher m = PREMISES_AT_ADDRESS.matcher(window);
    if (!m.find()) {
      return false;
    }
    // "your shop on …" is the customer's
    String lead = window.substring(0, m.start()).toLowerCase(java.util.Locale.ROOT);
    return !YOUR_BEFORE_PREMISES.matcher(lead).find();
  }

  private static final Pattern YOUR_BEFORE_PREMISES = Pattern.compile("\\byour\\s+(?:[a-z'’-]+\\s+){0,2}$");

  /**
   * "Returns can be posted to Marlow Returns, Unit 7, Castlegate Business Park, Northampton …",
   * "Returns go to …", "Post it back to our returns centre: …": where the customer sends returns is
   * the brand's address, however long the address before the value. "We'll send it back to …"
   * (the brand sending to the customer) is not.
   */
  private static final Pattern RETURNS_GO_TO =
      Pattern.compile(
          "(?:^|[^a-z'’])(?:returns?\\s+(?:can\\s+|should\\s+|must\\s+|will\\s+|may\\s+)?(?:be\\s+|are\\s+|is\\s+)?"
              + "(?:posted|sent|send|go|goes|going|mailed|shipped|dropped\\s+off|delivered|addressed)\\s+(?:back\\s+)?to"
              + "|returns?\\s+(?:address|centre|center|dept\\.?|department|unit|warehouse|depot)\\s*(?:is|:)"
              + "|^\\s*(?:please\\s+|just\\s+)?(?:send|post|return|mail|ship|pop)\\s+(?:it|them|this|these|the\\s+[a-z]+(?:\\s+[a-z]+)?)"
              + "\\s+back\\s+to)");

  private static final Pattern SECOND_CLAUSE = Pattern.compile("\\b(?:and|but|or|then|so|while|once|when)\\b");

  /** The sentence sends returns to an address that runs on to its end, with no second clause between. */
  private static boolean returnsGoTo(String sentence) {
    Matcher cue = RETURNS_GO_TO.matcher(sentence);
    int end = -1;
    while (cue.find()) {
      end = cue.end();
    }
    // "Returns go to the card, and the receipt went to 22 Oak Road …" sends the receipt elsewhere
    return end >= 0 && sentence.length() - end <= 140 && !SECOND_CLAUSE.matcher(sentence.substring(end)).find();
  }

  /** Lower-cased text from the start of the sentence that holds {@code start} (at most 200 characters). */
  private static String sentenceBefore(String text, int start) {
    int from = start;
    int limit = Math.max(0, start - 200);
    while (from > limit) {
      char c = text.charAt(from - 1);
      if (c == '\n' || c == '\r' || (c == '.' || c == '!' || c == '?') && from < text.length() && Character.isWhitespace(text.charAt(from))) {
        break;
      }
      from--;
    }
    return text.substring(from, start).toLowerCase(java.util.Locale.ROOT).replace('\u00a0', ' ');
  }

  /**
   * "Statement copies will go to accounts@…", "The invoice was addressed to accounts@…, the
   * billing contact on your business plan", "your finance mailbox, accounts@…": a role mailbox
   * (accounts@, billing@) that is the customer's own, where the brand sends their documents.
   */
  static boolean introducedAsCustomerMailbox(String text, int start, int end) {
    return CUSTOMER_MAILBOX_BEFORE.matcher(sentenceBefore(text, start)).find()
        || CUSTOMER_MAILBOX_AFTER.matcher(after(text, end)).find();
  }

  private static final Pattern CUSTOMER_MAILBOX_BEFORE =
      Pattern.compile(
          "\\b(?:statements?|invoices?|receipts?|bills?|copies|reminders?|notifications?|confirmations?|renewals?|paperwork"
              + "|correspondence|documents?|letters?|payslips?|remittances?|quotes?|e-?bills?|alerts?)\\b[^.!?@]{0,50}"
              + "\\b(?:go|goes|going|went|sent|addressed|emailed|e-mailed|delivered|come|coming|issued|forwarded|copied)\\s+(?:out\\s+)?to\\s*$"
              + "|\\byour\\s+(?:[a-z'’-]+\\s+){0,3}(?:email|e-mail|address|mailbox|inbox)\\s*(?:(?:is|was)\\s+(?:now\\s+|still\\s+)?|,\\s*|:\\s*|at\\s+|as\\s+)?$"
              // "we've updated the billing email to accounts@…"
              + "|\\b(?:updated?|changed?|set|switched)\\s+(?:the|your)\\s+(?:[a-z'’-]+\\s+){0,2}(?:email|e-mail|mailbox)\\s+(?:address\\s+)?to\\s*$");

  private static final Pattern CUSTOMER_MAILBOX_AFTER =
      Pattern.compile("^\\s*[,(–—-]\\s*(?:which\\s+is\\s+)?(?:your\\b|the\\s+[^.!?,]{0,40}\\b(?:on|in|for|of)\\s+your\\b)");

  /** Lower-cased text just before {@code start}, up to the start of its line. */
  private static String before(String text, int start) {
    int from = Math.max(0, start - WINDOW);
    String window = text.substring(from, start);
    int newline = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r'));
    if (newline >= 0) {
      window = window.substring(newline + 1);
    }
    return window.toLowerCase(java.util.Locale.ROOT).replace('\u00a0', ' ');
  }

  /** Lower-cased text just after {@code end}, up to the end of its line. */
  private static String after(String text, int end) {
    String window = text.substring(end, Math.min(text.length(), end + WINDOW));
    int newline = window.indexOf('\n');
    if (newline >= 0) {
      window = window.substring(0, newline);
    }
    return window.toLowerCase(java.util.Locale.ROOT).replace('\u00a0', ' ');
  }

  /** [start, end) pairs of URLs in the text, in order. */
  static List<int[]> urls(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = URL.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }
}
