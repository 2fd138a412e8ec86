package dev.replylint.policy;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

/**
 * A rule's options record with every default, made by calling its canonical constructor with nulls
 * — what binding an empty mapping through Jackson gives (a test compares the two for every
 * built-in rule), without starting Jackson's object mapper, which costs a check tens of
 * milliseconds of start-up when every rule in the policy is left at its defaults.
 */
final class OptionDefaults {
  private OptionDefaults() {}

  /**
   * The defaults, or null when this shortcut does not apply (not a record, a primitive component,
   * or a constructor that rejects its defaults) and Jackson must bind, and report, as usual.
   */
  static Object of(Class<?> optionsType) {
    if (!optionsType.isRecord()) {
      return null;
    }
    RecordComponent[] components = optionsType.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      if (types[i].isPrimitive()) {
        return null;
      }
    }
    try {
      Constructor<?> canonical = optionsType.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(new Object[components.length]);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
