package dev.replylint.rules.privatedata;

/**
 * Payment card numbers: 13–19 digits that pass the Luhn check and start with a known issuer's
 * range. The issuer ranges keep Luhn-valid order or invoice numbers (one in ten passes by chance)
 * from being reported as cards.
 */
final class PaymentCards {
  private PaymentCards() {}

  static boolean isCardNumber(String digits) {
    int n = digits.length();
    return n >= 13 && n <= 19 && knownIssuer(digits) && luhnValid(digits);
  }

  static boolean luhnValid(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /** Issuer identification ranges of the networks that issue cards to consumers. */
  static boolean knownIssuer(String d) {
    int n = d.length();
    int p2 = Integer.parseInt(d.substring(0, 2));
    int p3 = Integer.parseInt(d.substring(0, 3));
    int p4 = Integer.parseInt(d.substring(0, 4));
    int p6 = Integer.parseInt(d.substring(0, 6));
    if (d.charAt(0) == '4') {
      return n == 13 || n == 16 || n == 19; // Visa
    }
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
      return n == 16; // Mastercard
    }
    if (p2 == 34 || p2 == 37) {
      return n == 15; // American Express
    }
    if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925)) {
      return n >= 16; // Discover
    }
    if (p4 >= 3528 && p4 <= 3589) {
      return n >= 16; // JCB
    }
    if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39 || p4 == 3095) {
      return n >= 14; // Diners Club
    }
    if (p2 == 62) {
      return n >= 16; // UnionPay
    }
    if (p4 >= 2200 && p4 <= 2204) {
      return n >= 16; // Mir
    }
    if (p4 == 5018 || p4 == 5020 || p4 == 5038 || p4 == 5893 || p4 == 6304 || p4 == 6759
        || (p4 >= 6761 && p4 <= 6763)) {
      return n >= 12; // Maestro's own ranges only: its wider 5x/6x space is mostly not cards
    }
    return false;
  }
}
