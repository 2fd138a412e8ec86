package dev.replylint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.replylint.LintResult;
import dev.replylint.rules.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * One JSON document per run, streamed as results arrive. Its shape is documented in the README
 * ("JSON output") and kept stable: new fields may be added, none renamed or removed.
 */
public final class JsonReporter implements Reporter {
  /** Bumped only on an incompatible change to the shape. */
  public static final int SCHEMA_VERSION = 1;

  private final JsonGenerator json;
  private final ReportOptions options;

  public JsonReporter(PrintWriter out, ReportOptions options) {
    this.options = options;
    try {
      this.json = new JsonFactory().createGenerator(out);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("schema", SCHEMA_VERSION);
      json.writeStringField("tool", "replylint");
      json.writeStringField("version", dev.replylint.Version.get());
      json.writeStringField("policy", options.policyOrigin());
      json.writeArrayFieldStart("results");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void result(LintResult result) {
    try {
      json.writeStartObject();
      json.writeStringField("input", result.name());
      json.writeArrayFieldStart("findings");
      for (Finding finding : result.findings()) {
        if (options.quiet() && !finding.severity().atLeast(options.failOn())) {
          continue;
        }
        write(options.redact() ? finding.redacted() : finding);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Finding f) throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", f.ruleId());
    json.writeStringField("severity", f.severity().label());
    json.writeStringField("message", f.message());
    json.writeNumberField("start", f.start());
    json.writeNumberField("end", f.end());
    json.writeNumberField("line", f.startPosition().line());
    json.writeNumberField("column", f.startPosition().column());
    json.writeNumberField("endLine", f.endPosition().line());
    json.writeNumberField("endColumn", f.endPosition().column());
    json.writeStringField("text", f.text());
    json.writeArrayFieldStart("suggestions");
    for (String s : f.suggestions()) {
      json.writeString(s);
    }
    json.writeEndArray();
    json.writeFieldName("properties");
    writeValue(f.properties());
    json.writeEndObject();
  }

  private void writeValue(Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        json.writeFieldName(String.valueOf(e.getKey()));
        writeValue(e.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        writeValue(item);
      }
      json.writeEndArray();
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number n) {
      json.writeNumber(n.doubleValue());
    } else {
      json.writeString(String.valueOf(value));
    }
  }

  @Override
  public void finish(Summary summary) {
    try {
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("inputs", summary.inputs());
      json.writeNumberField("problems", summary.problems());
      json.writeNumberField("errors", summary.errors());
      json.writeNumberField("warnings", summary.warnings());
      json.writeNumberField("infos", summary.infos());
      json.writeStringField("failOn", summary.failOn().label());
      json.writeBooleanField("failed", summary.failed());
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
