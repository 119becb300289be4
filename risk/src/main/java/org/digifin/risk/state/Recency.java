package org.digifin.risk.state;

/** State that knows the latest event time it was used at, so a store can evict it when idle. */
public interface Recency {

  /** The latest event time (epoch ms) this state was used at; {@link Long#MIN_VALUE} if never. */
  long lastSeen();

  /** Marks the state used at event time {@code atMillis}; never moves backwards. */
  void touch(long atMillis);
}
