package org.digifin.risk.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.digifin.basics.id.AccountId;

/**
 * Cycles and layering chains: paths of transfers with strictly ascending times whose amounts shrink
 * by at most {@code hopMargin} per hop. Both searches start from the incoming edge, are
 * depth-first, follow at most {@code maxDepth} hops and visit at most {@code searchBudget} edges,
 * so the cost per event is O(min(searchBudget, nodeCapacity^maxDepth)); the amount band prunes
 * almost every branch at the first step.
 */
final class PathDetector {

  private final GraphStateStore store;
  private final GraphConfig config;
  private int budget;

  PathDetector(GraphStateStore store, GraphConfig config) {
    this.store = store;
    this.config = config;
  }

  /** A cycle closed by {@code edge}: a path payee -> ... -> payer before it. */
  void cycle(FlowEdge edge, List<PatternHit> hits) {
    if (!Hits.layering(edge, config)) {
      return;
    }
    budget = config.searchBudget();
    List<FlowEdge> path = new ArrayList<>();
    long earliest = edge.atMillis() - config.cycleWindow().toMillis();
    if (forward(edge.payee(), edge, earliest, path)) {
      Hits hit = new Hits();
      hit.account(edge.payer());
      for (FlowEdge e : path) {
        hit.edge(e);
      }
      hits.add(hit.edge(edge).build(Typology.CYCLE));
    }
  }

  private boolean forward(AccountId at, FlowEdge closing, long earliest, List<FlowEdge> path) {
    Optional<NodeState> node = store.find(at);
    if (node.isEmpty() || path.size() + 1 >= config.maxDepth()) {
      return false;
    }
    FlowEdge last = path.isEmpty() ? null : path.get(path.size() - 1);
    NodeState n = node.get();
    for (int i = n.outSize() - 1; i >= 0 && budget > 0; i--) {
      FlowEdge e = n.out(i);
      budget--;
      if (e == closing
          || !Hits.layering(e, config)
          || e.atMillis() >= closing.atMillis()
          || e.atMillis() < earliest) {
        continue;
      }
      if (last == null
          ? e.minorUnits() < closing.minorUnits()
          : e.atMillis() <= last.atMillis()
              || !Hits.shrinks(last.minorUnits(), e.minorUnits(), config.hopMargin())) {
        continue;
      }
      if (visits(path, e.payee(), closing)) {
        continue;
      }
      path.add(e);
      if (e.payee().equals(closing.payer())) {
        if (path.size() >= 2
            && Hits.shrinks(e.minorUnits(), closing.minorUnits(), config.hopMargin())) {
          return true;
        }
      } else if (forward(e.payee(), closing, earliest, path)) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    return false;
  }

  private static boolean visits(List<FlowEdge> path, AccountId account, FlowEdge closing) {
    if (account.equals(closing.payee())) {
      return true;
    }
    for (FlowEdge e : path) {
      if (e.payee().equals(account)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The longest chain ending with {@code edge}, found backwards through the payer's inflows; a hit
   * when it has at least {@code chainMinHops} hops and does not return to an account on it (that is
   * a cycle).
   */
  void chain(FlowEdge edge, List<PatternHit> hits) {
    if (!Hits.layering(edge, config)) {
      return;
    }
    budget = config.searchBudget();
    List<FlowEdge> best = new ArrayList<>();
    List<FlowEdge> path = new ArrayList<>();
    path.add(edge);
    backward(edge, path, best);
    if (best.size() >= config.chainMinHops()) {
      Hits hit = new Hits();
      for (int i = best.size() - 1; i >= 0; i--) {
        hit.edge(best.get(i));
      }
      hits.add(hit.build(Typology.LAYERING_CHAIN));
    }
  }

  private void backward(FlowEdge next, List<FlowEdge> path, List<FlowEdge> best) {
    if (path.size() > best.size()) {
      best.clear();
      best.addAll(path);
    }
    if (path.size() >= config.maxDepth()) {
      return;
    }
    Optional<NodeState> node = store.find(next.payer());
    if (node.isEmpty()) {
      return;
    }
    NodeState n = node.get();
    long gap = config.hopGap().toMillis();
    for (int i = n.inSize() - 1; i >= 0 && budget > 0; i--) {
      FlowEdge e = n.in(i);
      budget--;
      if (!Hits.layering(e, config)
          || e.atMillis() >= next.atMillis()
          || next.atMillis() - e.atMillis() > gap
          || !Hits.shrinks(e.minorUnits(), next.minorUnits(), config.hopMargin())
          || onPath(path, e.payer())) {
        continue;
      }
      path.add(e);
      backward(e, path, best);
      path.remove(path.size() - 1);
    }
  }

  private static boolean onPath(List<FlowEdge> path, AccountId account) {
    for (FlowEdge e : path) {
      if (e.payer().equals(account) || e.payee().equals(account)) {
        return true;
      }
    }
    return false;
  }
}
