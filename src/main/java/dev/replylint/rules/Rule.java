package dev.replylint.rules;

import dev.replylint.text.Draft;
import java.util.List;

/**
 * A check on one draft. Implementations are annotated with {@link RuleInfo}, built once per
 * policy from their typed options, and then called from any number of threads: they keep no
 * per-draft state, do no I/O, never print and never exit.
 */
public interface Rule {
  List<Finding> check(Draft draft, RuleContext context);
}
