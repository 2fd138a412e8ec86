package dev.replylint.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the troff man page (section 1) from the picocli model: commands, their options and
 * arguments, the exit codes and the root command's footer sections (environment, files, examples).
 * Written here rather than through picocli-codegen's {@code ManPageGenerator}, which emits AsciiDoc
 * and would need Asciidoctor (a Ruby toolchain) at build time to become a page {@code man} can read.
 */
final class ManPageWriter {
  private final StringBuilder page = new StringBuilder();

  static String write(CommandLine root, String version, String regenerateCommand) {
    return new ManPageWriter().render(root.getCommandSpec(), version, regenerateCommand);
  }

  private String render(CommandSpec root, String version, String regenerateCommand) {
    String name = root.name();
    line(".\\\" Generated from the picocli model by " + CliDocsGenerator.class.getName() + "; do not edit.");
    line(".\\\" Regenerate with: " + regenerateCommand);
    line(".TH " + name.toUpperCase(Locale.ROOT) + " 1 \"\" \"" + escape(name + " " + version) + "\" \"User Commands\"");
    line(".SH NAME");
    line(escape(name) + " \\- " + escape(lowerFirst(stripPeriod(joined(root.usageMessage().description())))));

    line(".SH SYNOPSIS");
    List<CommandSpec> leaves = new ArrayList<>();
    collectLeaves(root, leaves);
    boolean first = true;
    for (CommandSpec command : leaves) {
      if (!first) {
        line(".br");
      }
      first = false;
      line(synopsis(command));
    }

    line(".SH DESCRIPTION");
    paragraphs(root.usageMessage().description());
    line(".PP");
    line("Commands:");
    for (CommandSpec command : leaves) {
      line(".TP");
      line("\\fB" + escape(command.qualifiedName()) + "\\fR");
      line(escape(joined(command.usageMessage().description())));
    }

    line(".SH OPTIONS");
    line("These options are accepted by every command:");
    for (OptionSpec option : sorted(root.options())) {
      option(option);
    }

    line(".SH COMMANDS");
    for (CommandSpec command : leaves) {
      line(".SS \"" + escape(command.qualifiedName()) + "\"");
      paragraphs(command.usageMessage().description());
      for (PositionalParamSpec positional : command.positionalParameters()) {
        if (positional.hidden()) {
          continue;
        }
        line(".TP");
        line("\\fI" + escape(positional.paramLabel()) + "\\fR" + (positional.isMultiValue() ? "..." : ""));
        line(escape(joined(positional.renderedDescription())));
      }
      for (OptionSpec option : sorted(command.options())) {
        if (!everyCommandHas(root, option)) {
          option(option);
        }
      }
    }

    line(".SH \"EXIT STATUS\"");
    for (Map.Entry<String, String> code : root.usageMessage().exitCodeList().entrySet()) {
      line(".TP");
      line(".B " + escape(code.getKey().strip()));
      line(escape(code.getValue().strip()));
    }

    footerSections(root);
    return page.toString();
  }

  private static void collectLeaves(CommandSpec command, List<CommandSpec> leaves) {
    Set<CommandSpec> children = new LinkedHashSet<>();
    for (CommandLine sub : command.subcommands().values()) {
      children.add(sub.getCommandSpec());
    }
    if (children.isEmpty()) {
      leaves.add(command);
    }
    for (CommandSpec child : children) {
      collectLeaves(child, leaves);
    }
  }

  private String synopsis(CommandSpec command) {
    StringBuilder s = new StringBuilder(".B ").append(escape(command.qualifiedName())).append("\n");
    List<String> parts = new ArrayList<>();
    if (!command.options().isEmpty()) {
      parts.add("[\\fIOPTIONS\\fR]");
    }
    for (PositionalParamSpec positional : command.positionalParameters()) {
      if (positional.hidden()) {
        continue;
      }
      String label = "\\fI" + escape(positional.paramLabel()) + "\\fR" + (positional.isMultiValue() ? "..." : "");
      parts.add(positional.arity().min == 0 ? "[" + label + "]" : label);
    }
    s.append(String.join(" ", parts));
    return s.toString();
  }

  private void option(OptionSpec option) {
    List<String> names = new ArrayList<>();
    for (String n : option.names()) {
      names.add("\\fB" + escape(n) + "\\fR");
    }
    String head = String.join(", ", names);
    if (option.arity().max > 0) {
      head += "=\\fI" + escape(option.paramLabel()) + "\\fR";
    }
    line(".TP");
    line(head);
    line(escape(joined(option.renderedDescription())));
  }

  /** Options every command accepts (help, version, inherited ones) are documented once, under OPTIONS. */
  private static boolean everyCommandHas(CommandSpec root, OptionSpec option) {
    return root.findOption(option.longestName()) != null;
  }

  private static List<OptionSpec> sorted(List<OptionSpec> options) {
    List<OptionSpec> visible = new ArrayList<>();
    for (OptionSpec option : options) {
      if (!option.hidden()) {
        visible.add(option);
      }
    }
    visible.sort(Comparator.comparing(o -> o.longestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT)));
    return visible;
  }

  /** The footer's sections: see {@link ReplylintCommand} for the layout it follows. */
  private void footerSections(CommandSpec root) {
    List<String> lines = new ArrayList<>();
    lines.add(root.usageMessage().footerHeading());
    lines.addAll(List.of(root.usageMessage().footer()));
    boolean literal = false;
    for (String raw : lines) {
      String text = raw.replace("%n", "\n").replace("%%", "%");
      if (text.startsWith("\n") && text.strip().endsWith(":")) {
        literal = endLiteral(literal);
        String heading = text.strip();
        line(".SH " + escape(heading.substring(0, heading.length() - 1).toUpperCase(Locale.ROOT)));
      } else if (text.startsWith("      ")) {
        literal = endLiteral(literal);
        line(escape(text.strip()));
      } else if (text.startsWith("    ")) {
        if (!literal) {
          line(".PP");
          line(".RS 4");
          line(".nf");
          literal = true;
        }
        line(escape(text.strip()));
      } else {
        literal = endLiteral(literal);
        String[] item = text.strip().split("\\s{2,}", 2);
        if (item.length == 2) {
          line(".TP");
          line("\\fB" + escape(item[0]) + "\\fR");
          line(escape(item[1]));
        } else {
          line(".PP");
          line(escape(text.strip()));
        }
      }
    }
    endLiteral(literal);
  }

  private boolean endLiteral(boolean literal) {
    if (literal) {
      line(".fi");
      line(".RE");
    }
    return false;
  }

  private void paragraphs(String[] lines) {
    for (String text : lines) {
      line(".PP");
      line(escape(text.replace("%n", " ").strip()));
    }
  }

  private void line(String text) {
    page.append(text).append('\n');
  }

  private static String joined(String[] lines) {
    return String.join(" ", lines).replace("%n", " ").replaceAll("\\s+", " ").strip();
  }

  private static String stripPeriod(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Backslashes and hyphens escaped ({@code \-} stays an ASCII minus when a reader copies an
   * option), characters beyond ASCII as groff's {@code \[uXXXX]} (troff reads bytes, not UTF-8),
   * and a line never starts with a control character.
   */
  static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    StringBuilder ascii = new StringBuilder(escaped.length());
    escaped
        .codePoints()
        .forEach(
            cp -> {
              if (cp < 128) {
                ascii.appendCodePoint(cp);
              } else {
                ascii.append(String.format(Locale.ROOT, "\\[u%04X]", cp));
              }
            });
    String s = ascii.toString();
    if (s.startsWith(".") || s.startsWith("'")) {
      s = "\\&" + s;
    }
    return s;
  }
}
