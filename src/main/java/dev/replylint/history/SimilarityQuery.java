package dev.replylint.history;

import java.time.Instant;

/**
 * What to look for: replies whose exact Jaccard similarity to {@code draft} is at least
 * {@code threshold}, sent at or after {@code notBefore} (null: any time), by {@code agent} (null:
 * anyone on the team).
 */
public record SimilarityQuery(Fingerprint draft, double threshold, Instant notBefore, String agent) {}
