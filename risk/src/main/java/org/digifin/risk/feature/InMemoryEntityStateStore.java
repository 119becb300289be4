package org.digifin.risk.feature;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.digifin.basics.Checks;

/**
 * An {@link EntityStateStore} in one JVM's memory. Entities are kept in access order; every access
 * evicts, from the least recently used end, entities idle for longer than {@code idleAfter} (by
 * event time) and any beyond {@code maxEntities}: O(1) amortised per access, and memory at most
 * {@code maxEntities} windows. Not thread-safe: the engine serialises access.
 */
public final class InMemoryEntityStateStore implements EntityStateStore {

  private final long idleAfterMillis;
  private final int maxEntities;
  private final LinkedHashMap<String, EventWindow> windows = new LinkedHashMap<>(1024, 0.75f, true);

  private InMemoryEntityStateStore(Duration idleAfter, int maxEntities) {
    Checks.notNull(idleAfter, "idleAfter");
    Checks.check(
        !idleAfter.isNegative() && !idleAfter.isZero(),
        "value.not_positive",
        "idleAfter",
        "idleAfter must be positive");
    this.idleAfterMillis = idleAfter.toMillis();
    this.maxEntities = Checks.positive(maxEntities, "maxEntities");
  }

  /** A store evicting entities idle for {@code idleAfter}, holding at most {@code maxEntities}. */
  public static InMemoryEntityStateStore of(Duration idleAfter, int maxEntities) {
    return new InMemoryEntityStateStore(idleAfter, maxEntities);
  }

  @Override
  public EventWindow window(String key, int capacity, long nowMillis) {
    EventWindow window = windows.get(key);
    if (window == null) {
      window = new EventWindow(capacity);
      windows.put(key, window);
    }
    window.touch(nowMillis);
    evict(nowMillis, window);
    return window;
  }

  @Override
  public Optional<EventWindow> find(String key) {
    return Optional.ofNullable(windows.get(key));
  }

  @Override
  public int size() {
    return windows.size();
  }

  private void evict(long nowMillis, EventWindow keep) {
    Iterator<Map.Entry<String, EventWindow>> oldest = windows.entrySet().iterator();
    while (oldest.hasNext()) {
      EventWindow candidate = oldest.next().getValue();
      if (candidate == keep) {
        return;
      }
      boolean idle = candidate.lastSeen() < nowMillis - idleAfterMillis;
      if (!idle && windows.size() <= maxEntities) {
        return;
      }
      oldest.remove();
    }
  }
}
