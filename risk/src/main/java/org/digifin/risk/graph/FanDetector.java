package org.digifin.risk.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.AccountId;

/**
 * Fan-in and fan-out: at least {@code fanMin} distinct third-party counterparties within {@code
 * fanWindow}, counting transfers of at least {@code minTransfer}. A fan-in accumulates: when the
 * sink has already paid out (transfers or cash) half of what fanned in, the money is moving on and
 * the mule, gather-scatter or pass-through detectors describe it better; likewise a fan-out
 * distributes the source's own funds, not half or more of third-party money received in the window.
 * O(nodeCapacity) per event.
 */
final class FanDetector {

  private FanDetector() {}

  static void detect(
      FlowEdge edge, NodeState payer, NodeState payee, GraphConfig config, List<PatternHit> hits) {
    if (!Hits.layering(edge, config)) {
      return;
    }
    long from = edge.atMillis() - config.fanWindow().toMillis();
    Hits in = new Hits().account(edge.payee());
    Set<AccountId> payers = new HashSet<>();
    for (FlowEdge e : Hits.inWithin(payee, from, edge.atMillis())) {
      if (Hits.layering(e, config)) {
        payers.add(e.payer());
        in.edge(e);
      }
    }
    if (payers.size() >= config.fanMin()
        && moved(payee, from, edge.atMillis(), false) * 2
            < moved(payee, from, edge.atMillis(), true)) {
      hits.add(in.build(Typology.FAN_IN));
    }
    Hits out = new Hits().account(edge.payer());
    Set<AccountId> payees = new HashSet<>();
    for (FlowEdge e : Hits.outWithin(payer, from, edge.atMillis())) {
      if (Hits.layering(e, config)) {
        payees.add(e.payee());
        out.edge(e);
      }
    }
    if (payees.size() >= config.fanMin()
        && moved(payer, from, edge.atMillis(), true) * 2
            < moved(payer, from, edge.atMillis(), false)) {
      hits.add(out.build(Typology.FAN_OUT));
    }
  }

  /**
   * Third-party transfers in ({@code in}) or transfers and cash out of {@code node} in the window.
   */
  private static long moved(NodeState node, long from, long to, boolean in) {
    long sum = 0;
    for (FlowEdge e : in ? Hits.inWithin(node, from, to) : Hits.outWithin(node, from, to)) {
      if (e.isThirdPartyTransfer() || (!in && e.type() == TransactionType.CASH_WITHDRAWAL)) {
        sum += e.minorUnits();
      }
    }
    return sum;
  }
}
