package dev.replylint;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into the jar. */
public final class Version {
  private Version() {}

  public static String get() {
    return Holder.VERSION;
  }

  private static final class Holder {
    static final String VERSION = read();

    private static String read() {
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        Properties p = new Properties();
        if (in != null) {
          p.load(in);
        }
        return p.getProperty("version", "unknown");
      } catch (IOException e) {
        return "unknown";
      }
    }
  }
}
