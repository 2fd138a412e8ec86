package dev.replylint.rules;

import java.util.List;

/**
 * Every rule that ships with replylint, one line each, alphabetical by id. A test checks this list
 * against the rule classes, the default policy, the fixtures and the README.
 */
public final class BuiltinRules {
  private BuiltinRules() {}

  public static RuleRegistry registry() {
    return new RuleRegistry(
        List.of(
            // one RuleType.of(...) line per rule, alphabetical by id
            RuleType.of(AllCapsRule.class, AllCapsRule.Options.class, AllCapsRule::new),
            RuleType.of(EmoticonRule.class, EmoticonRule.Options.class, EmoticonRule::new),
            RuleType.of(PrivateDataRule.class, PrivateDataRule.Options.class, PrivateDataRule::new),
            RuleType.of(SamenessRule.class, SamenessRule.Options.class, SamenessRule::new)
            ));
  }
}
