package dev.replylint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replylint.rules.BuiltinRules;
import dev.replylint.rules.NoOptions;
import dev.replylint.rules.RuleRegistry;
import dev.replylint.rules.RuleType;
import dev.replylint.testing.BannedWordRule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The start-up shortcut for plain rule options gives what Jackson's binding gives, or leaves it to Jackson. */
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

  /** Every rule's options as each bundled policy writes them. */
  static List<Arguments> bundledOptions() {
    RuleRegistry registry = BuiltinRules.registry();
    List<Arguments> cases = new ArrayList<>();
    for (String name : PolicyLoader.BUNDLED) {
      LocatedYaml yaml = LocatedYaml.parse(name, bundledText(name));
      JsonNode rules = yaml.root.path("rules");
      for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> rule = it.next();
        ObjectNode options = rule.getValue().isObject() ? ((ObjectNode) rule.getValue()).deepCopy() : JsonNodeFactory.instance.objectNode();
        options.remove("enabled");
        options.remove("severity");
        RuleType<?> type = registry.find(rule.getKey()).orElseThrow();
        cases.add(Arguments.of(name + ":" + rule.getKey(), type.optionsType(), options));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledOptions")
  void bundledPoliciesTakeTheShortcutToWhatJacksonGives(String where, Class<?> optionsType, ObjectNode options)
      throws Exception {
    Object viaJackson = OptionBinding.MAPPER.treeToValue(options, optionsType);

    Object shortcut = OptionDefaults.bind(optionsType, options);

    assertNotNull(shortcut, where + " should take the shortcut");
    assertEquals(viaJackson, shortcut);
  }

  @Test
  void plainValuesBindAsJacksonBindsThem() throws Exception {
    ObjectNode options = JsonNodeFactory.instance.objectNode();
    options.putArray("words").add("lol").add("omg");
    options.put("max-length", java.math.BigInteger.valueOf(7));

    Object shortcut = OptionDefaults.bind(BannedWordRule.Options.class, options);

    assertEquals(OptionBinding.MAPPER.treeToValue(options, BannedWordRule.Options.class), shortcut);
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
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    assertNull(OptionDefaults.of(WithPrimitive.class));
    assertNull(OptionDefaults.of(RejectsItsDefaults.class));
    assertNull(OptionDefaults.of(String.class));
    Class<?> banned = BannedWordRule.Options.class;
    assertNull(OptionDefaults.bind(banned, nodes.objectNode().put("wrods", "x")), "unknown key");
    assertNull(OptionDefaults.bind(banned, nodes.objectNode().put("words", "lol")), "scalar for a list");
    assertNull(OptionDefaults.bind(banned, nodes.objectNode().put("max-length", "7")), "text for a number");
    assertNull(OptionDefaults.bind(banned, nodes.objectNode().put("max-length", 0)), "rejected by the record");
    ObjectNode numbersInList = nodes.objectNode();
    numbersInList.putArray("words").add(1);
    assertNull(OptionDefaults.bind(banned, numbersInList), "numbers in a list of words");
  }

  private static String bundledText(String name) {
    try (java.io.InputStream in = OptionDefaultsTest.class.getResourceAsStream("/policies/" + name + ".yaml")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
