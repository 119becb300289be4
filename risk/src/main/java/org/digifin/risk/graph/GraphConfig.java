package org.digifin.risk.graph;

import java.time.Duration;
import org.digifin.basics.Checks;

/**
 * Limits and thresholds of the fund-flow graph. Amounts are in minor units of the institution's
 * currency (CNY fen by default). {@link #DEFAULT} follows the typology definitions in the module
 * README; tune a copy with the {@code with...} methods.
 *
 * @param horizon how long an edge is kept
 * @param nodeCapacity the most edges kept per node and direction (caps fan-out per node)
 * @param maxDepth the most hops a cycle or chain search follows
 * @param searchBudget the most edges one search may visit, whatever the depth
 * @param minTransfer smallest transfer the layering detectors follow
 * @param fanWindow window of fan-in and fan-out
 * @param fanMin distinct counterparties that make a fan
 * @param hopMargin largest relative shrink of an amount between consecutive hops of a cycle or
 *     chain (a hop keeps between {@code 1 - hopMargin} and 100% of the previous)
 * @param cycleWindow window a whole cycle must fit in
 * @param hopGap longest gap between consecutive hops of a chain
 * @param chainMinHops hops that make a layering chain
 * @param layerWindow window of scatter-gather, gather-scatter, bipartite and stack layering
 * @param forwardMargin largest share an intermediary keeps when forwarding (scatter-gather,
 *     gather-scatter)
 * @param layerMin intermediaries that make a scatter-gather; sources that make a gather-scatter
 * @param passThroughWindow how soon a pass-through must leave
 * @param passThroughMin smallest inflow considered a pass-through
 * @param passThroughShare share of the inflow that must leave
 * @param reportingThreshold the large-cash reporting threshold (CNY 50,000)
 * @param structuringFloor share of the threshold above which a deposit is "just below" it
 * @param structuringWindow window of structuring
 * @param structuringMin deposits just below the threshold that make structuring
 * @param muleWindow window of mule receipts
 * @param cashOutWithin how soon a receipt must be cashed out to count for a mule
 * @param cashOutShare share of a receipt that must be cashed out
 * @param muleMinCashOuts receipts cashed out that make a mule
 * @param muleMinSenders distinct senders that make a mule
 */
public record GraphConfig(
    Duration horizon,
    int nodeCapacity,
    int maxDepth,
    int searchBudget,
    long minTransfer,
    Duration fanWindow,
    int fanMin,
    double hopMargin,
    Duration cycleWindow,
    Duration hopGap,
    int chainMinHops,
    Duration layerWindow,
    double forwardMargin,
    int layerMin,
    Duration passThroughWindow,
    long passThroughMin,
    double passThroughShare,
    long reportingThreshold,
    double structuringFloor,
    Duration structuringWindow,
    int structuringMin,
    Duration muleWindow,
    Duration cashOutWithin,
    double cashOutShare,
    int muleMinCashOuts,
    int muleMinSenders) {

  /** Defaults: 7-day horizon, 64 edges per node and direction, 6 hops, 256 edges per search. */
  public static final GraphConfig DEFAULT =
      new GraphConfig(
          Duration.ofDays(7),
          64,
          6,
          256,
          100_000,
          Duration.ofHours(48),
          6,
          0.04,
          Duration.ofHours(48),
          Duration.ofHours(12),
          3,
          Duration.ofHours(24),
          0.06,
          3,
          Duration.ofHours(3),
          3_000_000,
          0.97,
          5_000_000,
          0.85,
          Duration.ofDays(7),
          3,
          Duration.ofHours(48),
          Duration.ofHours(6),
          0.88,
          3,
          4);

  public GraphConfig {
    Checks.notNull(horizon, "horizon");
    Checks.positive(nodeCapacity, "nodeCapacity");
    Checks.positive(maxDepth, "maxDepth");
    Checks.positive(searchBudget, "searchBudget");
    for (Duration window :
        new Duration[] {
          fanWindow,
          cycleWindow,
          hopGap,
          layerWindow,
          passThroughWindow,
          structuringWindow,
          muleWindow,
          cashOutWithin
        }) {
      Checks.notNull(window, "window");
      Checks.check(
          window.compareTo(horizon) <= 0,
          "graph.window_beyond_horizon",
          "horizon",
          "every window must fit in the horizon " + horizon + ": " + window);
    }
    Checks.check(
        hopMargin > 0 && hopMargin < 1, "graph.margin", "hopMargin", "hopMargin in (0, 1)");
    Checks.check(
        forwardMargin > 0 && forwardMargin < 1,
        "graph.margin",
        "forwardMargin",
        "forwardMargin in (0, 1)");
  }

  /** This configuration with another per-node edge cap. */
  public GraphConfig withNodeCapacity(int capacity) {
    return new GraphConfig(
        horizon,
        capacity,
        maxDepth,
        searchBudget,
        minTransfer,
        fanWindow,
        fanMin,
        hopMargin,
        cycleWindow,
        hopGap,
        chainMinHops,
        layerWindow,
        forwardMargin,
        layerMin,
        passThroughWindow,
        passThroughMin,
        passThroughShare,
        reportingThreshold,
        structuringFloor,
        structuringWindow,
        structuringMin,
        muleWindow,
        cashOutWithin,
        cashOutShare,
        muleMinCashOuts,
        muleMinSenders);
  }

  /** This configuration with another search depth. */
  public GraphConfig withMaxDepth(int depth) {
    return new GraphConfig(
        horizon,
        nodeCapacity,
        depth,
        searchBudget,
        minTransfer,
        fanWindow,
        fanMin,
        hopMargin,
        cycleWindow,
        hopGap,
        chainMinHops,
        layerWindow,
        forwardMargin,
        layerMin,
        passThroughWindow,
        passThroughMin,
        passThroughShare,
        reportingThreshold,
        structuringFloor,
        structuringWindow,
        structuringMin,
        muleWindow,
        cashOutWithin,
        cashOutShare,
        muleMinCashOuts,
        muleMinSenders);
  }
}
