package org.digifin.risk.feature;

import java.util.Optional;

/**
 * Where the engine keeps each entity's {@link EventWindow}. The server backs it with memory ({@link
 * InMemoryEntityStateStore}); a stream job backs it with keyed state, keyed by the same strings.
 * Implementations decide eviction; the engine only asks for windows by key.
 */
public interface EntityStateStore {

  /**
   * The window of entity {@code key}, created empty (with {@code capacity}) when absent. {@code
   * nowMillis} is the event time being processed, so stores can evict idle entities by event time,
   * not wall-clock time (replays give the same result).
   */
  EventWindow window(String key, int capacity, long nowMillis);

  /** The window of {@code key} when held, without creating or touching it. */
  Optional<EventWindow> find(String key);

  /** Entities held now. */
  int size();
}
