package dev.replylint.rules.tone;

import dev.replylint.rules.logistic.LogisticTrainer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalkingDownModelTest {
  @Test
  void theBuildTrainsTheModelIntoTheClassesAndItLoads() throws IOException {
    try (InputStream in = TalkingDownModel.class.getResourceAsStream(TalkingDownModel.RESOURCE)) {
      assertNotNull(in, TalkingDownModel.RESOURCE + " not on the class path: the process-classes training step did not run");
      assertNotNull(TalkingDownModel.read(in));
    }
    assertSame(TalkingDownModel.shipped(), TalkingDownModel.shipped(), "loaded once per JVM");
  }

  /** Written for this test, in no training file: a sanity check of the direction, not a measure. */
  @Test
  void talkingDownScoresAboveAPlainAnswerOfTheSameShape() {
    TalkingDownModel model = TalkingDownModel.shipped();
    double rude = model.probability(TalkingDownTrainer.scan("You would have spotted the fee if you had bothered to scroll down."));
    double kind = model.probability(TalkingDownTrainer.scan("You will see the fee at the bottom of the page before you pay."));
    assertTrue(rude > 0.5 && kind < 0.5, "rude " + rude + ", kind " + kind);
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    List<LogisticTrainer.Example> examples = TalkingDownTrainer.read(Path.of("src/main/training"));
    List<LogisticTrainer.Example> half = examples.subList(0, examples.size() / 2);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    TalkingDownTrainer.train(half).write(first);
    TalkingDownTrainer.train(half).write(second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    assertNotNull(TalkingDownModel.read(new ByteArrayInputStream(first.toByteArray())));
  }

  /** The dev-rows file is generated, not edited: a labelled rude reply is one line, other English replies one line a sentence. */
  @Test
  void devRowsTakeARudeReplyWholeAndOtherEnglishRepliesBySentence(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path labelled = dir.resolve("set.jsonl");
    java.nio.file.Files.writeString(
        labelled,
        String.join(
            "\n",
            "{\"id\": \"x1\", \"kind\": \"rude\", \"reply\": \"It was on the sign. Read it.\", \"fire\": [\"judgemental-tone\", \"help-offer\"]}",
            "{\"id\": \"x2\", \"kind\": \"good\", \"reply\": \"Sorry about that! DM us and we'll sort it.\", \"fire\": []}",
            "{\"id\": \"x3\", \"kind\": \"other-language\", \"reply\": \"Lo sentimos mucho.\", \"fire\": [\"help-offer\"]}",
            "{\"id\": \"x4\", \"kind\": \"good\", \"reply\": \"Sorry about that!\", \"fire\": []}"));
    List<String> rows = TalkingDownTrainer.devRows(List.of(labelled));
    org.junit.jupiter.api.Assertions.assertEquals(
        List.of("talking-down\tIt was on the sign. Read it.\tx1", "fine\tSorry about that!\tx2", "fine\tDM us and we'll sort it.\tx2"),
        rows.subList(1, rows.size()));
  }

  @Test
  void anythingElseIsRefused() {
    assertThrows(IOException.class, () -> TalkingDownModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})));
  }
}
