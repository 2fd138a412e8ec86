package dev.replylint.policy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.replylint.rules.InvalidOptionException;
import dev.replylint.rules.RuleRegistry;
import dev.replylint.rules.RuleType;
import dev.replylint.rules.Severity;
import dev.replylint.text.InputText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads policies: strict YAML, {@code extends:} chains (bundled names or paths relative to the
 * including file; cycles are errors), and validation of every key and value against the rule
 * registry, with each error located as {@code file:line:col} in the file that wrote the value.
 *
 * <p>Merging: a child policy overrides its parent key by key; maps ({@code rules:} and each rule's
 * settings) merge recursively, lists and scalars are replaced whole.
 */
public final class PolicyLoader {
  /** Policies are a page of settings; anything this big is a mistake or an attack. */
  public static final long MAX_POLICY_BYTES = 1 << 20;

  public static final String DISCOVERED_FILE = ".replylint.yaml";

  /** Policies shipped in the jar (and in {@code policies/}), usable by name in {@code extends:}. */
  public static final List<String> BUNDLED = List.of("default", "strict");

  static final List<String> TOP_LEVEL_KEYS =
      List.of("version", "extends", "fail-on", "brand-terms", "placeholders", "rules");
  static final List<String> RULE_KEYS = List.of("enabled", "severity");

  private final RuleRegistry registry;

  public PolicyLoader(RuleRegistry registry) {
    this.registry = registry;
  }

  /** Loads a policy file and what it extends. */
  public Policy load(Path file) {
    return load(file, file.toString());
  }

  /** Loads a policy file, naming it {@code display} (the path as the user wrote it) in errors. */
  public Policy load(Path file, String display) {
    return build(chain(fileSource(file, display), new ArrayDeque<>()));
  }

  /** Loads a bundled policy by name ({@link #BUNDLED}). */
  public Policy bundled(String name) {
    return build(chain(bundledSource(name, null), new ArrayDeque<>()));
  }

  /** Loads policy text that did not come from a file (tests, a service request). */
  public Policy parse(String displayName, String text, Path baseDirectory) {
    Source source = new Source("text:" + displayName, displayName, text, baseDirectory);
    return build(chain(source, new ArrayDeque<>()));
  }

  /** The nearest {@value #DISCOVERED_FILE} from the directory upwards, else the bundled default. */
  public Policy discover(Path startDirectory) {
    Optional<Path> nearest = findNearest(startDirectory);
    return nearest.isPresent() ? load(nearest.get()) : bundled("default");
  }

  public static Optional<Path> findNearest(Path startDirectory) {
    for (Path dir = startDirectory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(DISCOVERED_FILE);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private record Source(String identity, String display, String text, Path directory) {}

  private static final String BUNDLED_PREFIX = "bundled:";

  private Source fileSource(Path file, String display) {
    String text = InputText.readFile(file, display, "policy", MAX_POLICY_BYTES);
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      real = file.toAbsolutePath().normalize();
    }
    return new Source("file:" + real, display, text, real.getParent());
  }

  private Source bundledSource(String name, SourceLocation requestedAt) {
    String resource = "/policies/" + name + ".yaml";
    try (InputStream in = PolicyLoader.class.getResourceAsStream(resource)) {
      if (in == null || !BUNDLED.contains(name)) {
        String message = "no bundled policy \"" + name + "\"" + DidYouMean.hint(name, BUNDLED);
        throw new PolicyException(requestedAt == null ? new SourceLocation(name, 0, 0) : requestedAt, message);
      }
      String text = InputText.readStream(in, "bundled:" + name, "policy", MAX_POLICY_BYTES);
      return new Source("bundled:" + name, "bundled:" + name, text, null);
    } catch (IOException e) {
      throw new PolicyException(new SourceLocation("bundled:" + name, 0, 0), "cannot read: " + e.getMessage());
    }
  }

  /** The policy and its ancestors, root ancestor first. */
  private List<LocatedYaml> chain(Source source, Deque<String> visiting) {
    LocatedYaml yaml = parse(source);
    checkShape(yaml);
    visiting.push(source.identity());
    List<LocatedYaml> result = new ArrayList<>();
    JsonNode parentRef = yaml.root.get("extends");
    if (parentRef != null) {
      SourceLocation at = yaml.valueAt("/extends");
      if (!parentRef.isTextual() || parentRef.asText().isBlank()) {
        throw new PolicyException(at, "extends: expected the name of a bundled policy " + BUNDLED + " or a file path");
      }
      Source parent = resolveParent(parentRef.asText(), source, at);
      if (visiting.contains(parent.identity())) {
        List<String> cycle = new ArrayList<>();
        visiting.descendingIterator().forEachRemaining(cycle::add);
        cycle.add(parent.identity());
        throw new PolicyException(at, "extends cycle: " + String.join(" -> ", cycle));
      }
      result.addAll(chain(parent, visiting));
    }
    visiting.pop();
    result.add(yaml);
    return result;
  }

  private static LocatedYaml parse(Source source) {
    if (source.identity().startsWith(BUNDLED_PREFIX)) {
      LocatedYaml parsedAtBuildTime =
          ParsedPolicy.find(source.identity().substring(BUNDLED_PREFIX.length()), source.display(), source.text());
      if (parsedAtBuildTime != null) {
        return parsedAtBuildTime;
      }
    }
    return LocatedYaml.parse(source.display(), source.text());
  }

  private Source resolveParent(String ref, Source child, SourceLocation at) {
    boolean looksLikePath = ref.contains("/") || ref.contains("\\") || ref.endsWith(".yaml") || ref.endsWith(".yml");
    if (!looksLikePath) {
      return bundledSource(ref, at);
    }
    Path base = child.directory() != null ? child.directory() : Path.of("").toAbsolutePath();
    Path file = base.resolve(ref);
    if (!Files.exists(file)) {
      throw new PolicyException(at, "extends: no such file " + file);
    }
    try {
      return fileSource(file, file.toString());
    } catch (PolicyException e) {
      throw e;
    } catch (dev.replylint.UserError e) {
      throw new PolicyException(at, "extends: " + e.getMessage());
    }
  }

  /** Checks one file on its own: a mapping, {@code version: 1}, only known top-level keys. */
  private void checkShape(LocatedYaml yaml) {
    if (!yaml.root.isObject()) {
      throw new PolicyException(yaml.valueAt(""), "a policy is a YAML mapping (key: value lines), not " + kind(yaml.root));
    }
    JsonNode version = yaml.root.get("version");
    if (version == null) {
      throw new PolicyException(new SourceLocation(yaml.file(), 1, 1), "missing \"version: 1\"");
    }
    if (!version.isIntegralNumber() || version.asInt() != 1) {
      throw new PolicyException(yaml.valueAt("/version"), "unsupported version " + version + "; this replylint reads version 1");
    }
    for (Iterator<String> it = yaml.root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP_LEVEL_KEYS.contains(key)) {
        throw new PolicyException(
            yaml.keyAt("/" + LocatedYaml.escape(key)), "unknown key \"" + key + "\"" + DidYouMean.hint(key, TOP_LEVEL_KEYS));
      }
    }
  }

  private Policy build(List<LocatedYaml> chain) {
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    for (LocatedYaml yaml : chain) {
      mergeInto(merged, (ObjectNode) yaml.root);
    }
    merged.remove("extends");
    Locator locator = new Locator(chain);
    LocatedYaml top = chain.get(chain.size() - 1);

    Severity failOn = Severity.ERROR;
    JsonNode failOnNode = merged.get("fail-on");
    if (failOnNode != null) {
      failOn = severity(failOnNode, "/fail-on", locator);
    }
    List<String> brandTerms = strings(merged.get("brand-terms"), "/brand-terms", locator);
    List<String> placeholders = strings(merged.get("placeholders"), "/placeholders", locator);
    for (int i = 0; i < placeholders.size(); i++) {
      try {
        Pattern.compile(placeholders.get(i));
      } catch (PatternSyntaxException e) {
        throw new PolicyException(locator.value("/placeholders/" + i), "not a valid regular expression (RE2 syntax): " + e.getDescription());
      }
    }

    Map<String, RuleSettings> rules = new TreeMap<>();
    JsonNode rulesNode = merged.get("rules");
    if (rulesNode != null && !rulesNode.isNull()) {
      if (!rulesNode.isObject()) {
        throw new PolicyException(locator.value("/rules"), "rules: expected a mapping of rule id to settings, not " + kind(rulesNode));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = rulesNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        rules.put(entry.getKey(), ruleSettings(entry.getKey(), entry.getValue(), locator));
      }
    }
    String origin = top.file();
    return new Policy(origin, failOn, brandTerms, placeholders, new LinkedHashMap<>(rules));
  }

  private RuleSettings ruleSettings(String id, JsonNode node, Locator locator) {
    String pointer = "/rules/" + LocatedYaml.escape(id);
    RuleType<?> type = registry.find(id).orElse(null);
    if (type == null) {
      throw new PolicyException(locator.key(pointer), "unknown rule \"" + id + "\"" + DidYouMean.hint(id, registry.ids()));
    }
    if (node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
      node = JsonNodeFactory.instance.objectNode();
    }
    if (!node.isObject()) {
      throw new PolicyException(
          locator.value(pointer), "rules." + id + ": expected a mapping (enabled, severity, options), not " + kind(node));
    }
    ObjectNode options = ((ObjectNode) node).deepCopy();
    boolean enabled = true;
    JsonNode enabledNode = options.remove("enabled");
    if (enabledNode != null) {
      if (!enabledNode.isBoolean()) {
        throw new PolicyException(locator.value(pointer + "/enabled"), "enabled: expected true or false, not " + enabledNode);
      }
      enabled = enabledNode.asBoolean();
    }
    Severity severity = type.defaultSeverity();
    JsonNode severityNode = options.remove("severity");
    if (severityNode != null) {
      severity = severity(severityNode, pointer + "/severity", locator);
    }
    return new RuleSettings(id, enabled, severity, bindOptions(type, options, pointer, locator));
  }

  private Object bindOptions(RuleType<?> type, ObjectNode options, String pointer, Locator locator) {
    Object plain = OptionDefaults.bind(type.optionsType(), options);
    if (plain != null) {
      return plain;
    }
    try {
      return OptionBinding.MAPPER.treeToValue(options, type.optionsType());
    } catch (UnrecognizedPropertyException e) {
      List<String> known = new ArrayList<>(RULE_KEYS);
      e.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      String key = e.getPropertyName();
      String message = "unknown option \"" + key + "\" for rule " + type.id() + DidYouMean.hint(key, known);
      if (e.getKnownPropertyIds().isEmpty()) {
        message = "rule " + type.id() + " takes no options, only enabled and severity; found \"" + key + "\"";
      }
      throw new PolicyException(locator.key(pointer + pathOf(e)), message);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidOptionException invalid) {
        String at = pointer + "/" + invalid.option() + (invalid.index() >= 0 ? "/" + invalid.index() : "");
        throw new PolicyException(locator.value(at), invalid.option() + ": " + invalid.getMessage());
      }
      String why = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage();
      throw new PolicyException(locator.value(pointer), "rules." + type.id() + ": " + why);
    } catch (InvalidFormatException e) {
      throw new PolicyException(
          locator.value(pointer + pathOf(e)), dotted(pathOf(e)) + ": " + e.getValue() + " is not a valid " + describe(e.getTargetType()));
    } catch (MismatchedInputException e) {
      throw new PolicyException(
          locator.value(pointer + pathOf(e)), dotted(pathOf(e)) + ": expected " + describe(e.getTargetType()));
    } catch (JsonMappingException e) {
      throw new PolicyException(locator.value(pointer + pathOf(e)), "rules." + type.id() + ": " + e.getOriginalMessage());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new PolicyException(locator.value(pointer), "rules." + type.id() + ": " + e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      throw new PolicyException(locator.value(pointer), "rules." + type.id() + ": " + e.getMessage());
    }
  }

  /** A rule's options with their default values, as compact JSON text, by option key. */
  public static Map<String, String> defaultOptions(RuleType<?> type) {
    Object defaults;
    try {
      defaults = OptionBinding.MAPPER.treeToValue(JsonNodeFactory.instance.objectNode(), type.optionsType());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(type.id() + ": options have no defaults", e);
    }
    Map<String, String> out = new LinkedHashMap<>();
    OptionBinding.MAPPER.<ObjectNode>valueToTree(defaults).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().toString()));
    return out;
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append('/').append(LocatedYaml.escape(ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        sb.append('/').append(ref.getIndex());
      }
    }
    return sb.toString();
  }

  private static String dotted(String pointer) {
    return pointer.isEmpty() ? "value" : pointer.substring(1).replace('/', '.');
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type) || type.isArray()) {
      return "list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "mapping";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "whole number";
    }
    if (type == Double.class || type == double.class || type == Float.class) {
      return "number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "string";
    }
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object c : type.getEnumConstants()) {
        names.add(c.toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      }
      return "value (one of " + String.join(", ", names) + ")";
    }
    return type.getSimpleName();
  }

  private static Severity severity(JsonNode node, String pointer, Locator locator) {
    Severity s = node.isTextual() ? Severity.parse(node.asText()) : null;
    if (s == null) {
      String given = node.isTextual() ? node.asText() : node.toString();
      List<String> labels = List.of("error", "warning", "info");
      throw new PolicyException(
          locator.value(pointer), "\"" + given + "\" is not a severity (error, warning, info)" + DidYouMean.hint(given, labels));
    }
    return s;
  }

  private static List<String> strings(JsonNode node, String pointer, Locator locator) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new PolicyException(locator.value(pointer), pointer.substring(1) + ": expected a list of strings, not " + kind(node));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (!item.isTextual()) {
        throw new PolicyException(locator.value(pointer + "/" + i), pointer.substring(1) + ": expected a string, not " + kind(item));
      }
      out.add(item.asText());
    }
    return out;
  }

  private static String kind(JsonNode node) {
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isNull()) {
      return "nothing";
    }
    return node.isTextual() ? "the text \"" + node.asText() + "\"" : node.toString();
  }

  private static void mergeInto(ObjectNode target, ObjectNode source) {
    for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode existing = target.get(e.getKey());
      if (existing instanceof ObjectNode existingObject && e.getValue() instanceof ObjectNode incoming) {
        mergeInto(existingObject, incoming);
      } else {
        target.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }

  /** Finds, for a pointer into the merged tree, the file of the chain that set it last. */
  private static final class Locator {
    private final List<LocatedYaml> childFirst;

    Locator(List<LocatedYaml> chain) {
      this.childFirst = new ArrayList<>(chain);
      java.util.Collections.reverse(childFirst);
    }

    SourceLocation key(String pointer) {
      return owner(pointer).keyAt(pointer);
    }

    SourceLocation value(String pointer) {
      return owner(pointer).valueAt(pointer);
    }

    private LocatedYaml owner(String pointer) {
      for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
        for (LocatedYaml yaml : childFirst) {
          if (!yaml.root.at(p.isEmpty() ? "" : p).isMissingNode()) {
            return yaml;
          }
        }
        if (p.isEmpty()) {
          return childFirst.get(0);
        }
      }
    }
  }
}
