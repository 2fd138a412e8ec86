package dev.replylint.rules.privatedata;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.re2j.Pattern;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The brand's own public contacts from the policy's {@code allow:} and {@code allow-patterns:}: a
 * support address or hotline is never a finding, however it is written ("+44 20 7946 0123" and
 * "020 7946 0123" are the same line).
 */
final class PublicValues {
  private final Set<String> literals = new HashSet<>();
  private final Set<String> phoneNumbers = new HashSet<>();
  private final List<Pattern> patterns;

  PublicValues(List<String> allow, List<Pattern> patterns, List<String> regions) {
    this.patterns = List.copyOf(patterns);
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    for (String value : allow) {
      literals.add(normalise(value));
      for (String region : regions) {
        try {
          PhoneNumber number = util.parse(value, region);
          phoneNumbers.add(phoneKey(number));
        } catch (NumberParseException notAPhoneNumber) {
          // an e-mail address, URL or reference: compared as a literal only
        }
      }
    }
  }

  static String phoneKey(PhoneNumber number) {
    return number.getCountryCode() + ":" + number.getNationalNumber();
  }

  boolean isPublic(String value) {
    if (literals.contains(normalise(value))) {
      return true;
    }
    for (Pattern p : patterns) {
      if (p.matcher(value).find()) {
        return true;
      }
    }
    return false;
  }

  boolean isPublicPhone(PhoneNumber number, String raw) {
    return phoneNumbers.contains(phoneKey(number)) || isPublic(raw);
  }

  /** Case, spaces and punctuation do not matter when comparing with the allow list. */
  private static String normalise(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '@' || c == '.') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
