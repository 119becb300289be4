package org.digifin.risk.rule;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.digifin.basics.Checks;

/**
 * A rule as authored: a CEL boolean expression over the transaction, its features, the graph
 * patterns it completes and model scores, with what firing means.
 *
 * @param id stable id, {@code [a-z][a-z0-9_.-]*}
 * @param version the rule's own version, raised on every change
 * @param owner who answers for it (team or person)
 * @param expression the CEL condition; see {@link RuleCompiler} for the variables
 * @param weight contribution to the score when it fires, in [0, 1]
 * @param action the action it asks for
 * @param reasonZh the reason shown to staff and customers, in Chinese
 * @param reasonEn the same reason in English
 * @param shadow true to evaluate and record it without letting it act (trial before release)
 * @param coolingOff for {@link Action#HOLD} rules, how long the hold lasts unless released earlier
 *     (冷静期)
 */
public record Rule(
    String id,
    int version,
    String owner,
    String expression,
    double weight,
    Action action,
    String reasonZh,
    String reasonEn,
    boolean shadow,
    Optional<Duration> coolingOff) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

  public Rule {
    Checks.notNull(id, "id");
    Checks.check(
        ID.matcher(id).matches(), "rule.id", "id", "rule id must match [a-z][a-z0-9_.-]*: " + id);
    Checks.positive(version, "version");
    Checks.notBlank(owner, "owner");
    Checks.notBlank(expression, "expression");
    Checks.check(weight >= 0 && weight <= 1, "rule.weight", "weight", "weight must be in [0, 1]");
    Checks.notNull(action, "action");
    Checks.notBlank(reasonZh, "reasonZh");
    Checks.notBlank(reasonEn, "reasonEn");
    Checks.notNull(coolingOff, "coolingOff");
  }

  /** A rule that acts (not shadow) with no cooling-off. */
  public static Rule of(
      String id,
      String owner,
      String expression,
      double weight,
      Action action,
      String reasonZh,
      String reasonEn) {
    return new Rule(
        id, 1, owner, expression, weight, action, reasonZh, reasonEn, false, Optional.empty());
  }

  /** This rule in shadow mode. */
  public Rule asShadow() {
    return new Rule(
        id, version, owner, expression, weight, action, reasonZh, reasonEn, true, coolingOff);
  }

  /** This rule holding for {@code period}. */
  public Rule withCoolingOff(Duration period) {
    return new Rule(
        id,
        version,
        owner,
        expression,
        weight,
        action,
        reasonZh,
        reasonEn,
        shadow,
        Optional.of(period));
  }
}
