/**
 * The fund-flow graph: a bounded temporal graph of recent transfers ({@link
 * org.digifin.risk.graph.FundFlowGraph}) whose incremental detectors name laundering and mule
 * typologies ({@link org.digifin.risk.graph.Typology}) as {@link
 * org.digifin.risk.graph.PatternHit}s. Per-account state lives behind {@link
 * org.digifin.risk.graph.GraphStateStore}; limits and thresholds in {@link
 * org.digifin.risk.graph.GraphConfig}.
 */
package org.digifin.risk.graph;
