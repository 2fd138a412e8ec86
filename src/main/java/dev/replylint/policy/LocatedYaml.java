package dev.replylint.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML document read into a Jackson tree together with where each node came from, keyed by JSON
 * pointer ({@code /rules/emoticon/allow/0}), so that every later validation error can name the
 * file, line and column. Anchors and aliases are refused: a policy has no use for them and they are
 * how YAML bombs are built.
 */
final class LocatedYaml {
  private static final int MAX_DEPTH = 64;

  final JsonNode root;
  private final String file;
  private final Map<String, SourceLocation> keyLocations = new HashMap<>();
  private final Map<String, SourceLocation> valueLocations = new HashMap<>();

  private LocatedYaml(String file, String text) {
    this.file = file;
    LoaderOptions loaderOptions = new LoaderOptions();
    loaderOptions.setAllowDuplicateKeys(false);
    loaderOptions.setMaxAliasesForCollections(0);
    loaderOptions.setCodePointLimit(Math.max(text.length() + 1, 1024));
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(loaderOptions).build();
    try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        root = JsonNodeFactory.instance.objectNode();
        return;
      }
      root = read(parser, "", 0);
      if (parser.nextToken() != null) {
        throw new PolicyException(at(parser.currentTokenLocation()), "a policy is one YAML document");
      }
    } catch (PolicyException e) {
      throw e;
    } catch (StreamConstraintsException e) {
      throw new PolicyException(new SourceLocation(file, 0, 0), "policy too large or too deeply nested: " + e.getOriginalMessage());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String message = firstLine(e.getOriginalMessage());
      java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("Duplicate field '(.*)'").matcher(message);
      message = duplicate.lookingAt() ? "duplicate key \"" + duplicate.group(1) + "\"" : "not valid YAML: " + message;
      throw new PolicyException(where == null ? new SourceLocation(file, 0, 0) : at(where), message);
    } catch (IOException e) {
      throw new PolicyException(new SourceLocation(file, 0, 0), "cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      // SnakeYAML reports some syntax errors as unchecked exceptions of its own.
      throw new PolicyException(new SourceLocation(file, 0, 0), "not valid YAML: " + firstLine(String.valueOf(e.getMessage())));
    }
  }

  static LocatedYaml parse(String file, String text) {
    return new LocatedYaml(file, text);
  }

  /** A document parsed earlier (see {@link ParsedPolicy}), with the locations recorded then. */
  static LocatedYaml of(
      String file, JsonNode root, Map<String, SourceLocation> keyLocations, Map<String, SourceLocation> valueLocations) {
    return new LocatedYaml(file, root, keyLocations, valueLocations);
  }

  private LocatedYaml(
      String file, JsonNode root, Map<String, SourceLocation> keyLocations, Map<String, SourceLocation> valueLocations) {
    this.file = file;
    this.root = root;
    this.keyLocations.putAll(keyLocations);
    this.valueLocations.putAll(valueLocations);
  }

  /** Where each key starts, by JSON pointer of its entry. */
  Map<String, SourceLocation> keyLocations() {
    return java.util.Collections.unmodifiableMap(keyLocations);
  }

  /** Where each value starts, by JSON pointer. */
  Map<String, SourceLocation> valueLocations() {
    return java.util.Collections.unmodifiableMap(valueLocations);
  }

  /** Where the entry at the pointer starts (its key), falling back to its value, then the file. */
  SourceLocation keyAt(String pointer) {
    SourceLocation loc = keyLocations.get(pointer);
    return loc != null ? loc : valueAt(pointer);
  }

  /** Where the value at the pointer starts, falling back to the nearest enclosing node. */
  SourceLocation valueAt(String pointer) {
    String p = pointer;
    while (true) {
      SourceLocation loc = valueLocations.get(p);
      if (loc != null) {
        return loc;
      }
      if (p.isEmpty()) {
        return new SourceLocation(file, 0, 0);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  String file() {
    return file;
  }

  private JsonNode read(YAMLParser p, String pointer, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new PolicyException(at(p.currentTokenLocation()), "nested more than " + MAX_DEPTH + " levels deep");
    }
    if (p.isCurrentAlias() || p.getCurrentAnchor() != null) {
      throw new PolicyException(
          at(p.currentTokenLocation()), "YAML anchors and aliases (&name, *name) are not allowed in a policy");
    }
    valueLocations.put(pointer, at(p.currentTokenLocation()));
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          String child = pointer + "/" + escape(name);
          SourceLocation keyLocation = at(p.currentTokenLocation());
          if (object.has(name)) {
            throw new PolicyException(keyLocation, "duplicate key \"" + name + "\"");
          }
          keyLocations.put(child, keyLocation);
          p.nextToken();
          object.set(name, read(p, child, depth + 1));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(p, pointer + "/" + index++, depth + 1));
        }
        return array;
      }
      case VALUE_STRING -> {
        return JsonNodeFactory.instance.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return JsonNodeFactory.instance.numberNode(p.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return JsonNodeFactory.instance.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return JsonNodeFactory.instance.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return JsonNodeFactory.instance.nullNode();
      }
      default -> throw new PolicyException(at(p.currentTokenLocation()), "unexpected YAML content " + token);
    }
  }

  private SourceLocation at(JsonLocation location) {
    return new SourceLocation(file, location.getLineNr(), location.getColumnNr());
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

}
