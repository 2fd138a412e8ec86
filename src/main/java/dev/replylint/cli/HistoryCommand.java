package dev.replylint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replylint.UserError;
import dev.replylint.history.HistoryStats;
import dev.replylint.history.HistoryStore;
import dev.replylint.history.NewReply;
import dev.replylint.history.ReplyFiles;
import dev.replylint.policy.Policy;
import dev.replylint.text.InputText;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The history of replies the team has sent, which the sameness rule compares drafts with.",
    subcommands = {
      HistoryCommand.Import.class,
      HistoryCommand.Add.class,
      HistoryCommand.Stats.class,
      HistoryCommand.Export.class,
      HistoryCommand.Prune.class
    })
final class HistoryCommand implements Runnable {
  @ParentCommand ReplylintCommand root;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: say import, add, stats, export or prune");
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Imports past replies: .jsonl ({\"text\", \"agent\", \"channel\", \"sent-at\"} per line), .csv with a header row naming those columns, or text (one reply per line).",
        "Each file is imported in one transaction: all of its replies or, on any error, none."
      })
  static final class Import implements Callable<Integer> {
    @ParentCommand HistoryCommand parent;

    @Spec CommandSpec spec;

    @Mixin HistoryOption history;

    @Mixin PolicyOption policyOption;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, csv or txt (default: from the file name).")
    ReplyFiles.Format format;

    @Option(names = "--agent", paramLabel = "NAME", description = "Agent for replies that do not name one.")
    String agent;

    @Option(names = "--channel", paramLabel = "NAME", description = "Channel for replies that do not name one.")
    String channel;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files of past replies.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() {
      CliEnvironment environment = parent.root.environment();
      Policy policy = policyOption.resolve(parent.root.registry(), environment);
      PrintWriter out = spec.commandLine().getOut();
      try (HistoryStore store = history.open(environment, true)) {
        for (String file : files) {
          Path path = environment.workingDirectory().resolve(file);
          if (!Files.isRegularFile(path)) {
            throw new UserError(file + ": no such file");
          }
          ReplyFiles.Format f = format == null ? ReplyFiles.Format.of(path) : format;
          long count;
          try (ReplyFiles.Replies replies =
              ReplyFiles.read(path, file, f, new ReplyFiles.Defaults(agent, channel, Instant.now(), file))) {
            count = store.addAll(replies, policy.shared().placeholders());
          }
          out.println("imported " + count + " replies from " + file + " into " + store.location());
          out.flush();
        }
      }
      return ExitCodes.CLEAN;
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Records replies that were sent: each FILE is one reply; no FILE, or -, reads one from standard input.")
  static final class Add implements Callable<Integer> {
    @ParentCommand HistoryCommand parent;

    @Spec CommandSpec spec;

    @Mixin HistoryOption history;

    @Mixin PolicyOption policyOption;

    @Option(names = "--agent", paramLabel = "NAME", description = "Who sent it.")
    String agent;

    @Option(names = "--channel", paramLabel = "NAME", description = "Where it was sent (twitter, facebook, …).")
    String channel;

    @Option(names = "--sent-at", paramLabel = "TIME", description = "When it was sent, ISO-8601 (default: now).")
    String sentAt;

    @Parameters(paramLabel = "FILE", description = "Replies to record; - for standard input.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() {
      CliEnvironment environment = parent.root.environment();
      Policy policy = policyOption.resolve(parent.root.registry(), environment);
      Instant when = sentAt == null ? Instant.now() : parseInstant(spec, sentAt);
      List<NewReply> replies = new ArrayList<>();
      for (String file : files.isEmpty() ? List.of("-") : files) {
        String text =
            file.equals("-")
                ? InputText.readStream(environment.stdin(), "<stdin>", "reply", CheckCommand.MAX_DRAFT_BYTES)
                : InputText.readFile(environment.workingDirectory().resolve(file), file, "reply", CheckCommand.MAX_DRAFT_BYTES);
        if (text.isBlank()) {
          throw new UserError((file.equals("-") ? "<stdin>" : file) + ": empty reply, nothing recorded");
        }
        replies.add(new NewReply(text.strip(), agent, channel, when, file.equals("-") ? "stdin" : file));
      }
      PrintWriter out = spec.commandLine().getOut();
      try (HistoryStore store = history.open(environment, true)) {
        for (NewReply reply : replies) {
          out.println("recorded #" + store.add(reply, policy.shared().placeholders()));
        }
      }
      return ExitCodes.CLEAN;
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "What the history holds.")
  static final class Stats implements Callable<Integer> {
    @ParentCommand HistoryCommand parent;

    @Spec CommandSpec spec;

    @Mixin HistoryOption history;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (HistoryStore store = history.open(parent.root.environment(), false)) {
        HistoryStats s = store.stats();
        out.println("history:        " + s.location() + " (schema " + s.schemaVersion() + ")");
        out.println("replies:        " + s.replies());
        out.println("distinct texts: " + s.distinctTexts());
        out.println("agents:         " + s.agents());
        if (s.oldest() != null) {
          out.println("oldest:         " + s.oldest());
          out.println("newest:         " + s.newest());
        }
        if (!HistoryStore.isJdbcUrl(s.location())) {
          try {
            out.println("size on disk:   " + Files.size(Path.of(s.location())) + " bytes");
          } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return ExitCodes.CLEAN;
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Prints every reply as JSON Lines (id, text, agent, channel, sent-at, source), oldest first; `history import` reads it back.")
  static final class Export implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand HistoryCommand parent;

    @Spec CommandSpec spec;

    @Mixin HistoryOption history;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (HistoryStore store = history.open(parent.root.environment(), false)) {
        store.export(
            r -> {
              ObjectNode node = JSON.createObjectNode();
              node.put("id", r.id());
              node.put("text", r.text());
              node.put("agent", r.agent());
              node.put("channel", r.channel());
              node.put("sent-at", r.sentAt().toString());
              node.put("source", r.source());
              try {
                out.println(JSON.writeValueAsString(node));
              } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
              }
            });
      }
      out.flush();
      return ExitCodes.CLEAN;
    }
  }

  @Command(
      name = "prune",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Deletes replies sent longer ago than the given age (the history holds customer-facing text: keep only what you need).")
  static final class Prune implements Callable<Integer> {
    private static final Pattern AGE = Pattern.compile("(\\d{1,6})([hdw])");

    @ParentCommand HistoryCommand parent;

    @Spec CommandSpec spec;

    @Mixin HistoryOption history;

    @Option(names = "--older-than", paramLabel = "AGE", required = true, description = "Age such as 180d, 26w or 48h.")
    String olderThan;

    @Override
    public Integer call() {
      Matcher m = AGE.matcher(olderThan);
      if (!m.matches()) {
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--older-than': '" + olderThan + "' (expected e.g. 180d, 26w or 48h)");
      }
      long n = Long.parseLong(m.group(1));
      Duration age =
          switch (m.group(2)) {
            case "h" -> Duration.ofHours(n);
            case "w" -> Duration.ofDays(7 * n);
            default -> Duration.ofDays(n);
          };
      try (HistoryStore store = history.open(parent.root.environment(), false)) {
        long deleted = store.pruneBefore(Instant.now().minus(age));
        spec.commandLine().getOut().println("pruned " + deleted + " replies older than " + olderThan + " from " + store.location());
      }
      return ExitCodes.CLEAN;
    }
  }

  static Instant parseInstant(CommandSpec spec, String value) {
    try {
      return java.time.OffsetDateTime.parse(value).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      try {
        return java.time.LocalDate.parse(value).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
      } catch (java.time.format.DateTimeParseException e2) {
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--sent-at': '" + value + "' (expected e.g. 2026-11-02T10:15:00Z)");
      }
    }
  }
}
