package dev.replylint.history;

import java.util.Optional;

/**
 * Where the {@code sameness} rule looks for earlier replies: the recorded history, the other
 * drafts of the same run, or both. Implementations are thread-safe; a lookup may read a database
 * but never writes, so rules that use it stay free of side effects.
 */
public interface HistoryLookup {
  /** No history at all: every draft is new. */
  HistoryLookup NONE = query -> Optional.empty();

  /** The earlier reply most like the draft, at or above the query's threshold. */
  Optional<EarlierReply> closest(SimilarityQuery query);

  /**
   * This lookup as seen from the draft named {@code inputName}: a run's drafts are compared with
   * each other, never with themselves.
   */
  default HistoryLookup excluding(String inputName) {
    return this;
  }

  /** Looks in both and answers with the more similar reply (the first one's on a tie). */
  static HistoryLookup both(HistoryLookup first, HistoryLookup second) {
    if (first == NONE) {
      return second;
    }
    if (second == NONE) {
      return first;
    }
    return new HistoryLookup() {
      @Override
      public Optional<EarlierReply> closest(SimilarityQuery query) {
        Optional<EarlierReply> a = first.closest(query);
        Optional<EarlierReply> b = second.closest(query);
        if (a.isEmpty() || b.isEmpty()) {
          return a.isEmpty() ? b : a;
        }
        return b.get().similarity() > a.get().similarity() ? b : a;
      }

      @Override
      public HistoryLookup excluding(String inputName) {
        return both(first.excluding(inputName), second.excluding(inputName));
      }
    };
  }
}
