package org.digifin.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.digifin.basics.Checks;
import org.digifin.basics.id.TransactionId;
import org.digifin.risk.feature.FeatureVector;
import org.digifin.risk.graph.PatternHit;
import org.digifin.risk.rule.Action;
import org.digifin.risk.rule.RuleHit;

/**
 * The engine's answer for one transaction, with everything needed to say later why: the rules that
 * fired and what each contributed, the graph patterns, the feature values used and the versions of
 * the rule set and engine.
 *
 * @param transaction the transaction assessed
 * @param action the most severe action of the non-shadow rules that fired; ALLOW when none
 * @param score 1 - prod(1 - w) over the non-shadow rules that fired, in [0, 1]
 * @param rules every rule that fired, shadow rules included (with contribution 0)
 * @param patterns the graph patterns the transaction completed
 * @param features the feature values the rules saw
 * @param holdUntil for a HOLD, when the longest cooling-off of the holding rules ends
 * @param errors rules whose evaluation failed at runtime, {@code id: message}
 * @param provenance which rule set and engine decided
 */
public record Decision(
    TransactionId transaction,
    Action action,
    double score,
    List<RuleHit> rules,
    List<PatternHit> patterns,
    FeatureVector features,
    Optional<Instant> holdUntil,
    List<String> errors,
    Provenance provenance) {

  public Decision {
    Checks.notNull(transaction, "transaction");
    Checks.notNull(action, "action");
    rules = List.copyOf(Checks.notNull(rules, "rules"));
    patterns = List.copyOf(Checks.notNull(patterns, "patterns"));
    Checks.notNull(features, "features");
    Checks.notNull(holdUntil, "holdUntil");
    errors = List.copyOf(Checks.notNull(errors, "errors"));
    Checks.notNull(provenance, "provenance");
  }

  /**
   * Which rule set and engine made a decision.
   *
   * @param ruleSetId the rule set's id
   * @param ruleSetVersion the rule set's version
   * @param engineVersion the engine's version ({@link RiskEngine#VERSION})
   */
  public record Provenance(String ruleSetId, String ruleSetVersion, String engineVersion) {}
}
