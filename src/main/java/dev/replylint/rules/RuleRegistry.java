package dev.replylint.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules a linter can run, by id, in a stable (alphabetical) order. */
public final class RuleRegistry {
  private final Map<String, RuleType<?>> byId = new LinkedHashMap<>();

  public RuleRegistry(List<RuleType<?>> types) {
    types.stream()
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .forEach(
            t -> {
              if (byId.putIfAbsent(t.id(), t) != null) {
                throw new IllegalArgumentException("two rules with id " + t.id());
              }
            });
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
