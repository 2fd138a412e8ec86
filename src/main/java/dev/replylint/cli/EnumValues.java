package dev.replylint.cli;

import dev.replylint.report.Format;
import dev.replylint.rules.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Enum option values the way users type and read them: lower case in help, completions and errors
 * ({@code 'xml' is not one of text, json}), accepted in any case.
 */
abstract class EnumValues<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
  private final Class<E> type;

  EnumValues(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", this));
  }

  @Override
  public Iterator<String> iterator() {
    List<String> labels = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      labels.add(constant.name().toLowerCase(Locale.ROOT));
    }
    return labels.iterator();
  }

  /** {@code completionCandidates} and {@code converter} need classes with a no-argument constructor. */
  static final class Formats extends EnumValues<Format> {
    Formats() {
      super(Format.class);
    }
  }

  static final class Severities extends EnumValues<Severity> {
    Severities() {
      super(Severity.class);
    }
  }

  static final class ColorModes extends EnumValues<CheckCommand.ColorMode> {
    ColorModes() {
      super(CheckCommand.ColorMode.class);
    }
  }
}
