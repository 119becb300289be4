/**
 * The real-time risk engine for fraud and AML: {@link org.digifin.risk.RiskEngine#assess} turns a
 * transaction, with a caller-supplied {@link org.digifin.risk.RiskContext}, into a {@link
 * org.digifin.risk.Decision} (action, score, reasons, patterns, features, provenance). Features
 * live in {@code feature}, the fund-flow graph in {@code graph}, CEL rules in {@code rule}.
 */
package org.digifin.risk;
