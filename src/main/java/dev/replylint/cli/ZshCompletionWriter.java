package dev.replylint.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes a native zsh completion ({@code #compdef}, {@code _arguments}) from the picocli model:
 * option descriptions, value lists, file arguments and nested commands. picocli's own
 * {@code AutoComplete} writes bash only; in zsh it needs {@code bashcompinit} and shows no
 * descriptions.
 */
final class ZshCompletionWriter {
  private final StringBuilder script = new StringBuilder();
  private final List<String> helpers = new ArrayList<>();

  static String write(CommandLine root, String regenerateCommand) {
    return new ZshCompletionWriter().render(root.getCommandSpec(), regenerateCommand);
  }

  private String render(CommandSpec root, String regenerateCommand) {
    String name = root.name();
    String function = "_" + name;
    line("#compdef " + name);
    line("# zsh completion for " + name + ", generated from the picocli model by " + CliDocsGenerator.class.getName() + "; do not edit.");
    line("# Regenerate with: " + regenerateCommand);
    line("# Install: put this file, named " + function + ", in a directory on $fpath before compinit runs.");
    command(root, function);
    for (String helper : helpers) {
      script.append(helper);
    }
    line("");
    line("if [ \"$funcstack[1]\" = \"" + function + "\" ]; then");
    line("  " + function + " \"$@\"");
    line("else");
    line("  compdef " + function + " " + name);
    line("fi");
    return script.toString();
  }

  private void command(CommandSpec command, String function) {
    Map<String, CommandSpec> subcommands = new LinkedHashMap<>();
    command.subcommands().forEach((alias, sub) -> subcommands.putIfAbsent(sub.getCommandSpec().name(), sub.getCommandSpec()));
    List<String> specs = new ArrayList<>();
    for (OptionSpec option : command.options()) {
      if (!option.hidden()) {
        specs.add(optionSpec(option, function));
      }
    }
    if (subcommands.isEmpty()) {
      for (PositionalParamSpec positional : command.positionalParameters()) {
        if (!positional.hidden()) {
          specs.add(positionalSpec(positional, function));
        }
      }
    } else {
      specs.add("'1: :->command'");
      specs.add("'*:: :->args'");
    }

    line("");
    line(function + "() {");
    if (!subcommands.isEmpty()) {
      line("  local curcontext=\"$curcontext\" state line");
      line("  typeset -A opt_args");
    }
    script.append("  _arguments -s -S").append(subcommands.isEmpty() ? "" : " -C");
    for (String spec : specs) {
      script.append(" \\\n    ").append(spec);
    }
    script.append(subcommands.isEmpty() ? "\n" : " && return\n");
    if (!subcommands.isEmpty()) {
      line("  case $state in");
      line("    command)");
      line("      local -a commands");
      line("      commands=(");
      for (CommandSpec sub : subcommands.values()) {
        line("        " + quote(sub.name() + ":" + firstSentence(sub.usageMessage().description()).replace(":", "\\:")));
      }
      line("      )");
      line("      _describe -t commands " + quote(command.qualifiedName() + " command") + " commands");
      line("      ;;");
      line("    args)");
      line("      case $line[1] in");
      for (CommandSpec sub : subcommands.values()) {
        line("        " + sub.name() + ") " + function + "_" + sub.name() + " ;;");
      }
      line("      esac");
      line("      ;;");
      line("  esac");
    }
    line("}");
    for (CommandSpec sub : subcommands.values()) {
      command(sub, function + "_" + sub.name());
    }
  }

  private String optionSpec(OptionSpec option, String function) {
    String[] names = option.names();
    boolean takesValue = option.arity().max > 0;
    String exclusion;
    if (option.usageHelp() || option.versionHelp()) {
      exclusion = "(- *)";
    } else if (names.length > 1) {
      exclusion = "(" + String.join(" ", names) + ")";
    } else {
      exclusion = "";
    }
    List<String> forms = new ArrayList<>();
    for (String n : names) {
      forms.add(n + (takesValue ? (n.startsWith("--") ? "=" : "+") : ""));
    }
    String description = "[" + bracketEscape(firstSentence(option.renderedDescription())) + "]";
    String value = takesValue ? ":" + colonEscape(option.paramLabel()) + ":" + action(option, function) : "";
    String tail = description + value;
    if (forms.size() == 1) {
      return quote(exclusion + forms.get(0) + tail);
    }
    return (exclusion.isEmpty() ? "" : quote(exclusion)) + "{" + String.join(",", forms) + "}" + quote(tail);
  }

  private String positionalSpec(PositionalParamSpec positional, String function) {
    String prefix = positional.isMultiValue() ? "*" : (positional.arity().min == 0 ? ":" : "");
    return quote(prefix + ":" + colonEscape(positional.paramLabel()) + ":" + action(positional, function));
  }

  /** Listed values, files, or both (a helper function offers the two side by side). */
  private String action(ArgSpec arg, String function) {
    List<String> candidates = new ArrayList<>();
    if (arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(candidates::add);
    }
    boolean files = arg.paramLabel().toUpperCase(Locale.ROOT).contains("FILE")
        || java.nio.file.Path.class.isAssignableFrom(arg.type())
        || java.io.File.class.isAssignableFrom(arg.type());
    String values = "(" + String.join(" ", candidates) + ")";
    if (candidates.isEmpty()) {
      return files ? "_files" : " ";
    }
    if (!files) {
      return values;
    }
    String helper = function + "_" + (arg instanceof OptionSpec o ? o.longestName().replaceFirst("^-+", "") : arg.paramLabel()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    helpers.add(
        "\n" + helper + "() {\n  _alternative " + quote("values:" + arg.paramLabel().toLowerCase(Locale.ROOT) + ":" + values) + " 'files:file:_files'\n}\n");
    return helper;
  }

  private static String firstSentence(String[] description) {
    String text = String.join(" ", description).replace("%n", " ").replaceAll("\\s+", " ").strip();
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  private static String bracketEscape(String s) {
    return s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:");
  }

  private static String colonEscape(String s) {
    return s.replace(":", "\\:");
  }

  /** Single-quoted for the shell: a quote inside becomes '\''. */
  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private void line(String text) {
    script.append(text).append('\n');
  }
}
