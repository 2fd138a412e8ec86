package dev.replylint.rules.tone;

import java.util.AbstractList;
import java.util.ArrayList;
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
  /** Slots of entry {@code i}: {@code slotStart[i]} to {@code slotStart[i + 1]}. */
  private final int[] slotStart;
  private final Map<String, int[]> slotsOfForm;

  IndexedPhrases(List<CompiledPhrase> phrases) {
    this.phrases = List.copyOf(phrases);
    this.slotStart = new int[this.phrases.size() + 1];
    Map<String, List<Integer>> slots = new HashMap<>();
    int slot = 0;
    for (int i = 0; i < this.phrases.size(); i++) {
      slotStart[i] = slot;
      for (Set<String> alternatives : this.phrases.get(i).match().requiredForms()) {
        for (String form : alternatives) {
          slots.computeIfAbsent(form, f -> new ArrayList<>()).add(slot);
        }
        slot++;
      }
    }
    slotStart[this.phrases.size()] = slot;
    Map<String, int[]> index = new HashMap<>();
    slots.forEach((form, list) -> index.put(form, list.stream().mapToInt(Integer::intValue).toArray()));
    this.slotsOfForm = Map.copyOf(index);
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
   * The entries every required word of which occurs among {@code forms}, in list order: the same
   * as testing {@link TokenPattern#couldMatch} on each.
   */
  List<CompiledPhrase> candidates(Set<String> forms) {
    boolean[] present = new boolean[slotStart[phrases.size()]];
    for (String form : forms) {
      int[] slots = slotsOfForm.get(form);
      if (slots != null) {
        for (int s : slots) {
          present[s] = true;
        }
      }
    }
    List<CompiledPhrase> out = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      boolean all = true;
      for (int s = slotStart[i]; s < slotStart[i + 1] && all; s++) {
        all = present[s];
      }
      if (all) {
        out.add(phrases.get(i));
      }
    }
    return out;
  }
}
