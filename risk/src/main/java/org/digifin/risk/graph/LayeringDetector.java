package org.digifin.risk.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.digifin.basics.id.AccountId;

/**
 * Layering through intermediaries: scatter-gather, gather-scatter, bipartite, stack and rapid
 * pass-through, all within {@code layerWindow} (pass-through: {@code passThroughWindow}). Each
 * looks at the new edge's endpoints and their direct neighbours only, so the cost per event is
 * O(nodeCapacity^2) edge reads at most (c = 64: 4,096).
 */
final class LayeringDetector {

  private final GraphStateStore store;
  private final GraphConfig config;

  LayeringDetector(GraphStateStore store, GraphConfig config) {
    this.store = store;
    this.config = config;
  }

  void detect(FlowEdge edge, NodeState payer, NodeState payee, List<PatternHit> hits) {
    if (!Hits.layering(edge, config)) {
      return;
    }
    scatterGather(edge, payee, hits);
    gatherScatter(edge, payer, hits);
    bipartite(edge, payer, payee, hits);
    stack(edge, payer, payee, hits);
    passThrough(edge, payer, hits);
  }

  /** {@code edge} is x -> sink: do at least layerMin forwarders into the sink share one source? */
  private void scatterGather(FlowEdge edge, NodeState sink, List<PatternHit> hits) {
    long window = config.layerWindow().toMillis();
    Map<AccountId, List<FlowEdge>> bySource = new LinkedHashMap<>();
    for (FlowEdge gather : Hits.inWithin(sink, edge.atMillis() - window, edge.atMillis())) {
      if (!Hits.layering(gather, config)) {
        continue;
      }
      Optional<NodeState> forwarder = store.find(gather.payer());
      if (forwarder.isEmpty()) {
        continue;
      }
      for (FlowEdge scatter :
          Hits.inWithin(forwarder.get(), gather.atMillis() - window, gather.atMillis() - 1)) {
        if (Hits.layering(scatter, config)
            && !scatter.payer().equals(edge.payee())
            && gather.minorUnits() < scatter.minorUnits()
            && Hits.shrinks(scatter.minorUnits(), gather.minorUnits(), config.forwardMargin())) {
          List<FlowEdge> pairs = bySource.computeIfAbsent(scatter.payer(), k -> new ArrayList<>());
          pairs.add(scatter);
          pairs.add(gather);
          break;
        }
      }
    }
    for (Map.Entry<AccountId, List<FlowEdge>> source : bySource.entrySet()) {
      if (source.getValue().size() / 2 >= config.layerMin()) {
        Hits hit = new Hits().account(source.getKey());
        source.getValue().forEach(hit::edge);
        hits.add(hit.build(Typology.SCATTER_GATHER));
      }
    }
  }

  /**
   * {@code edge} is hub -> d: after some inflow (the anchor) the hub has paid out nearly all
   * (within forwardMargin) of what at least layerMin sources paid it in the window up to the
   * anchor, to at least layerMin destinations. Every inflow in the window is tried as the anchor,
   * newest first, so an unrelated payment arriving during the scatter does not hide the pattern:
   * O(nodeCapacity^2).
   */
  private void gatherScatter(FlowEdge edge, NodeState hub, List<PatternHit> hits) {
    long window = config.layerWindow().toMillis();
    List<FlowEdge> inflows = new ArrayList<>();
    for (FlowEdge in : Hits.inWithin(hub, edge.atMillis() - 2 * window, edge.atMillis())) {
      if (Hits.layering(in, config)) {
        inflows.add(in);
      }
    }
    for (int k = inflows.size() - 1; k >= 0; k--) {
      FlowEdge anchor = inflows.get(k);
      if (anchor.atMillis() < edge.atMillis() - window) {
        return;
      }
      Hits hit = new Hits().account(edge.payer());
      Set<AccountId> destinations = new HashSet<>();
      long scattered = 0;
      for (FlowEdge out : Hits.outWithin(hub, anchor.atMillis(), edge.atMillis())) {
        if (Hits.layering(out, config)) {
          destinations.add(out.payee());
          scattered += out.minorUnits();
          hit.edge(out);
        }
      }
      if (destinations.size() < config.layerMin()) {
        return;
      }
      Set<AccountId> sources = new HashSet<>();
      long gathered = 0;
      for (int j = k; j >= 0 && inflows.get(j).atMillis() > anchor.atMillis() - window; j--) {
        FlowEdge in = inflows.get(j);
        sources.add(in.payer());
        gathered += in.minorUnits();
        hit.edge(in);
      }
      if (sources.size() >= config.layerMin()
          && Hits.shrinks(gathered, scattered, config.forwardMargin())) {
        hits.add(hit.build(Typology.GATHER_SCATTER));
        return;
      }
    }
  }

  /**
   * {@code edge} is s -> d: do at least two sources each pay at least two of the same destinations
   * (d among them) in the window?
   */
  private void bipartite(
      FlowEdge edge, NodeState source, NodeState destination, List<PatternHit> hits) {
    long from = edge.atMillis() - config.layerWindow().toMillis();
    Set<AccountId> destinations = payees(source, from, edge.atMillis());
    if (destinations.size() < 2) {
      return;
    }
    Set<AccountId> sources = payers(destination, from, edge.atMillis());
    if (sources.size() < 2) {
      return;
    }
    Set<AccountId> core = new LinkedHashSet<>();
    core.add(edge.payee());
    Set<AccountId> coreSources = new LinkedHashSet<>();
    for (AccountId other : destinations) {
      if (other.equals(edge.payee())) {
        continue;
      }
      Optional<NodeState> node = store.find(other);
      if (node.isEmpty()) {
        continue;
      }
      Set<AccountId> common = payers(node.get(), from, edge.atMillis());
      common.retainAll(sources);
      if (common.size() >= 2) {
        core.add(other);
        coreSources.addAll(common);
      }
    }
    if (core.size() >= 2) {
      Hits hit = new Hits();
      for (AccountId d : core) {
        for (FlowEdge in : Hits.inWithin(store.find(d).orElseThrow(), from, edge.atMillis())) {
          if (Hits.layering(in, config) && coreSources.contains(in.payer())) {
            hit.edge(in);
          }
        }
      }
      hits.add(hit.build(Typology.BIPARTITE));
    }
  }

  /**
   * {@code edge} is m -> d, m an intermediary: do at least two intermediaries share at least two
   * sources before them and at least two destinations after them?
   */
  private void stack(
      FlowEdge edge, NodeState middle, NodeState destination, List<PatternHit> hits) {
    long from = edge.atMillis() - config.layerWindow().toMillis();
    Set<AccountId> sources = payers(middle, from, edge.atMillis());
    Set<AccountId> destinations = payees(middle, from, edge.atMillis());
    if (sources.size() < 2 || destinations.size() < 2) {
      return;
    }
    Set<AccountId> middles = new LinkedHashSet<>();
    middles.add(edge.payer());
    for (AccountId other : payers(destination, from, edge.atMillis())) {
      if (other.equals(edge.payer())) {
        continue;
      }
      Optional<NodeState> node = store.find(other);
      if (node.isEmpty()) {
        continue;
      }
      Set<AccountId> sharedSources = payers(node.get(), from, edge.atMillis());
      sharedSources.retainAll(sources);
      Set<AccountId> sharedDestinations = payees(node.get(), from, edge.atMillis());
      sharedDestinations.retainAll(destinations);
      if (sharedSources.size() >= 2 && sharedDestinations.size() >= 2) {
        middles.add(other);
      }
    }
    if (middles.size() >= 2) {
      Hits hit = new Hits();
      for (AccountId m : middles) {
        NodeState node = store.find(m).orElseThrow();
        for (FlowEdge in : Hits.inWithin(node, from, edge.atMillis())) {
          if (Hits.layering(in, config) && sources.contains(in.payer())) {
            hit.edge(in);
          }
        }
        for (FlowEdge out : Hits.outWithin(node, from, edge.atMillis())) {
          if (Hits.layering(out, config) && destinations.contains(out.payee())) {
            hit.edge(out);
          }
        }
      }
      hits.add(hit.build(Typology.STACK));
    }
  }

  /**
   * {@code edge} is h -> another bank: a large inflow from another bank within passThroughWindow
   * before it has left h to other banks almost whole.
   */
  private void passThrough(FlowEdge edge, NodeState hub, List<PatternHit> hits) {
    if (!edge.external()) {
      return;
    }
    long from = edge.atMillis() - config.passThroughWindow().toMillis();
    for (FlowEdge in : Hits.inWithin(hub, from, edge.atMillis())) {
      if (!Hits.layering(in, config)
          || !in.external()
          || in.minorUnits() < config.passThroughMin()) {
        continue;
      }
      Hits hit = new Hits().account(edge.payer()).edge(in);
      long out = 0;
      for (FlowEdge e : Hits.outWithin(hub, in.atMillis(), edge.atMillis())) {
        if (Hits.layering(e, config) && e.external()) {
          out += e.minorUnits();
          hit.edge(e);
        }
      }
      if (out <= in.minorUnits() && out >= in.minorUnits() * config.passThroughShare()) {
        hits.add(hit.build(Typology.RAPID_PASS_THROUGH));
        return;
      }
    }
  }

  private Set<AccountId> payers(NodeState node, long from, long to) {
    Set<AccountId> set = new LinkedHashSet<>();
    for (FlowEdge e : Hits.inWithin(node, from, to)) {
      if (Hits.layering(e, config)) {
        set.add(e.payer());
      }
    }
    return set;
  }

  private Set<AccountId> payees(NodeState node, long from, long to) {
    Set<AccountId> set = new LinkedHashSet<>();
    for (FlowEdge e : Hits.outWithin(node, from, to)) {
      if (Hits.layering(e, config)) {
        set.add(e.payee());
      }
    }
    return set;
  }
}
