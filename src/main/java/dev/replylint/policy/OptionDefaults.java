package dev.replylint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule's options record made without Jackson's object mapper, which costs a check a large part
 * of its start-up: by calling the record's canonical constructor with what the policy says, when
 * what it says is plain — strings, true/false, whole numbers, decimals and lists of strings, each
 * under one of the record's components in kebab-case. Anything else (a key that is no component, a
 * value of another shape, a constructor that rejects the values) gets null here, and Jackson binds
 * and reports it as before. Tests compare both for every rule and bundled policy.
 */
final class OptionDefaults {
  private static final PropertyNamingStrategies.NamingBase KEBAB_CASE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.KEBAB_CASE;

  private OptionDefaults() {}

  /** The record with every default: what binding an empty mapping gives. */
  static Object of(Class<?> optionsType) {
    return bind(optionsType, null);
  }

  /** The record bound from the options mapping (null or empty for defaults), or null: ask Jackson. */
  static Object bind(Class<?> optionsType, ObjectNode options) {
    if (!optionsType.isRecord()) {
      return null;
    }
    RecordComponent[] components = optionsType.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    int bound = 0;
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      if (types[i].isPrimitive()) {
        return null;
      }
      JsonNode node = options == null ? null : options.get(KEBAB_CASE.translate(components[i].getName()));
      if (node != null) {
        values[i] = plainValue(node, components[i].getGenericType());
        if (values[i] == null) {
          return null;
        }
        bound++;
      }
    }
    if (options != null && bound != options.size()) {
      return null;
    }
    try {
      Constructor<?> canonical = optionsType.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The value Jackson would pass for a plain node, or null when it is not plain. */
  private static Object plainValue(JsonNode node, Type type) {
    if (type == String.class) {
      return node.isTextual() ? node.textValue() : null;
    }
    if (type == Boolean.class) {
      return node.isBoolean() ? node.booleanValue() : null;
    }
    if (type == Integer.class) {
      return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
    }
    if (type == Long.class) {
      return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : null;
    }
    if (type == Double.class) {
      return node.isFloatingPointNumber() ? node.doubleValue() : null;
    }
    if (type instanceof ParameterizedType list
        && list.getRawType() == List.class
        && list.getActualTypeArguments()[0] == String.class
        && node.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : node) {
        if (!item.isTextual()) {
          return null;
        }
        items.add(item.textValue());
      }
      return items;
    }
    return null;
  }
}
