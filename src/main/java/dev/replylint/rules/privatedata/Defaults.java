package dev.replylint.rules.privatedata;

import dev.replylint.rules.privatedata.RequestDetector.DataNoun;
import java.util.List;

/** The word lists the rule ships with; a policy may replace each list whole. */
public final class Defaults {
  private Defaults() {}

  public static final String PRIVATE_CHANNEL_PHRASE = "Please send us a DM so we can look into this privately.";

  /**
   * Data a brand must not ask for in public, as phrases in base form. Ambiguous words are only
   * listed with what makes them private: "email" alone is often a message ("did you get our
   * email?"), so it needs "your email", "email address", "the email on/linked to …".
   */
  public static final List<DataNoun> REQUESTED_DATA =
      List.of(
          new DataNoun(
              "email",
              List.of("email address", "mail address", "email addy", "your email", "email on", "email associate", "email link",
                  "email register", "email use", "email tie", "email attach", "email connect", "best email", "email to reach", "what email",
                  "which email", "booking email", "account email", "login email", "membership email", "member email",
                  "sign-up email", "signup email", "order email", "billing email", "contact email", "acct email", "registered email")),
          new DataNoun(
              "phone",
              List.of("phone number", "telephone number", "mobile number", "cell number", "cellphone number",
                  "contact number", "your number", "best number", "number to reach", "number to call", "what number",
                  "number to ring", "number to text", "number reach you", "number call you", "number ring you",
                  "number text you", "number contact you",
                  "which number", "your phone", "your mobile", "your cell", "landline", "home phone number", "registered mobile",
                  "registered phone", "acct mobile", "account mobile", "what mobile", "which mobile")),
          new DataNoun(
              "card",
              List.of("card number", "card detail", "card info", "card information", "card digit", "payment detail",
                  "payment info", "payment information", "billing detail", "billing info", "billing information",
                  "last 4 digit", "last four digit", "last 4", "last four", "cvv", "cvc", "cvv2", "security code",
                  "expiry date", "expiration date", "card expiry", "expiry on", "name on the card", "name on your card",
                  "cardholder name", "card holder name", "name of the cardholder", "name of the card holder", "long number", "number on the card", "number on the front",
                  "final 4 digit", "final four digit",
                  "photo of your card", "photo of the card", "picture of your card", "picture of the card", "pic of your card",
                  "pic of the card", "image of your card", "image of the card",
                  "photo of the front", "photo of your bank card", "number of the card",
                  "number of your card", "digit of the card", "digit of your card", "digit on the back", "number on the back",
                  "code on the back")),
          new DataNoun(
              "bank",
              List.of("bank detail", "banking detail", "bank info", "bank account", "iban", "sort code",
                  "routing number")),
          new DataNoun(
              "account",
              List.of("account number", "account no", "acct number", "acct no", "acct num", "account num", "acc number", "acc num", "account id", "account detail", "account info",
                  "account information", "login detail", "login credential", "password", "pin", "passcode",
                  "security question", "security answer", "verification code", "one-time code", "otp",
                  "customer number", "customer id", "client number", "client id", "user id", "customer reference", "acct #",
                  "answer to security question", "security question answer", "member number", "member id", "membership number", "loyalty number",
                  "rewards number", "frequent flyer number", "policy number", "club number", "club card number",
                  "points number", "membership id", "miles number", "loyalty id", "rewards id", "first pet", "memorable word", "memorable information", "memorable date",
                  "memorable phrase", "security word", "secret word", "secret answer", "secret question", "one time code",
                  "onetime code", "one time passcode", "onetime passcode", "sms code", "text code", "login code",
                  "access code", "authentication code", "2fa code", "pin number", "security pin", "security detail",
                  "username and password", "digit code", "sixdigit code", "6digit code", "code from the text",
                  "code from the sms", "code in the text", "code in the sms", "code from the email", "code we text",
                  "code we sent", "code we send", "code we email")),
          new DataNoun(
              "identity",
              List.of("date of birth", "dob", "birth date", "birthdate", "social security number", "social security",
                  "ssn", "passport number", "driver's license", "drivers license", "driving licence",
                  "license number", "licence number", "national insurance number", "ni number", "tax id", "full name",
                  "your birthday", "registration number", "reg number", "number plate", "licence plate", "license plate",
                  "car reg", "vehicle reg", "reg of the car", "reg of your car", "reg on the car", "reg on your car", "reg of the vehicle", "vehicle registration",
                  "name is the booking", "name is the reservation", "name is the order", "name on the booking", "name on the reservation", "name on the order",
                  "booking name", "lead passenger name",
                  "name on the account", "account holder name", "name of the account holder", "policyholder name",
                  "name of the policyholder", "maiden name", "id number", "surname", "last name",
                  "family name")),
          new DataNoun(
              "address",
              List.of("home address", "postal address", "mailing address", "shipping address", "billing address",
                  "delivery address", "street address", "your address", "full address", "address on",
                  "address associate", "address link", "postcode", "post code", "postal code", "zip code", "zipcode",
                  "your zip", "billing zip", "billing postcode", "billing post code", "what zip", "eircode", "your addy", "home addy", "postal addy", "what address", "which address", "house number", "street name")),
          new DataNoun(
              "reference",
              List.of("order number", "order no", "order id", "order reference", "booking reference", "booking number",
                  "booking ref", "confirmation number", "confirmation code", "reservation number",
                  "reservation code", "ticket number", "case number", "reference number", "tracking number",
                  "claim number", "invoice number", "receipt number", "record locator", "reference on",
                  "reference from", "ref number", "ref on")),
          new DataNoun(
              "personal",
              List.of("personal detail", "personal info", "personal information", "contact detail", "contact info",
                  "contact information", "your detail", "your deets")));

  /** Public requests in other languages: {@link OtherLanguageDefaults}. */
  public static final java.util.Map<String, OtherLanguageRequests.LanguageCues> OTHER_LANGUAGES = OtherLanguageDefaults.LANGUAGES;

  /**
   * Words that route an answer to a private channel. "us" is matched as written or by its lemma
   * ("we"), so "message us" and "DM us" both read.
   */
  public static final List<String> PRIVATE_CHANNEL_CUES =
      List.of(
          "dm", "direct message", "private message", "privately", "in private", "pm", "inbox", "message us", "message me",
          "send us a message", "secure", "securely", "link", "form", "portal", "chat", "messenger", "whatsapp",
          "a quick message", "drop us a message", "drop us a line", "email us", "mail us", "by email", "via email", "call us", "call our", "ring our", "phone our", "give us a call",
          "give us a ring", "over the phone",
          "by phone", "on the phone", "phone us", "ring us", "when you call", "when you ring", "when you phone",
          "when calling", "on the call", "in the app", "via the app", "through the app",
          "in store", "follow us", "private", "click", "text us", "by text", "via text", "text message", "sms");
}
