package dev.replylint.cli;

import dev.replylint.DraftInput;
import dev.replylint.history.EarlierReply;
import dev.replylint.history.Fingerprint;
import dev.replylint.history.HistoryLookup;
import dev.replylint.history.MemoryHistory;
import dev.replylint.history.NewReply;
import dev.replylint.policy.Policy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code check} takes for the history: where it is, whether to record, and who sends the drafts. */
final class HistoryCheckOptions {
  @Mixin HistoryOption history = new HistoryOption();

  @Option(names = "--record", description = "Record each draft that passes (no finding at or above the fail level) in the history.")
  boolean record;

  @Option(
      names = "--agent",
      paramLabel = "NAME",
      description = "Who sends the drafts (initials or name); with sameness scope: agent, only their own replies count.")
  String agent;

  @Option(names = "--channel", paramLabel = "NAME", description = "Where the drafts go (twitter, facebook, …), recorded with them.")
  String channel;

  /** The drafts' facts for rules: {@code agent} and {@code channel} when given. */
  Map<String, String> metadata() {
    Map<String, String> metadata = new HashMap<>();
    if (agent != null) {
      metadata.put("agent", agent);
    }
    if (channel != null) {
      metadata.put("channel", channel);
    }
    return metadata;
  }

  NewReply toRecord(DraftInput draft) {
    return new NewReply(draft.text().strip(), agent, channel, Instant.now(), "check " + draft.name());
  }

  /** The drafts of one run as each other's history; nothing to compare when there is only one. */
  static HistoryLookup runDrafts(List<DraftInput> drafts, Policy policy) {
    if (drafts.size() < 2) {
      return HistoryLookup.NONE;
    }
    MemoryHistory.Builder run = MemoryHistory.builder();
    for (DraftInput d : drafts) {
      run.add(
          Fingerprint.of(d.text(), policy.shared().placeholders()),
          new EarlierReply(0, d.name(), d.text(), d.metadata().get("agent"), d.metadata().get("channel"), null, 0));
    }
    return run.build();
  }
}
