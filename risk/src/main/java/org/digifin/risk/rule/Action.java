package org.digifin.risk.rule;

/** What to do with a transaction, in rising severity. */
public enum Action {
  /** Let it through. */
  ALLOW,
  /** Let it through and open an alert for an analyst. */
  REVIEW,
  /** Hold it until an analyst or a cooling-off period releases it. */
  HOLD,
  /** Refuse it. */
  BLOCK;

  /** The more severe of this and {@code other}. */
  public Action max(Action other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
