package dev.replylint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.replylint.text.Position;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingRedactedTest {
  private static Finding finding(String text, String message, List<String> suggestions, Map<String, Object> properties) {
    return new Finding("r", Severity.ERROR, message, 0, text.length(), new Position(1, 1), new Position(1, 1 + text.length()), text, suggestions, properties);
  }

  @Test
  void masksTheTextAndItsRewrittenFormsEverywhere() {
    Finding f =
        finding(
            "WE ARE NOT SORRY",
            "\"WE ARE NOT SORRY\" reads as shouting; write \"we are not sorry\"",
            List.of("we are not sorry"),
            Map.of("words", List.of("WE", "ARE", "NOT", "SORRY"), "count", 4, "nested", Map.of("original", "We Are Not Sorry")));
    Finding r = f.redacted();
    assertEquals("████████████████", r.text());
    assertEquals("\"████████████████\" reads as shouting; write \"████████████████\"", r.message());
    assertEquals(List.of("████████████████"), r.suggestions());
    assertEquals(List.of("██", "███", "███", "█████"), r.properties().get("words"));
    assertEquals(4, r.properties().get("count"));
    assertEquals(Map.of("original", "████████████████"), r.properties().get("nested"));
    assertEquals(f.start(), r.start());
    assertEquals(f.endPosition(), r.endPosition());
  }

  @Test
  void masksOneCharacterPerCodePointAndKeepsDeleteSuggestions() {
    Finding r = finding("😀", "emoji \"😀\" in a brand reply", List.of(""), Map.of()).redacted();
    assertEquals("█", r.text());
    assertEquals("emoji \"█\" in a brand reply", r.message());
    assertEquals(List.of(""), r.suggestions());
  }

  @Test
  void masksQuotedFragmentsOfTheText() {
    Finding r = finding("call 555-0100 now", "phone number \"555-0100\" in public", List.of(), Map.of()).redacted();
    assertEquals("phone number \"████████\" in public", r.message());
  }

  @Test
  void aShortMatchDoesNotBlankOutWordsThatContainIt() {
    Finding r = finding("U", "\"U\" reads as shouting; write \"you\"", List.of("you"), Map.of()).redacted();
    assertEquals("\"█\" reads as shouting; write \"███\"", r.message());
    assertFalse(r.message().contains("U"));
  }

  @Test
  void aFindingWithNothingToHideIsReturnedAsItIs() {
    Finding f = finding("", "missing a way to continue the conversation", List.of(""), Map.of());
    assertSame(f, f.redacted());
  }
}
