package dev.replylint.history;

import java.time.Instant;

/** A reply to record; agent, channel and source may be null. */
public record NewReply(String text, String agent, String channel, Instant sentAt, String source) {
  public NewReply {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a reply needs text");
    }
    if (sentAt == null) {
      throw new IllegalArgumentException("a reply needs its sent-at time");
    }
  }
}
