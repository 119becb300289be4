package org.digifin.server.risk;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.TransactionId;
import org.digifin.risk.Decision;
import org.digifin.risk.graph.PatternHit;
import org.digifin.risk.rule.RuleHit;

/**
 * A {@link Decision} as the API answers it and as alerts store it (rules and patterns as JSON).
 *
 * @param transactionId the transaction assessed
 * @param action ALLOW, REVIEW, HOLD or BLOCK
 * @param score in [0, 1]
 * @param rules the rules that fired, with contributions and reasons
 * @param patterns the fund-flow patterns the transaction completed
 * @param features the feature values the rules saw
 * @param saturatedFeatures features computed over a truncated window
 * @param holdUntil the end of the cooling-off for a HOLD (ISO-8601), else null
 * @param errors rules whose evaluation failed
 * @param provenance which rule set and engine decided
 */
public record DecisionView(
    String transactionId,
    String action,
    double score,
    List<RuleView> rules,
    List<PatternView> patterns,
    Map<String, Double> features,
    List<String> saturatedFeatures,
    String holdUntil,
    List<String> errors,
    ProvenanceView provenance) {

  /** A rule that fired. */
  public record RuleView(
      String id,
      int version,
      String owner,
      String action,
      double weight,
      double contribution,
      boolean shadow,
      String reasonZh,
      String reasonEn) {

    static RuleView of(RuleHit hit) {
      var r = hit.rule();
      return new RuleView(
          r.id(),
          r.version(),
          r.owner(),
          r.action().name(),
          r.weight(),
          hit.contribution(),
          r.shadow(),
          r.reasonZh(),
          r.reasonEn());
    }
  }

  /** A detected fund-flow pattern: typology, accounts (subject first), transactions. */
  public record PatternView(String typology, List<String> accounts, List<String> transactions) {

    static PatternView of(PatternHit hit) {
      return new PatternView(
          hit.typology().name(),
          hit.accounts().stream().map(AccountId::value).toList(),
          hit.transactions().stream().map(TransactionId::value).toList());
    }
  }

  /** The rule set and engine versions. */
  public record ProvenanceView(String ruleSetId, String ruleSetVersion, String engineVersion) {}

  /** The view of {@code decision}. */
  public static DecisionView of(Decision decision) {
    return new DecisionView(
        decision.transaction().value(),
        decision.action().name(),
        decision.score(),
        decision.rules().stream().map(RuleView::of).toList(),
        decision.patterns().stream().map(PatternView::of).toList(),
        new TreeMap<>(decision.features().values()),
        List.copyOf(new TreeSet<>(decision.features().saturated())),
        decision.holdUntil().map(Object::toString).orElse(null),
        decision.errors(),
        new ProvenanceView(
            decision.provenance().ruleSetId(),
            decision.provenance().ruleSetVersion(),
            decision.provenance().engineVersion()));
  }
}
