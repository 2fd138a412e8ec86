package dev.replylint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replylint.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** Parses {@code --format json} output and checks every field README "JSON output" documents. */
final class JsonShape {
  private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");

  private JsonShape() {}

  static JsonNode parse(String output) {
    try {
      return new ObjectMapper().readTree(output);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + output, e);
    }
  }

  /** Parses and checks the whole document; returns it for assertions on values. */
  static JsonNode parseDocument(String output) {
    JsonNode doc = parse(output);
    assertTrue(doc.isObject(), output);
    assertEquals(1, field(doc, "schema").intValue());
    assertTrue(field(doc, "schema").isInt());
    assertEquals("replylint", text(doc, "tool"));
    assertEquals(Version.get(), text(doc, "version"));
    text(doc, "policy");
    JsonNode results = field(doc, "results");
    assertTrue(results.isArray(), "results is an array");
    long problems = 0;
    long[] bySeverity = new long[3];
    for (JsonNode result : results) {
      text(result, "input");
      JsonNode findings = field(result, "findings");
      assertTrue(findings.isArray(), "findings is an array");
      for (JsonNode finding : findings) {
        checkFinding(finding);
        problems++;
        bySeverity[List.of("error", "warning", "info").indexOf(finding.get("severity").textValue())]++;
      }
    }
    JsonNode summary = field(doc, "summary");
    for (String count : List.of("inputs", "problems", "errors", "warnings", "infos")) {
      assertTrue(field(summary, count).isIntegralNumber(), count + " is an integer");
      assertTrue(summary.get(count).longValue() >= 0, count);
    }
    assertEquals(results.size(), summary.get("inputs").intValue(), "summary.inputs counts the results");
    assertEquals(
        summary.get("problems").longValue(),
        summary.get("errors").longValue() + summary.get("warnings").longValue() + summary.get("infos").longValue(),
        "problems = errors + warnings + infos");
    assertTrue(problems <= summary.get("problems").longValue(), "listed findings never exceed the count");
    assertTrue(SEVERITIES.contains(text(summary, "failOn")), "failOn");
    assertTrue(field(summary, "failed").isBoolean(), "failed is a boolean");
    return doc;
  }

  private static void checkFinding(JsonNode finding) {
    assertTrue(finding.isObject());
    text(finding, "rule");
    assertTrue(SEVERITIES.contains(text(finding, "severity")), finding.toString());
    text(finding, "message");
    for (String number : List.of("start", "end", "line", "column", "endLine", "endColumn")) {
      assertTrue(field(finding, number).isInt(), number + " is an int in " + finding);
    }
    assertTrue(finding.get("start").intValue() <= finding.get("end").intValue(), finding.toString());
    assertTrue(finding.get("line").intValue() >= 1 && finding.get("column").intValue() >= 1, finding.toString());
    text(finding, "text");
    JsonNode suggestions = field(finding, "suggestions");
    assertTrue(suggestions.isArray(), "suggestions is an array");
    suggestions.forEach(s -> assertTrue(s.isTextual(), "a suggestion is a string: " + s));
    assertTrue(field(finding, "properties").isObject(), "properties is an object");
  }

  private static JsonNode field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      fail("missing \"" + name + "\" in " + node);
    }
    return value;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = field(node, name);
    assertTrue(value.isTextual(), name + " is a string in " + node);
    return value.textValue();
  }
}
