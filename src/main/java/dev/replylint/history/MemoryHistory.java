package dev.replylint.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Earlier replies held in memory and compared one by one: the other drafts of one run (a script
 * library, an audit batch), fixtures, and the brute-force baseline the LSH index is measured
 * against. Immutable once built.
 */
public final class MemoryHistory implements HistoryLookup {
  private record Entry(Fingerprint fingerprint, EarlierReply reply) {}

  private final List<Entry> entries;
  private final String excluded;

  private MemoryHistory(List<Entry> entries, String excluded) {
    this.entries = entries;
    this.excluded = excluded;
  }

  /** Builds a history from replies and the fingerprints they were normalised to. */
  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    public Builder add(Fingerprint fingerprint, EarlierReply reply) {
      entries.add(new Entry(fingerprint, reply));
      return this;
    }

    public MemoryHistory build() {
      return new MemoryHistory(List.copyOf(entries), null);
    }
  }

  public int size() {
    return entries.size();
  }

  @Override
  public Optional<EarlierReply> closest(SimilarityQuery query) {
    EarlierReply best = null;
    for (Entry e : entries) {
      EarlierReply r = e.reply();
      if (excluded != null && excluded.equals(r.inputName())) {
        continue;
      }
      if (query.notBefore() != null && r.sentAt() != null && r.sentAt().isBefore(query.notBefore())) {
        continue;
      }
      if (query.agent() != null && !Objects.equals(query.agent(), r.agent())) {
        continue;
      }
      double similarity = query.draft().jaccard(e.fingerprint());
      if (similarity >= query.threshold() && (best == null || similarity > best.similarity())) {
        best = new EarlierReply(r.id(), r.inputName(), r.text(), r.agent(), r.channel(), r.sentAt(), similarity);
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public HistoryLookup excluding(String inputName) {
    return new MemoryHistory(entries, inputName);
  }
}
