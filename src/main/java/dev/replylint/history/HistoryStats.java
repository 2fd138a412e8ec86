package dev.replylint.history;

import java.time.Instant;

/**
 * What a history holds.
 *
 * @param distinctTexts replies that still differ once normalised (the rows the index holds)
 * @param oldest null when empty
 * @param newest null when empty
 */
public record HistoryStats(
    String location, int schemaVersion, long replies, long distinctTexts, long agents, Instant oldest, Instant newest) {}
