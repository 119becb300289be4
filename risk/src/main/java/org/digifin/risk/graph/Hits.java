package org.digifin.risk.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.TransactionId;

/** Collects the accounts and transactions of one hit, without duplicates, in insertion order. */
final class Hits {

  private final Set<AccountId> accounts = new LinkedHashSet<>();
  private final Set<TransactionId> transactions = new LinkedHashSet<>();

  Hits account(AccountId account) {
    accounts.add(account);
    return this;
  }

  Hits edge(FlowEdge edge) {
    accounts.add(edge.payer());
    accounts.add(edge.payee());
    transactions.add(edge.id());
    return this;
  }

  Hits transaction(TransactionId id) {
    transactions.add(id);
    return this;
  }

  PatternHit build(Typology typology) {
    return new PatternHit(typology, new ArrayList<>(accounts), new ArrayList<>(transactions));
  }

  /** True for a transfer between different owners of at least the configured size. */
  static boolean layering(FlowEdge edge, GraphConfig config) {
    return edge.isThirdPartyTransfer() && edge.minorUnits() >= config.minTransfer();
  }

  /** True when {@code next} keeps between {@code 1 - margin} and all of {@code previous}. */
  static boolean shrinks(long previous, long next, double margin) {
    return next <= previous && next >= previous * (1 - margin);
  }

  static List<FlowEdge> inWithin(NodeState node, long fromExclusive, long toInclusive) {
    List<FlowEdge> edges = new ArrayList<>();
    for (int i = 0; i < node.inSize(); i++) {
      FlowEdge edge = node.in(i);
      if (edge.atMillis() > fromExclusive && edge.atMillis() <= toInclusive) {
        edges.add(edge);
      }
    }
    return edges;
  }

  static List<FlowEdge> outWithin(NodeState node, long fromExclusive, long toInclusive) {
    List<FlowEdge> edges = new ArrayList<>();
    for (int i = 0; i < node.outSize(); i++) {
      FlowEdge edge = node.out(i);
      if (edge.atMillis() > fromExclusive && edge.atMillis() <= toInclusive) {
        edges.add(edge);
      }
    }
    return edges;
  }
}
