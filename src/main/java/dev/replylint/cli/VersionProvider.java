package dev.replylint.cli;

import dev.replylint.Version;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"replylint " + Version.get()};
  }
}
