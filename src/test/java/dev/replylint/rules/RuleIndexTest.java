package dev.replylint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.replylint.testing.BannedWordRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The build's index of rule ids and severities says what the annotations say. */
class RuleIndexTest {
  static List<Class<? extends Rule>> builtinRuleClasses() {
    List<Class<? extends Rule>> classes = new ArrayList<>();
    BuiltinRules.registry().all().forEach(t -> classes.add(t.ruleClass()));
    return classes;
  }

  @ParameterizedTest
  @MethodSource("builtinRuleClasses")
  void indexMatchesTheAnnotation(Class<? extends Rule> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);

    assertEquals(info.id(), RuleIndex.id(ruleClass), "the build indexes " + ruleClass.getName());
    assertEquals(info.severity(), RuleIndex.severity(ruleClass));
  }

  @ParameterizedTest
  @MethodSource("builtinRuleClasses")
  void ruleTypeAgreesWithItsAnnotation(Class<? extends Rule> ruleClass) {
    RuleType<?> type = BuiltinRules.registry().all().stream().filter(t -> t.ruleClass() == ruleClass).findFirst().orElseThrow();

    assertEquals(type.info().id(), type.id());
    assertEquals(type.info().severity(), type.defaultSeverity());
  }

  @Test
  void aRuleTheIndexDoesNotKnowIsReadFromItsAnnotation() {
    assertNull(RuleIndex.id(BannedWordRule.class));
    RuleType<?> type = BannedWordRule.registry().all().iterator().next();

    assertEquals("banned-word", type.id());
    assertEquals(Severity.WARNING, type.defaultSeverity());
  }
}
