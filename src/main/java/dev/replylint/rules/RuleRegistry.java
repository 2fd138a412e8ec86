package dev.replylint.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The rules a linter can run, by id, in a stable (alphabetical) order. */
public final class RuleRegistry {
  private final Map<String, RuleType<?>> byId = new LinkedHashMap<>();

  public RuleRegistry(List<RuleType<?>> types) {
    // Loops, not streams and lambdas: this runs in every check's start-up, and on JDK 17 the first
    // lambdas of a run cost milliseconds each to link (see README "Performance").
    Map<String, RuleType<?>> sorted = new TreeMap<>();
    for (RuleType<?> t : types) {
      if (sorted.putIfAbsent(t.id(), t) != null) {
        throw new IllegalArgumentException("two rules with id " + t.id());
      }
    }
    byId.putAll(sorted);
  }

  public Optional<RuleType<?>> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<RuleType<?>> all() {
    return byId.values();
  }

  public java.util.Set<String> ids() {
    return byId.keySet();
  }
}
