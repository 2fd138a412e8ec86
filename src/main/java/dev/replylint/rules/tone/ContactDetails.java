package dev.replylint.rules.tone;

import dev.replylint.text.Draft;
import dev.replylint.text.Words;
import java.util.Set;

/** Links, email addresses and phone numbers in a draft: ways to continue, found without models. */
public final class ContactDetails {
  private static final Set<String> LINK_ENDINGS = Set.of("com", "co", "ly", "org", "net", "io", "help", "support", "uk", "me", "gl");

  private ContactDetails() {}

  /** A URL, or a bare domain with a path or a common ending ("help.acme.com/x", "bit.ly/x"). */
  public static boolean hasLink(Draft draft) {
    for (Words w : draft.scannedSentences()) {
      for (int i = 0; i < w.size(); i++) {
        String f = w.form(i);
        if (f.startsWith("http") || f.startsWith("www.")) {
          return true;
        }
        if (i + 2 < w.size() && w.form(i + 1).equals(".") && w.start(i + 1) == w.end(i) && w.start(i + 2) == w.end(i + 1)
            && (LINK_ENDINGS.contains(w.form(i + 2)) || followedByPath(draft.text(), w.end(i + 2))) && !isEmail(w, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A slash glued to the domain and a path after it: "brand.example/help" with any ending. */
  private static boolean followedByPath(String text, int at) {
    return at + 1 < text.length() && text.charAt(at) == '/' && Character.isLetterOrDigit(text.charAt(at + 1));
  }

  /** An email address ("help@acme.com") or a phone number (seven digits or more in a run). */
  public static boolean hasEmailOrPhone(Draft draft) {
    for (Words w : draft.scannedSentences()) {
      for (int i = 0; i < w.size(); i++) {
        if (isEmail(w, i)) {
          return true;
        }
      }
    }
    return phoneNumberIn(draft.text());
  }

  /** Word i is the "@domain" part of an address glued to the word before it. */
  private static boolean isEmail(Words w, int i) {
    String f = w.form(i);
    return f.startsWith("@") && f.length() > 1 && i > 0 && w.end(i - 1) == w.start(i);
  }

  private static boolean phoneNumberIn(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
        if (digits >= 7) {
          return true;
        }
      } else if (" -.()+".indexOf(c) < 0) {
        digits = 0;
      }
    }
    return false;
  }
}
