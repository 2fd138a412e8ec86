package dev.replylint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.replylint.rules.BuiltinRules;
import dev.replylint.rules.NoOptions;
import dev.replylint.testing.BannedWordRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The start-up shortcut for rules left at their defaults gives what Jackson's binding gives. */
class OptionDefaultsTest {
  static List<Class<?>> optionTypes() {
    List<Class<?>> types = new ArrayList<>();
    BuiltinRules.registry().all().forEach(t -> types.add(t.optionsType()));
    BannedWordRule.registry().all().forEach(t -> types.add(t.optionsType()));
    types.add(NoOptions.class);
    return types;
  }

  @ParameterizedTest
  @MethodSource("optionTypes")
  void defaultsEqualJacksonsBindingOfAnEmptyMapping(Class<?> optionsType) throws Exception {
    Object viaJackson = OptionBinding.MAPPER.treeToValue(JsonNodeFactory.instance.objectNode(), optionsType);

    Object shortcut = OptionDefaults.of(optionsType);

    assertNotNull(shortcut, optionsType + " should take the shortcut");
    assertEquals(viaJackson, shortcut);
  }

  record WithPrimitive(int limit) {}

  record RejectsItsDefaults(String mode) {
    RejectsItsDefaults {
      if (mode == null) {
        throw new IllegalArgumentException("mode is required");
      }
    }
  }

  @Test
  void leavesToJacksonWhatItCannotMatchExactly() {
    assertNull(OptionDefaults.of(WithPrimitive.class));
    assertNull(OptionDefaults.of(RejectsItsDefaults.class));
    assertNull(OptionDefaults.of(String.class));
  }
}
