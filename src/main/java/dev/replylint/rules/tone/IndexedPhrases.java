package dev.replylint.rules.tone;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * A compiled lexicon, as an immutable list, with an index from word forms to the entries' required
 * words, so the first cut of {@link PhraseFinder} (which entries could occur in this draft at all)
 * costs one lookup per distinct word of the draft instead of a walk over every entry's word sets:
 * on the brand replies that walk was about a third of the whole default policy's time.
 */
final class IndexedPhrases extends AbstractList<CompiledPhrase> implements RandomAccess {
  private final List<CompiledPhrase> phrases;
  /** For each word form, the required-word slots it fills, as (entry, slot) pairs: entry at even, slot at odd. */
  private final Map<String, int[]> slotsOfForm;
  /** Two bits per indexed form (a Bloom filter): a form with either bit clear is in no entry. */
  private final long[] formBits;
  private final int formBitMask;
  /** How many required words each entry has. */
  private final int[] requiredCount;
  private final int slotCount;
  /** Entries without a required word (all optional or tag-only): candidates in every draft. */
  private final int[] alwaysCandidates;

  IndexedPhrases(List<CompiledPhrase> phrases) {
    this.phrases = List.copyOf(phrases);
    this.requiredCount = new int[this.phrases.size()];
    Map<String, List<Integer>> slots = new HashMap<>();
    List<Integer> always = new ArrayList<>();
    int slot = 0;
    for (int i = 0; i < this.phrases.size(); i++) {
      List<Set<String>> required = this.phrases.get(i).match().requiredForms();
      requiredCount[i] = required.size();
      if (required.isEmpty()) {
        always.add(i);
      }
      for (Set<String> alternatives : required) {
        for (String form : alternatives) {
          List<Integer> pairs = slots.computeIfAbsent(form, f -> new ArrayList<>());
          pairs.add(i);
          pairs.add(slot);
        }
        slot++;
      }
    }
    this.slotCount = slot;
    this.alwaysCandidates = always.stream().mapToInt(Integer::intValue).toArray();
    Map<String, int[]> index = new HashMap<>();
    slots.forEach((form, list) -> index.put(form, list.stream().mapToInt(Integer::intValue).toArray()));
    // a private map never handed out: an unmodifiable wrapper would only add a call per lookup
    this.slotsOfForm = index;
    // most of a draft's words are in no entry, and a miss in a map of thousands of forms is a
    // cache miss; a bit set of a few KB answers most of them first
    int bits = Integer.highestOneBit(Math.max(64, index.size() * 16) - 1) << 1;
    this.formBits = new long[bits >>> 6];
    this.formBitMask = bits - 1;
    for (String form : index.keySet()) {
      int h = form.hashCode();
      formBits[(h & formBitMask) >>> 6] |= 1L << (h & 63);
      int g = spread(h);
      formBits[(g & formBitMask) >>> 6] |= 1L << (g & 63);
    }
  }

  private static int spread(int h) {
    return Integer.rotateLeft(h * 0x9E3779B9, 16);
  }

  @Override
  public CompiledPhrase get(int index) {
    return phrases.get(index);
  }

  @Override
  public int size() {
    return phrases.size();
  }

  /**
   * The entries every required word of which occurs among {@code forms} (distinct, with their
   * {@code hashCode}s in {@code hashes}), in list order: the same
   * as testing {@link TokenPattern#couldMatch} on each, at a cost that grows with the draft's
   * words and the entries they touch, not with the size of the lexicon.
   */
  List<CompiledPhrase> candidates(String[] forms, int[] hashes) {
    boolean[] filled = new boolean[slotCount];
    int[] filledCount = new int[phrases.size()];
    int[] found = new int[phrases.size()];
    int n = 0;
    for (int i : alwaysCandidates) {
      found[n++] = i;
    }
    for (int f = 0; f < forms.length; f++) {
      int h = hashes[f];
      int g = spread(h);
      if ((formBits[(h & formBitMask) >>> 6] & 1L << (h & 63)) == 0 || (formBits[(g & formBitMask) >>> 6] & 1L << (g & 63)) == 0) {
        continue;
      }
      int[] pairs = slotsOfForm.get(forms[f]);
      if (pairs == null) {
        continue;
      }
      for (int k = 0; k < pairs.length; k += 2) {
        int entry = pairs[k];
        int slot = pairs[k + 1];
        if (!filled[slot]) {
          filled[slot] = true;
          if (++filledCount[entry] == requiredCount[entry]) {
            found[n++] = entry;
          }
        }
      }
    }
    if (n == 0) {
      return List.of();
    }
    Arrays.sort(found, 0, n);
    List<CompiledPhrase> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(phrases.get(found[k]));
    }
    return out;
  }
}
