package dev.replylint.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled policies as the build already parsed them: the tree and every key's and value's
 * location, as JSON next to the YAML in the jar ({@code policies/default.parsed.json}).
 *
 * <p>Why: a check with the bundled default policy would otherwise start the YAML parser, and
 * SnakeYAML with Jackson's YAML module costs a check about a hundred milliseconds of start-up,
 * more than the rest of the policy work together; jackson-core reads this JSON in about one. The
 * result is the same {@link LocatedYaml} (a test compares the two), and the JSON carries the hash
 * of the YAML it came from, so an edited policy with a stale parse is simply parsed again.
 *
 * <p>Every number is written as a string ({@code "i:1"}, {@code "d:0.25"}, {@code "3:10"} for line
 * and column; text is {@code "s:..."}): reading a JSON number starts jackson-core's number parser,
 * whose regular expression pulls in the JDK's lambda machinery, tens of milliseconds on JDK 17.
 */
public final class ParsedPolicy {
  static final String SUFFIX = ".parsed.json";

  private ParsedPolicy() {}

  /** The build step: writes {@code NAME.parsed.json} beside every {@code NAME.yaml} in the directories given. */
  public static void main(String[] directories) throws IOException {
    for (String directory : directories) {
      try (Stream<Path> files = Files.list(Path.of(directory))) {
        for (Path yamlFile : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
          String name = yamlFile.getFileName().toString();
          String text = Files.readString(yamlFile, StandardCharsets.UTF_8);
          String json = write(LocatedYaml.parse(name, text), text);
          Files.writeString(yamlFile.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + SUFFIX), json);
        }
      }
    }
  }

  /**
   * The tree of a YAML file bundled under {@code policies/} ({@code "lexicons/help-offer"} for
   * {@code policies/lexicons/help-offer.yaml}): from its build-time parse when that is current,
   * else parsed now. For data the jar ships, such as the tone rules' lexicons.
   */
  public static JsonNode bundledTree(String name) {
    String resource = "/policies/" + name + ".yaml";
    try (InputStream in = ParsedPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      LocatedYaml parsed = find(name, resource, text);
      return (parsed != null ? parsed : LocatedYaml.parse(resource, text)).root;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The parsed form of a bundled policy, or null when there is none or it is not of this text. */
  static LocatedYaml find(String bundledName, String display, String yamlText) {
    try (InputStream in = ParsedPolicy.class.getResourceAsStream("/policies/" + bundledName + SUFFIX)) {
      return in == null ? null : read(in, display, yamlText);
    } catch (IOException | RuntimeException e) {
      // Unreadable means not usable: the YAML is parsed instead.
      return null;
    }
  }

  static String write(LocatedYaml yaml, String yamlText) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("source-length", Integer.toString(yamlText.length()));
      json.writeStringField("source-hash", Integer.toString(yamlText.hashCode()));
      json.writeFieldName("tree");
      writeNode(json, yaml.root);
      writeLocations(json, "keys", yaml.keyLocations());
      writeLocations(json, "values", yaml.valueLocations());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static LocatedYaml read(InputStream in, String display, String yamlText) throws IOException {
    try (JsonParser json = new JsonFactory().createParser(in)) {
      expect(json.nextToken(), JsonToken.START_OBJECT);
      Integer length = null;
      Integer hash = null;
      JsonNode tree = null;
      Map<String, SourceLocation> keys = null;
      Map<String, SourceLocation> values = null;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        switch (field) {
          case "source-length" -> length = Integer.parseInt(json.getText());
          case "source-hash" -> hash = Integer.parseInt(json.getText());
          case "tree" -> tree = readNode(json);
          case "keys" -> keys = readLocations(json, display);
          case "values" -> values = readLocations(json, display);
          default -> json.skipChildren();
        }
      }
      boolean sameSource =
          length != null && length == yamlText.length() && hash != null && hash == yamlText.hashCode();
      if (!sameSource || tree == null || keys == null || values == null) {
        return null;
      }
      return LocatedYaml.of(display, tree, keys, values);
    }
  }

  private static void writeNode(JsonGenerator json, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        json.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = it.next();
          json.writeFieldName(entry.getKey());
          writeNode(json, entry.getValue());
        }
        json.writeEndObject();
      }
      case ARRAY -> {
        json.writeStartArray();
        for (JsonNode item : node) {
          writeNode(json, item);
        }
        json.writeEndArray();
      }
      case STRING -> json.writeString("s:" + node.textValue());
      case BOOLEAN -> json.writeBoolean(node.booleanValue());
      case NULL -> json.writeNull();
      case NUMBER -> json.writeString(node.isIntegralNumber() ? "i:" + node.bigIntegerValue() : "d:" + node.decimalValue());
      default -> throw new IllegalArgumentException("a policy holds no " + node.getNodeType());
    }
  }

  /** The same node types {@link LocatedYaml} makes: big integers and decimals for numbers. */
  private static JsonNode readNode(JsonParser json) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (json.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String name = json.currentName();
          json.nextToken();
          object.set(name, readNode(json));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        while (json.nextToken() != JsonToken.END_ARRAY) {
          array.add(readNode(json));
        }
        return array;
      }
      case VALUE_STRING -> {
        String tagged = json.getText();
        String value = tagged.substring(2);
        return switch (tagged.substring(0, 2)) {
          case "s:" -> nodes.textNode(value);
          case "i:" -> nodes.numberNode(new java.math.BigInteger(value));
          case "d:" -> nodes.numberNode(new java.math.BigDecimal(value));
          default -> throw new IOException("untagged scalar " + tagged);
        };
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(json.currentToken() == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> throw new IOException("unexpected " + json.currentToken());
    }
  }

  private static void writeLocations(JsonGenerator json, String field, Map<String, SourceLocation> locations)
      throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, SourceLocation> entry : new java.util.TreeMap<>(locations).entrySet()) {
      json.writeStringField(entry.getKey(), entry.getValue().line() + ":" + entry.getValue().column());
    }
    json.writeEndObject();
  }

  private static Map<String, SourceLocation> readLocations(JsonParser json, String display) throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT);
    Map<String, SourceLocation> locations = new HashMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String pointer = json.currentName();
      expect(json.nextToken(), JsonToken.VALUE_STRING);
      String lineAndColumn = json.getText();
      int colon = lineAndColumn.indexOf(':');
      int line = Integer.parseInt(lineAndColumn.substring(0, colon));
      int column = Integer.parseInt(lineAndColumn.substring(colon + 1));
      locations.put(pointer, new SourceLocation(display, line, column));
    }
    return locations;
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + ", found " + actual);
    }
  }
}
