package org.digifin.server.risk;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.TransactionId;
import org.digifin.risk.Decision;
import org.digifin.risk.RiskEngine;
import org.digifin.risk.feature.FeatureExtractor;
import org.digifin.risk.feature.InMemoryEntityStateStore;
import org.digifin.risk.graph.FundFlowGraph;
import org.digifin.risk.graph.GraphConfig;
import org.digifin.risk.graph.InMemoryGraphStateStore;
import org.digifin.risk.rule.RuleBook;
import org.digifin.risk.rule.RuleSet;
import org.digifin.risk.rule.StarterLibrary;
import org.digifin.server.party.AccountRepository;
import org.digifin.server.party.PartyRepository;
import org.springframework.stereotype.Service;

/**
 * Owns the server's one risk engine (starter features and rules, state in memory) and the context
 * it reads accounts and parties through. The engine serialises assessments itself.
 *
 * <p>A transaction assessed on the payment path ({@link #assess}) usually arrives through ingest
 * afterwards; {@link #assessIngested} then reuses the decision already made instead of feeding the
 * same transaction to the engine's windows a second time.
 */
@Service
public class RiskService {

  private static final int STATE_ENTITIES = 200_000;
  private static final int CONTEXT_CACHE = 100_000;
  private static final int RECENT_DECISIONS = 10_000;

  private final RiskEngine engine;
  private final StoreRiskContext context;
  private final BoundedCache<TransactionId, Decision> recent = new BoundedCache<>(RECENT_DECISIONS);

  public RiskService(AccountRepository accounts, PartyRepository parties, Clock clock) {
    this.engine =
        RiskEngine.of(
            FeatureExtractor.of(StarterLibrary.features()),
            InMemoryEntityStateStore.of(Duration.ofDays(91), STATE_ENTITIES),
            FundFlowGraph.of(
                GraphConfig.DEFAULT,
                InMemoryGraphStateStore.of(Duration.ofDays(8), STATE_ENTITIES)),
            RuleBook.of(StarterLibrary.ruleSet()),
            clock.getZone());
    this.context = new StoreRiskContext(accounts, parties, clock, CONTEXT_CACHE);
  }

  /** Assesses {@code transaction} now (the payment path) and remembers the decision. */
  public Decision assess(Transaction transaction) {
    Decision decision = engine.assess(transaction, context);
    recent.put(transaction.id(), decision);
    return decision;
  }

  /** The decision for a stored transaction: the payment path's if there was one, else a new one. */
  public Decision assessIngested(Transaction transaction) {
    Decision earlier = recent.getIfPresent(transaction.id());
    return earlier != null ? earlier : engine.assess(transaction, context);
  }

  /** The rule set in force. */
  public RuleSet rules() {
    return engine.rules().current();
  }

  /** The party owning {@code account}, if known. */
  public Optional<Party> owner(AccountId account) {
    return context.owner(account);
  }
}
