package dev.replylint.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Reads past replies to import: JSON Lines ({@code {"text": …, "agent": …, "channel": …,
 * "sent-at": …}} per line), CSV with a header row naming the same columns, or plain text (one reply
 * per line). Replies are read one at a time, so an import of millions never holds them all; a bad
 * line throws a {@link HistoryException} naming the file and line.
 */
public final class ReplyFiles {
  public enum Format {
    JSONL,
    CSV,
    TXT;

    /** From the file name: {@code .jsonl}/{@code .ndjson}/{@code .json}, {@code .csv}, else text. */
    public static Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
        return JSONL;
      }
      return name.endsWith(".csv") ? CSV : TXT;
    }
  }

  /** What a reply gets when its line does not say: the agent and channel given on the command line, now. */
  public record Defaults(String agent, String channel, Instant sentAt, String source) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter TWITTER = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

  private ReplyFiles() {}

  /** The replies in the file, read lazily; close the returned reader's source by exhausting it or via {@link Replies#close}. */
  public static Replies read(Path file, String displayName, Format format, Defaults defaults) {
    try {
      Reader reader =
          new BufferedReader(
              new InputStreamReader(
                  Files.newInputStream(file),
                  StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
              1 << 16);
      return new Replies(reader, displayName, format, defaults);
    } catch (IOException e) {
      throw new HistoryException(displayName + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** One pass over a file's replies. */
  public static final class Replies implements Iterable<NewReply>, AutoCloseable {
    private final Reader reader;
    private final String name;
    private final Format format;
    private final Defaults defaults;

    Replies(Reader reader, String name, Format format, Defaults defaults) {
      this.reader = reader;
      this.name = name;
      this.format = format;
      this.defaults = defaults;
    }

    @Override
    public Iterator<NewReply> iterator() {
      return switch (format) {
        case TXT -> new TextLines();
        case JSONL -> new JsonLines();
        case CSV -> new CsvRows();
      };
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException ignored) {
        // Read-only input; nothing to lose.
      }
    }

    private HistoryException error(int line, String message) {
      return new HistoryException(name + ":" + line + ": " + message + " (nothing was imported)");
    }

    private NewReply reply(int line, String text, String agent, String channel, String sentAt, String source) {
      if (text == null || text.isBlank()) {
        throw error(line, "a reply needs a non-empty \"text\"");
      }
      return new NewReply(
          text,
          blankToDefault(agent, defaults.agent()),
          blankToDefault(channel, defaults.channel()),
          sentAt == null || sentAt.isBlank() ? defaults.sentAt() : parseTime(line, sentAt),
          blankToDefault(source, defaults.source()));
    }

    private Instant parseTime(int line, String value) {
      String v = value.trim();
      try {
        return OffsetDateTime.parse(v).toInstant();
      } catch (DateTimeParseException e) {
        // try the next form
      }
      try {
        return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        // try the next form
      }
      try {
        return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        // try the next form
      }
      try {
        return OffsetDateTime.parse(v, TWITTER).toInstant();
      } catch (DateTimeParseException e) {
        throw error(line, "sent-at \"" + v + "\" is not a date (2026-11-02, 2026-11-02T10:15:00Z, …)");
      }
    }

    private String readLine() {
      try {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
          sb.append((char) c);
        }
        if (c == -1 && sb.length() == 0) {
          return null;
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == '\r') {
          sb.setLength(end - 1);
        }
        return sb.toString();
      } catch (IOException e) {
        throw new HistoryException(name + ": cannot read: " + e.getMessage() + " (nothing was imported)", e);
      }
    }

    /** Skips blank lines, counts every line. */
    private abstract class LineIterator implements Iterator<NewReply> {
      int line;
      NewReply next;

      abstract NewReply parse(String text);

      @Override
      public boolean hasNext() {
        while (next == null) {
          String text = readLine();
          if (text == null) {
            return false;
          }
          line++;
          if (!text.isBlank()) {
            next = parse(text);
          }
        }
        return true;
      }

      @Override
      public NewReply next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        NewReply r = next;
        next = null;
        return r;
      }
    }

    private final class TextLines extends LineIterator {
      @Override
      NewReply parse(String text) {
        return reply(line, text.strip(), null, null, null, null);
      }
    }

    private final class JsonLines extends LineIterator {
      @Override
      NewReply parse(String text) {
        JsonNode node;
        try {
          node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
          throw error(line, "not a JSON object: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
          throw error(line, "not a JSON object");
        }
        return reply(
            line,
            field(node, "text"),
            field(node, "agent"),
            field(node, "channel"),
            field(node, "sent-at", "sent_at", "sentAt"),
            field(node, "source"));
      }

      private String field(JsonNode node, String... names) {
        for (String n : names) {
          JsonNode v = node.get(n);
          if (v != null && !v.isNull()) {
            return v.asText();
          }
        }
        return null;
      }
    }

    private final class CsvRows implements Iterator<NewReply> {
      private final CsvRecords records = new CsvRecords(reader);
      private int text = -1;
      private int agent = -1;
      private int channel = -1;
      private int sentAt = -1;
      private int source = -1;
      private boolean started;

      private void header() {
        if (started) {
          return;
        }
        started = true;
        if (!records.hasNext()) {
          return;
        }
        List<String> header = records.next();
        for (int i = 0; i < header.size(); i++) {
          switch (header.get(i).trim().toLowerCase(Locale.ROOT)) {
            case "text", "reply" -> text = i;
            case "agent" -> agent = i;
            case "channel" -> channel = i;
            case "sent-at", "sent_at", "created_at" -> sentAt = i;
            case "source" -> source = i;
            default -> { }
          }
        }
        if (text < 0) {
          throw error(1, "the header row names no \"text\" column");
        }
      }

      @Override
      public boolean hasNext() {
        header();
        return records.hasNext();
      }

      @Override
      public NewReply next() {
        header();
        List<String> row;
        try {
          row = records.next();
        } catch (IllegalArgumentException e) {
          throw new HistoryException(name + ":" + e.getMessage() + " (nothing was imported)");
        } catch (UncheckedIOException e) {
          throw new HistoryException(name + ": cannot read: " + e.getCause().getMessage() + " (nothing was imported)", e);
        }
        return reply(records.line(), get(row, text), get(row, agent), get(row, channel), get(row, sentAt), get(row, source));
      }

      private String get(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index) : null;
      }
    }
  }

  private static String blankToDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
