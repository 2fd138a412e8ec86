package dev.replylint.rules.privatedata;

import java.util.Map;
import java.util.TreeMap;

/**
 * Non-overlapping [start, end) ranges with O(log n) overlap and containment queries, so a draft
 * with tens of thousands of matches (a 1 MB paste of addresses) stays linear-ish, not quadratic.
 */
final class Spans {
  private final TreeMap<Integer, Integer> byStart = new TreeMap<>();

  /** Adds a range that overlaps none already held. */
  void add(int start, int end) {
    byStart.put(start, end);
  }

  boolean overlaps(int start, int end) {
    Map.Entry<Integer, Integer> before = byStart.floorEntry(start);
    if (before != null && before.getValue() > start) {
      return true;
    }
    Map.Entry<Integer, Integer> after = byStart.ceilingEntry(start);
    return after != null && after.getKey() < end;
  }

  /** True when one held range contains [start, end) whole. */
  boolean contains(int start, int end) {
    Map.Entry<Integer, Integer> before = byStart.floorEntry(start);
    return before != null && before.getValue() >= end;
  }
}
