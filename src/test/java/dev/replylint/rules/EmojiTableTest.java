package dev.replylint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Keeps the committed emoji table identical to what the pinned jemoji version says. */
class EmojiTableTest {
  @Test
  void committedTableMatchesTheEmojiLibrary() throws IOException {
    if (Boolean.getBoolean("replylint.regenerate-emoji-table")) {
      EmojiTableGenerator.write();
    }
    assertEquals(
        EmojiTableGenerator.generate(),
        Files.readString(EmojiTableGenerator.TABLE, StandardCharsets.UTF_8),
        "emoji-sequences.txt is stale; regenerate it: mvn -q test -Dtest=EmojiTableTest -Dreplylint.regenerate-emoji-table=true");
  }
}
