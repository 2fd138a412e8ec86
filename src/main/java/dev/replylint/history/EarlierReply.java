package dev.replylint.history;

import java.time.Instant;

/**
 * A reply the draft resembles: a recorded one (with its store id) or another draft of the same
 * run (with its input name and no id).
 *
 * @param id the store's id, or 0 for a draft of the same run
 * @param inputName the other draft's name in this run, or null for a recorded reply
 * @param agent who sent it, or null when unknown
 * @param sentAt when it was sent, or null for a draft of the same run
 */
public record EarlierReply(
    long id, String inputName, String text, String agent, String channel, Instant sentAt, double similarity) {
  public boolean sameRun() {
    return inputName != null;
  }
}
