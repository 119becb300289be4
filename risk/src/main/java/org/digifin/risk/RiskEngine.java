package org.digifin.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.digifin.basics.Checks;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.PartyKind;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.money.Money;
import org.digifin.risk.feature.EntityStateStore;
import org.digifin.risk.feature.FeatureExtractor;
import org.digifin.risk.feature.FeatureVector;
import org.digifin.risk.graph.FundFlowGraph;
import org.digifin.risk.graph.PatternHit;
import org.digifin.risk.rule.Action;
import org.digifin.risk.rule.RuleBook;
import org.digifin.risk.rule.RuleHit;
import org.digifin.risk.rule.RuleInput;
import org.digifin.risk.rule.RuleSet;

/**
 * The real-time risk engine: for each transaction, features, then graph patterns, then rules, then
 * a {@link Decision}. One entry point, {@link #assess}. Assessments are serialised (the state
 * stores are single-threaded); run one engine per partition of accounts to scale out.
 */
public final class RiskEngine {

  /** The engine version recorded in every decision's provenance. */
  public static final String VERSION = "0.1.0";

  private final FeatureExtractor features;
  private final EntityStateStore featureState;
  private final FundFlowGraph graph;
  private final RuleBook rules;
  private final ZoneId zone;

  private RiskEngine(
      FeatureExtractor features,
      EntityStateStore featureState,
      FundFlowGraph graph,
      RuleBook rules,
      ZoneId zone) {
    this.features = Checks.notNull(features, "features");
    this.featureState = Checks.notNull(featureState, "featureState");
    this.graph = Checks.notNull(graph, "graph");
    this.rules = Checks.notNull(rules, "rules");
    this.zone = Checks.notNull(zone, "zone");
  }

  /**
   * An engine.
   *
   * @param features the declared features (rules may use their names)
   * @param featureState where feature windows live
   * @param graph the fund-flow graph with its state
   * @param rules the rule book; swap its set to change rules at runtime
   * @param zone the institution's zone, for ages (Asia/Shanghai in China)
   */
  public static RiskEngine of(
      FeatureExtractor features,
      EntityStateStore featureState,
      FundFlowGraph graph,
      RuleBook rules,
      ZoneId zone) {
    return new RiskEngine(features, featureState, graph, rules, zone);
  }

  /** The rule book, to swap rule sets at runtime. */
  public RuleBook rules() {
    return rules;
  }

  /** Assesses {@code transaction}: updates state and decides. */
  public synchronized Decision assess(Transaction transaction, RiskContext context) {
    Checks.notNull(transaction, "transaction");
    Checks.notNull(context, "context");
    Optional<Party> payer = context.owner(transaction.payer());
    Optional<PartyId> customer = payer.map(Party::id);
    Optional<PartyId> payeeOwner = context.owner(transaction.payee()).map(Party::id);
    boolean sameOwner = customer.isPresent() && Objects.equals(customer, payeeOwner);
    FeatureVector vector = features.extract(transaction, customer, featureState);
    List<PatternHit> patterns = graph.onTransaction(transaction, sameOwner);
    RuleSet set = rules.current();
    List<String> errors = new ArrayList<>(0);
    List<RuleHit> fired =
        set.evaluate(input(transaction, context, payer, patterns, vector), errors);
    Action action = Action.ALLOW;
    double keep = 1;
    Instant holdUntil = null;
    for (RuleHit hit : fired) {
      if (hit.rule().shadow()) {
        continue;
      }
      action = action.max(hit.rule().action());
      keep *= 1 - hit.contribution();
      if (hit.rule().action() == Action.HOLD && hit.rule().coolingOff().isPresent()) {
        Instant until = transaction.timestamp().plus(hit.rule().coolingOff().get());
        holdUntil = holdUntil == null || until.isAfter(holdUntil) ? until : holdUntil;
      }
    }
    return new Decision(
        transaction.id(),
        action,
        1 - keep,
        fired,
        patterns,
        vector,
        action == Action.HOLD ? Optional.ofNullable(holdUntil) : Optional.empty(),
        errors,
        new Decision.Provenance(set.id(), set.version(), VERSION));
  }

  private RuleInput input(
      Transaction transaction,
      RiskContext context,
      Optional<Party> payer,
      List<PatternHit> patterns,
      FeatureVector vector) {
    LocalDate today = LocalDate.ofInstant(transaction.timestamp(), zone);
    Party party = payer.orElse(null);
    long age = party != null && party.kind() == PartyKind.PERSON ? party.yearsOn(today) : -1L;
    boolean elderly = party != null && party.isElderlyOn(today);
    Money money = context.balance(transaction.payer()).orElse(null);
    double balance = money != null ? money.amount().doubleValue() : -1.0;
    Account account = context.account(transaction.payer()).orElse(null);
    long accountAge = account != null ? ChronoUnit.DAYS.between(account.openedOn(), today) : -1L;
    List<String> hits = List.of();
    if (!patterns.isEmpty()) {
      hits = new ArrayList<>(patterns.size());
      for (PatternHit hit : patterns) {
        hits.add(hit.typology().name());
      }
    }
    return new RuleInput(
        transaction.amount().amount().doubleValue(),
        transaction.type().name(),
        transaction.channel().name(),
        transaction.counterpartyBank().isPresent(),
        hits,
        age,
        elderly,
        balance,
        accountAge,
        java.util.Map.of(),
        vector.values());
  }
}
