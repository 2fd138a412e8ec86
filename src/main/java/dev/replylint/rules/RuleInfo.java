package dev.replylint.rules;

import dev.replylint.text.Analysis;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a rule once: the registry, {@code replylint rules}, the JSON/SARIF output and the
 * README's rule table all read this annotation, so an id or summary is written in one place.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable kebab-case id, used in policies and output. */
  String id();

  /** One line: what the rule flags. */
  String summary();

  /** Severity when the policy does not set one. */
  Severity severity();

  /** Why a brand should care, in a sentence. */
  String rationale();

  /** Where the etiquette articles say so, e.g. {@code seed 000: "Don't use emoticons"}. */
  String source();

  /** What the rule needs computed from the draft beyond its text. */
  Analysis[] needs() default {};

  /** True when the rule only works with the customer's post ({@code --in-reply-to}). */
  boolean needsCustomerPost() default false;
}
