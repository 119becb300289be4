package org.digifin.risk.rule;

import java.util.List;
import org.digifin.basics.error.ValidationException;

/**
 * A rule set that failed validation at load, with every issue found (code {@code rule_set.invalid};
 * each {@link RuleIssue} carries its own stable code and position). Nothing of the set is used.
 */
public final class RuleSetException extends ValidationException {

  private final transient List<RuleIssue> issues;

  RuleSetException(List<RuleIssue> issues) {
    super("rule_set.invalid", "rules", "invalid rule set: " + issues);
    this.issues = List.copyOf(issues);
  }

  /** Every problem found, in rule order. */
  public List<RuleIssue> issues() {
    return issues;
  }
}
