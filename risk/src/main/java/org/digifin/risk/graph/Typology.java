package org.digifin.risk.graph;

/** The fund-flow patterns the graph detectors name. */
public enum Typology {
  /** Many distinct payers into one account within a window. */
  FAN_IN,
  /** One account pays many distinct payees within a window. */
  FAN_OUT,
  /** Money returns to its origin through k hops, times ascending and amounts shrinking slightly. */
  CYCLE,
  /** Several sources each pay several of the same destinations (a complete bipartite core). */
  BIPARTITE,
  /** Bipartite layering in two stages: sources to intermediaries to destinations, all pairs. */
  STACK,
  /** One source splits to intermediaries that each forward, less a margin, to one sink. */
  SCATTER_GATHER,
  /** Many sources pay a hub, which pays out almost the whole sum to many destinations. */
  GATHER_SCATTER,
  /** A path of three or more hops, times ascending and amounts shrinking slightly per hop. */
  LAYERING_CHAIN,
  /** A large inflow from another bank leaves again to other banks almost whole within hours. */
  RAPID_PASS_THROUGH,
  /** Repeated cash deposits each just below the large-cash reporting threshold. */
  STRUCTURING,
  /** Many unrelated senders, each receipt cashed out soon after. */
  MULE
}
