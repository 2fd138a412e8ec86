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
            RuleType.of(AvoidPhrasesRule.class, AvoidPhrasesRule.Options.class, AvoidPhrasesRule::new),
            RuleType.of(ChannelSwitchRule.class, ChannelSwitchRule.Options.class, ChannelSwitchRule::new),
            RuleType.of(EmoticonRule.class, EmoticonRule.Options.class, EmoticonRule::new),
            RuleType.of(EmpathyRule.class, EmpathyRule.Options.class, EmpathyRule::new),
            RuleType.of(HelpOfferRule.class, HelpOfferRule.Options.class, HelpOfferRule::new),
            RuleType.of(JudgementalToneRule.class, JudgementalToneRule.Options.class, JudgementalToneRule::new),
            RuleType.of(OfferPrivacyRule.class, OfferPrivacyRule.Options.class, OfferPrivacyRule::new),
            RuleType.of(PrivateDataRule.class, PrivateDataRule.Options.class, PrivateDataRule::new),
            RuleType.of(SamenessRule.class, SamenessRule.Options.class, SamenessRule::new)
            ));
  }
}
