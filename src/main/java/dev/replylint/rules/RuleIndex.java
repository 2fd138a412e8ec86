package dev.replylint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Each built-in rule's id and default severity, by class name, written by the build from the
 * {@link RuleInfo} annotations ({@code rule-index.properties} beside this class).
 *
 * <p>Why: reading an annotation makes the JVM generate a proxy class for its type at run time,
 * tens of milliseconds of a check's start-up that no class-data archive saves, and a check only
 * needs the id (the registry) and the default severity (the policy). Everything else still comes
 * from the annotation, read when first asked for. A class the index does not know (a rule added
 * without a build, a test's rule) is read from its annotation as before; a test compares the index
 * with the annotations.
 */
public final class RuleIndex {
  static final String RESOURCE = "rule-index.properties";

  private static final Properties ENTRIES = load();

  private RuleIndex() {}

  /** The build step: writes the index of {@link BuiltinRules} into the directory given. */
  public static void main(String[] args) throws IOException {
    TreeMap<String, String> entries = new TreeMap<>();
    for (RuleType<?> type : BuiltinRules.registry().all()) {
      RuleInfo info = type.info();
      entries.put(type.ruleClass().getName(), info.id() + " " + info.severity().name());
    }
    Path file = Path.of(args[0]).resolve(RESOURCE);
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
      out.write("# Written by the build from @RuleInfo (see RuleIndex); class = id default-severity\n");
      for (var entry : entries.entrySet()) {
        out.write(entry.getKey() + " = " + entry.getValue() + "\n");
      }
    }
  }

  /** The id, or null when the index does not know the class. */
  static String id(Class<?> ruleClass) {
    String entry = ENTRIES.getProperty(ruleClass.getName());
    return entry == null ? null : entry.substring(0, entry.indexOf(' '));
  }

  /** The default severity, or null when the index does not know the class. */
  static Severity severity(Class<?> ruleClass) {
    String entry = ENTRIES.getProperty(ruleClass.getName());
    return entry == null ? null : Severity.valueOf(entry.substring(entry.indexOf(' ') + 1));
  }

  private static Properties load() {
    Properties entries = new Properties();
    try (InputStream in = RuleIndex.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        entries.load(in);
      }
    } catch (IOException | IllegalArgumentException e) {
      entries.clear();
    }
    return entries;
  }
}
