package dev.replylint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --in-reply-to FILE|-} hands the customer's post to the rules that use it. */
class InReplyToTest {
  @TempDir Path dir;

  private static final String THANKS = "Thank you, we're so glad you enjoyed it!";

  @Test
  void aThankYouToPraiseNeedsNoOfferWhenThePostIsGiven() throws IOException {
    Files.writeString(dir.resolve("post.txt"), "Loved my stay, the staff were amazing!");
    Files.writeString(dir.resolve("draft.txt"), THANKS);
    CliRun without = CliRun.run(dir, "", "check", "--format", "json", "draft.txt");
    assertTrue(without.out().contains("\"help-offer\""), without.out());
    CliRun with = CliRun.run(dir, "", "check", "--format", "json", "--in-reply-to", "post.txt", "draft.txt");
    assertFalse(with.out().contains("\"help-offer\""), with.out());
    assertEquals(ExitCodes.CLEAN, with.exitCode(), with.err());
  }

  @Test
  void thePostMayComeFromStandardInputWhenTheDraftsAreFiles() throws IOException {
    Files.writeString(dir.resolve("draft.txt"), THANKS);
    CliRun r = CliRun.run(dir, "Loved my stay, the staff were amazing!", "check", "--format", "json", "--in-reply-to", "-", "draft.txt");
    assertFalse(r.out().contains("\"help-offer\""), r.out());
  }

  @Test
  void standardInputCannotFeedBothThePostAndADraft() {
    CliRun r = CliRun.run(dir, "a draft", "check", "--in-reply-to", "-");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertTrue(r.err().contains("standard input cannot be read twice"), r.err());
    CliRun explicit = CliRun.run(dir, "a draft", "check", "--in-reply-to", "-", "-");
    assertEquals(ExitCodes.ERROR, explicit.exitCode());
  }

  @Test
  void aMissingPostFileIsAnInputError() {
    CliRun r = CliRun.run(dir, "Sorry!", "check", "--in-reply-to", "nope.txt");
    assertEquals(ExitCodes.ERROR, r.exitCode());
    assertEquals("replylint: nope.txt: no such file\n", r.err());
  }
}
