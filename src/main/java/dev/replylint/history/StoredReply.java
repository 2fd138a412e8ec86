package dev.replylint.history;

import java.time.Instant;

/** A recorded reply as export reads it back. */
public record StoredReply(
    long id, String text, String normalised, String agent, String channel, Instant sentAt, String source) {}
