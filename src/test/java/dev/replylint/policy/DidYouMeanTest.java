package dev.replylint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  @Test
  void suggestsCloseNamesOnly() {
    List<String> names = List.of("emoticon", "all-caps", "private-data");
    assertEquals(Optional.of("emoticon"), DidYouMean.closest("emoticons", names));
    assertEquals(Optional.of("all-caps"), DidYouMean.closest("allcaps", names));
    assertEquals(Optional.of("private-data"), DidYouMean.closest("privtae-data", names));
    assertEquals(Optional.empty(), DidYouMean.closest("grammar", names));
  }
}
