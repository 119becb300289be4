package org.digifin.risk.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.AccountId;

/**
 * Structuring (cash deposits just below the reporting threshold) and mule accounts (many unrelated
 * senders, each receipt cashed out soon after). O(nodeCapacity) and O(nodeCapacity^2) per event.
 */
final class CashDetector {

  private CashDetector() {}

  static void structuring(
      FlowEdge edge, NodeState subject, GraphConfig config, List<PatternHit> hits) {
    if (edge.type() != TransactionType.CASH_DEPOSIT || !justBelow(edge, config)) {
      return;
    }
    long from = edge.atMillis() - config.structuringWindow().toMillis();
    Hits hit = new Hits().account(edge.payee());
    int count = 0;
    long total = 0;
    for (FlowEdge e : Hits.inWithin(subject, from, edge.atMillis())) {
      if (e.type() == TransactionType.CASH_DEPOSIT && justBelow(e, config)) {
        count++;
        total += e.minorUnits();
        hit.transaction(e.id());
      }
    }
    if (count >= config.structuringMin() && total >= config.reportingThreshold()) {
      hits.add(hit.build(Typology.STRUCTURING));
    }
  }

  private static boolean justBelow(FlowEdge edge, GraphConfig config) {
    return edge.minorUnits() < config.reportingThreshold()
        && edge.minorUnits() >= config.reportingThreshold() * config.structuringFloor();
  }

  /** {@code edge} leaves the mule: a cash withdrawal or a transfer out. */
  static void mule(FlowEdge edge, NodeState mule, GraphConfig config, List<PatternHit> hits) {
    if (!cashOut(edge)) {
      return;
    }
    long from = edge.atMillis() - config.muleWindow().toMillis();
    long within = config.cashOutWithin().toMillis();
    List<FlowEdge> receipts = new ArrayList<>();
    Set<AccountId> senders = new HashSet<>();
    for (FlowEdge in : Hits.inWithin(mule, from, edge.atMillis())) {
      if (in.isThirdPartyTransfer()) {
        receipts.add(in);
        senders.add(in.payer());
      }
    }
    if (senders.size() < config.muleMinSenders()) {
      return;
    }
    List<FlowEdge> outs = Hits.outWithin(mule, from, edge.atMillis());
    Set<FlowEdge> used = new HashSet<>();
    Hits hit = new Hits().account(edge.payer());
    int matched = 0;
    for (FlowEdge receipt : receipts) {
      for (FlowEdge out : outs) {
        if (cashOut(out)
            && !used.contains(out)
            && out.atMillis() > receipt.atMillis()
            && out.atMillis() - receipt.atMillis() <= within
            && Hits.shrinks(receipt.minorUnits(), out.minorUnits(), 1 - config.cashOutShare())) {
          used.add(out);
          matched++;
          hit.edge(receipt);
          if (out.type() == TransactionType.CASH_WITHDRAWAL) {
            hit.transaction(out.id());
          } else {
            hit.edge(out);
          }
          break;
        }
      }
    }
    if (matched >= config.muleMinCashOuts()) {
      hits.add(hit.build(Typology.MULE));
    }
  }

  private static boolean cashOut(FlowEdge edge) {
    return edge.type() == TransactionType.CASH_WITHDRAWAL || edge.isThirdPartyTransfer();
  }
}
