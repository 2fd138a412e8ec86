package dev.replylint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The build's parse of each bundled policy is exactly what parsing its YAML gives. */
class ParsedPolicyTest {
  static final java.util.List<String> BUNDLED = PolicyLoader.BUNDLED;

  @ParameterizedTest
  @FieldSource("BUNDLED")
  void buildTimeParseEqualsTheYamlParse(String name) throws IOException {
    String text = bundledText(name);
    LocatedYaml fromYaml = LocatedYaml.parse("bundled:" + name, text);

    LocatedYaml fromBuild = ParsedPolicy.find(name, "bundled:" + name, text);

    assertNotNull(fromBuild, "the build writes policies/" + name + ParsedPolicy.SUFFIX);
    assertEquals(fromYaml.root, fromBuild.root);
    assertEquals(fromYaml.keyLocations(), fromBuild.keyLocations());
    assertEquals(fromYaml.valueLocations(), fromBuild.valueLocations());
  }

  @ParameterizedTest
  @FieldSource("BUNDLED")
  void anEditedPolicyIsParsedAgain(String name) throws IOException {
    String edited = bundledText(name) + "\n# edited after the build\n";

    assertNull(ParsedPolicy.find(name, "bundled:" + name, edited));
  }

  @ParameterizedTest
  @FieldSource("BUNDLED")
  void roundTripKeepsNumbersAndLocations(String name) throws IOException {
    String text = bundledText(name) + "\nextra-number: 12\nextra-decimal: 0.25\nextra-null: ~\nextra-flag: true\n";
    LocatedYaml fromYaml = LocatedYaml.parse("p.yaml", text);

    String json = ParsedPolicy.write(fromYaml, text);
    LocatedYaml back =
        ParsedPolicy.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p.yaml", text);

    assertNotNull(back);
    assertEquals(fromYaml.root, back.root);
    assertEquals(fromYaml.keyLocations(), back.keyLocations());
    assertEquals(fromYaml.valueLocations(), back.valueLocations());
  }

  private static String bundledText(String name) throws IOException {
    try (InputStream in = ParsedPolicyTest.class.getResourceAsStream("/policies/" + name + ".yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
