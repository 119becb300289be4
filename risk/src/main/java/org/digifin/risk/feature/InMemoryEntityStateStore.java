package org.digifin.risk.feature;

import java.time.Duration;
import java.util.Optional;
import org.digifin.risk.state.IdleEvictingMap;

/**
 * An {@link EntityStateStore} in one JVM's memory: windows in an {@link IdleEvictingMap}, so
 * entities idle (by event time) longer than {@code idleAfter} or beyond {@code maxEntities} are
 * evicted, O(1) amortised per access. Not thread-safe: the engine serialises access.
 */
public final class InMemoryEntityStateStore implements EntityStateStore {

  private final IdleEvictingMap<String, EventWindow> windows;

  private InMemoryEntityStateStore(Duration idleAfter, int maxEntities) {
    this.windows = new IdleEvictingMap<>(idleAfter, maxEntities, "maxEntities");
  }

  /** A store evicting entities idle for {@code idleAfter}, holding at most {@code maxEntities}. */
  public static InMemoryEntityStateStore of(Duration idleAfter, int maxEntities) {
    return new InMemoryEntityStateStore(idleAfter, maxEntities);
  }

  @Override
  public EventWindow window(String key, int capacity, long nowMillis) {
    return windows.touch(key, () -> new EventWindow(capacity), nowMillis);
  }

  @Override
  public Optional<EventWindow> find(String key) {
    return windows.find(key);
  }

  @Override
  public int size() {
    return windows.size();
  }
}
