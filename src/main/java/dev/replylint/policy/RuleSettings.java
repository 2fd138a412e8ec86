package dev.replylint.policy;

import dev.replylint.rules.Severity;

/**
 * How the effective policy configures one rule.
 *
 * @param options the rule's typed options record, every default filled in
 */
public record RuleSettings(String id, boolean enabled, Severity severity, Object options) {}
