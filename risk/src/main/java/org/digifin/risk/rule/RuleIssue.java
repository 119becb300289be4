package org.digifin.risk.rule;

/**
 * A problem found when a rule set is loaded.
 *
 * @param ruleId the rule at fault
 * @param code stable code: {@code rule.syntax} (does not parse), {@code rule.type} (does not type
 *     check, e.g. an unknown feature or a string compared with a number), {@code rule.not_boolean}
 *     (the expression is not a condition), {@code rule.duplicate} (id used twice)
 * @param line 1-based line in the expression, 0 when not positional
 * @param column 1-based column in the expression, 0 when not positional
 * @param message what is wrong, for people
 */
public record RuleIssue(String ruleId, String code, int line, int column, String message) {

  @Override
  public String toString() {
    return ruleId + ":" + line + ":" + column + ": " + code + ": " + message;
  }
}
