package dev.replylint.text;

import dev.replylint.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads user files (drafts, policies, histories to import) as strict UTF-8 with clear errors: a
 * missing file, a directory, a file over the size limit, a binary file, or bytes that are not
 * UTF-8 (with the byte offset) each get their own message. Nothing is silently replaced.
 */
public final class InputText {
  private InputText() {}

  /** Reads a whole file; {@code what} names it in errors ("draft", "policy"). */
  public static String readFile(Path path, String what, long maxBytes) {
    return readFile(path, path.toString(), what, maxBytes);
  }

  /** Reads a whole file, naming it {@code displayName} in errors (the path as the user wrote it). */
  public static String readFile(Path path, String displayName, String what, long maxBytes) {
    if (Files.isDirectory(path)) {
      throw new UserError(displayName + ": is a directory, not a " + what + " file");
    }
    long size;
    byte[] bytes;
    try {
      size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge(displayName, what, size, maxBytes);
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UserError(displayName + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UserError(displayName + ": permission denied");
    } catch (IOException e) {
      throw new UserError(displayName + ": cannot read: " + e.getMessage());
    }
    return decode(bytes, displayName, what);
  }

  /** Reads a stream to its end, refusing more than {@code maxBytes}. */
  public static String readStream(InputStream in, String name, String what, long maxBytes) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(name, what, bytes.length, maxBytes);
      }
      return decode(bytes, name, what);
    } catch (IOException e) {
      throw new UserError(name + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Decodes strict UTF-8, dropping a leading byte-order mark. A NUL byte means a binary file
   * (no reply contains one); an invalid sequence is reported with its byte offset.
   */
  public static String decode(byte[] bytes, String name, String what) {
    int firstNul = indexOfNul(bytes);
    if (firstNul >= 0) {
      throw new UserError(
          name + ": looks like a binary file (NUL byte at offset " + firstNul + "), not a " + what);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new UserError(
          name + ": not valid UTF-8 at byte offset " + in.position() + "; save the " + what + " as UTF-8");
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new UserError(name + ": not valid UTF-8 at the end of the file");
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static UserError tooLarge(String name, String what, long size, long maxBytes) {
    return new UserError(
        String.format(
            "%s: %s is %s; the limit is %s", name, what, humanSize(size), humanSize(maxBytes)));
  }

  static String humanSize(long bytes) {
    if (bytes >= 1 << 20) {
      return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
    }
    if (bytes >= 1 << 10) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / (double) (1 << 10));
    }
    return bytes + " bytes";
  }
}
