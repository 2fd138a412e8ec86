package dev.replylint.rules;

import java.util.Objects;
import java.util.function.Function;

/**
 * A registry entry: a rule class, the record its policy options bind to, and how to build the
 * rule from them. The metadata is read from the class's {@link RuleInfo}.
 */
public final class RuleType<O> {
  private final Class<? extends Rule> ruleClass;
  private final Class<O> optionsType;
  private final Function<O, ? extends Rule> factory;
  private final String id;
  private final Severity defaultSeverity;
  private volatile RuleInfo info;

  private RuleType(Class<? extends Rule> ruleClass, Class<O> optionsType, Function<O, ? extends Rule> factory) {
    this.ruleClass = ruleClass;
    this.optionsType = optionsType;
    this.factory = factory;
    // From the build's index when it knows the class: reading the annotation costs start-up.
    String indexedId = RuleIndex.id(ruleClass);
    Severity indexedSeverity = RuleIndex.severity(ruleClass);
    this.id = indexedId != null ? indexedId : info().id();
    this.defaultSeverity = indexedSeverity != null ? indexedSeverity : info().severity();
  }

  public static <O> RuleType<O> of(
      Class<? extends Rule> ruleClass, Class<O> optionsType, Function<O, ? extends Rule> factory) {
    return new RuleType<>(ruleClass, optionsType, factory);
  }

  public String id() {
    return id;
  }

  /** The severity a policy that does not set one gets ({@link RuleInfo#severity()}). */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  public RuleInfo info() {
    RuleInfo read = info;
    if (read == null) {
      read = Objects.requireNonNull(ruleClass.getAnnotation(RuleInfo.class), ruleClass.getName() + " lacks @RuleInfo");
      info = read;
    }
    return read;
  }

  public Class<? extends Rule> ruleClass() {
    return ruleClass;
  }

  public Class<O> optionsType() {
    return optionsType;
  }

  public Rule create(Object options) {
    return factory.apply(optionsType.cast(options));
  }
}
