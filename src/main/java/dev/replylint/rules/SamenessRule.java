package dev.replylint.rules;

import dev.replylint.history.EarlierReply;
import dev.replylint.history.Fingerprint;
import dev.replylint.history.SimilarityQuery;
import dev.replylint.text.Draft;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags a draft that is a near-copy of a reply the team already sent (the history given with
 * {@code --history}) or of another draft checked in the same run, and quotes the earlier reply.
 *
 * <p>Drafts are compared after normalisation, so a template filled in with another customer's
 * handle, name or order number still counts as the same reply; similarity is the exact Jaccard
 * overlap of word pairs. Replies that share only a greeting and a sign-off stay well below the
 * threshold, and short replies ("Thanks so much! ^JK") are exempt below {@code min-words}.
 */
@RuleInfo(
    id = "sameness",
    summary = "Flags a draft that is a near-copy of an earlier reply, quoting the reply it copies.",
    severity = Severity.WARNING,
    rationale = "Repeating the same canned words to every customer makes a brand sound automated, which is worse than a plain answer.",
    source =
        "seed 000: \"The last thing you want is to give the impression that the responses are automated\"; seed 003 #6; seed 002 #4")
public final class SamenessRule implements Rule {
  private static final Pattern WINDOW = Pattern.compile("(\\d{1,5})([hdw])");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int QUOTE_LENGTH = 72;

  /**
   * @param threshold least Jaccard similarity of normalised word pairs that counts as a copy
   * @param window how far back to look: {@code 90d}, {@code 12w}, {@code 48h}, or {@code all}
   * @param scope {@code team}: anyone's replies count; {@code agent}: only the same agent's
   * @param minWords drafts with fewer words are never flagged
   */
  public record Options(Double threshold, String window, String scope, Integer minWords) {
    public Options {
      threshold = threshold == null ? 0.6 : threshold;
      window = window == null ? "90d" : window;
      scope = scope == null ? "team" : scope;
      minWords = minWords == null ? 6 : minWords;
      if (!(threshold >= 0.3 && threshold <= 1.0)) {
        throw new InvalidOptionException("threshold", "must be between 0.3 and 1.0");
      }
      if (!window.equals("all") && !WINDOW.matcher(window).matches()) {
        throw new InvalidOptionException("window", "must be a number of hours, days or weeks (48h, 90d, 12w) or all");
      }
      if (!scope.equals("team") && !scope.equals("agent")) {
        throw new InvalidOptionException("scope", "must be team or agent");
      }
      if (minWords < 1) {
        throw new InvalidOptionException("min-words", "must be at least 1");
      }
    }

    /** The window as a duration, or null for {@code all}. */
    Duration windowDuration() {
      Matcher m = WINDOW.matcher(window);
      if (!m.matches()) {
        return null;
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "h" -> Duration.ofHours(n);
        case "w" -> Duration.ofDays(7 * n);
        default -> Duration.ofDays(n);
      };
    }
  }

  private final Options options;
  private final Duration window;

  public SamenessRule(Options options) {
    this.options = options;
    this.window = options.windowDuration();
  }

  @Override
  public List<Finding> check(Draft draft, RuleContext context) {
    Fingerprint fingerprint = Fingerprint.of(draft.text(), context.shared().placeholders());
    if (fingerprint.words() < options.minWords()) {
      return List.of();
    }
    Instant notBefore = window == null ? null : Instant.now().minus(window);
    String agent = options.scope().equals("agent") ? context.metadata().get("agent") : null;
    Optional<EarlierReply> match =
        context.history().closest(new SimilarityQuery(fingerprint, options.threshold(), notBefore, agent));
    if (match.isEmpty()) {
      return List.of();
    }
    EarlierReply earlier = match.get();
    String text = draft.text();
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int percent = (int) Math.floor(earlier.similarity() * 100);
    String like =
        earlier.sameRun()
            ? "like " + earlier.inputName() + " in this run"
            : "like a reply sent " + DAY.format(earlier.sentAt())
                + (earlier.agent() == null ? "" : " by " + earlier.agent())
                + " (#" + earlier.id() + ")";
    RuleContext.FindingBuilder finding =
        context
            .finding(draft, start, end, percent + "% " + like + ": \"" + quote(earlier.text()) + "\"")
            .property("similarity", Math.round(earlier.similarity() * 1000) / 1000.0)
            .property("earlier-text", earlier.text());
    if (earlier.sameRun()) {
      finding.property("earlier-input", earlier.inputName());
    } else {
      finding.property("earlier-id", earlier.id()).property("earlier-sent-at", earlier.sentAt().toString());
      if (earlier.agent() != null) {
        finding.property("earlier-agent", earlier.agent());
      }
    }
    return List.of(finding.build());
  }

  /** The earlier reply on one line, cut at a word near {@value #QUOTE_LENGTH} characters. */
  static String quote(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    if (oneLine.length() <= QUOTE_LENGTH) {
      return oneLine;
    }
    int cut = oneLine.lastIndexOf(' ', QUOTE_LENGTH);
    if (cut < QUOTE_LENGTH / 2) {
      cut = oneLine.offsetByCodePoints(0, oneLine.codePointCount(0, QUOTE_LENGTH));
    }
    return oneLine.substring(0, cut) + "...";
  }
}
