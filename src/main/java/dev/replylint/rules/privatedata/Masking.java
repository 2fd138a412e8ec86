package dev.replylint.rules.privatedata;

/** Masked forms of private values, for suggestions: never more than the last few characters. */
final class Masking {
  private Masking() {}

  static String digitsOnly(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code ****1234}: the last {@code keep} characters of the alphanumerics, the rest hidden. */
  static String keepLast(String value, int keep) {
    StringBuilder alnum = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        alnum.append(c);
      }
    }
    if (alnum.length() <= keep * 2) {
      return "****";
    }
    return "****" + alnum.substring(alnum.length() - keep);
  }

  /** {@code s***@example.com}: the first character of the local part and the domain. */
  static String email(String value) {
    int at = value.indexOf('@');
    if (at <= 0) {
      return "****";
    }
    return value.charAt(0) + "***" + value.substring(at);
  }

  /** {@code ***-**-1234}, the form US agencies print themselves. */
  static String ssn(String value) {
    String digits = digitsOnly(value);
    return "***-**-" + digits.substring(digits.length() - 4);
  }
}
