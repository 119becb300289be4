package org.digifin.risk.feature;

/**
 * What a feature computes over the entity's events in its window. Windows are exact and sliding: an
 * event at time {@code s} is in the window of a transaction at {@code t} when {@code t - window < s
 * <= t}. "History" means the entity's earlier events in the window, not the current transaction.
 */
public enum Aggregate {
  /** Number of events in the window, the current transaction included. */
  COUNT,
  /** Sum of amounts (in major units, e.g. yuan), the current transaction included. */
  SUM,
  /** Largest amount, the current transaction included. */
  MAX,
  /** Distinct counterparties, the current transaction's included. */
  DISTINCT_COUNTERPARTIES,
  /**
   * Seconds since the latest event of the history; the window length in seconds when the history is
   * empty (read: "at least that long").
   */
  TIME_SINCE_LAST,
  /**
   * (amount - mean) / standard deviation of the history's amounts (population deviation); 0 when
   * the history holds fewer than two events or has no spread.
   */
  AMOUNT_ZSCORE,
  /** Events of the history with the current transaction's counterparty (0 = a new payee). */
  PRIOR_SAME_COUNTERPARTY,
  /**
   * Events of the history made on the current transaction's device (0 = a device not seen in the
   * window); -1 when the transaction carries no device.
   */
  PRIOR_SAME_DEVICE,
  /**
   * Sum of amounts (major units) with the current transaction's counterparty, the current
   * transaction included: what a payer has sent one payee in the window, e.g. a scam payment split
   * into parts.
   */
  SUM_SAME_COUNTERPARTY
}
