package org.digifin.risk.graph;

import java.util.ArrayList;
import java.util.List;
import org.digifin.basics.Checks;
import org.digifin.basics.domain.Transaction;

/**
 * A temporal graph of recent transfers with incremental typology detectors. Each transaction is
 * added as an edge, then every detector looks for a pattern the new edge completes or extends and
 * reports it as a {@link PatternHit} naming the accounts and transactions.
 *
 * <p>Bounds: each account keeps at most {@link GraphConfig#nodeCapacity()} edges per direction, for
 * at most {@link GraphConfig#horizon()}; cycle and chain searches follow at most {@link
 * GraphConfig#maxDepth()} hops and {@link GraphConfig#searchBudget()} edges; the neighbourhood
 * detectors read the two endpoints and their direct neighbours. The cost per event is therefore
 * O(searchBudget + nodeCapacity^2) whatever the graph's size. Not thread-safe.
 */
public final class FundFlowGraph {

  private final GraphConfig config;
  private final GraphStateStore store;
  private final PathDetector paths;
  private final LayeringDetector layering;

  private FundFlowGraph(GraphConfig config, GraphStateStore store) {
    this.config = Checks.notNull(config, "config");
    this.store = Checks.notNull(store, "store");
    this.paths = new PathDetector(store, config);
    this.layering = new LayeringDetector(store, config);
  }

  /** A graph with {@code config}, keeping its nodes in {@code store}. */
  public static FundFlowGraph of(GraphConfig config, GraphStateStore store) {
    return new FundFlowGraph(config, store);
  }

  /** The configuration. */
  public GraphConfig config() {
    return config;
  }

  /**
   * Adds {@code transaction} and returns the patterns it completes or extends (empty for most).
   *
   * @param sameOwner true when payer and payee belong to the same party, as the caller knows
   */
  public List<PatternHit> onTransaction(Transaction transaction, boolean sameOwner) {
    long at = transaction.timestamp().toEpochMilli();
    FlowEdge edge =
        new FlowEdge(
            transaction.id(),
            transaction.payer(),
            transaction.payee(),
            at,
            transaction.amount().toMinor(),
            transaction.type(),
            transaction.counterpartyBank().isPresent(),
            sameOwner);
    long retain = at - config.horizon().toMillis();
    NodeState payer = store.node(edge.payer(), config.nodeCapacity(), at);
    NodeState payee = store.node(edge.payee(), config.nodeCapacity(), at);
    payer.addOut(edge, retain);
    payee.addIn(edge, retain);
    List<PatternHit> hits = new ArrayList<>(0);
    FanDetector.detect(edge, payer, payee, config, hits);
    paths.cycle(edge, hits);
    paths.chain(edge, hits);
    layering.detect(edge, payer, payee, hits);
    CashDetector.structuring(edge, payee, config, hits);
    CashDetector.mule(edge, payer, config, hits);
    return hits;
  }
}
