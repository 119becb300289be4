package org.digifin.risk.state;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.digifin.basics.Checks;

/**
 * Keyed state in access order. Every access evicts, from the least recently used end, values idle
 * for longer than {@code idleAfter} by event time (so a replay evicts exactly as the live run did)
 * and any beyond {@code maxEntries}: O(1) amortised per access, memory at most {@code maxEntries}
 * values. Not thread-safe: the engine serialises access.
 *
 * @param <K> the key
 * @param <V> the state
 */
public final class IdleEvictingMap<K, V extends Recency> {

  private final long idleAfterMillis;
  private final int maxEntries;
  private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(1024, 0.75f, true);

  public IdleEvictingMap(Duration idleAfter, int maxEntries, String field) {
    Checks.notNull(idleAfter, "idleAfter");
    Checks.check(
        !idleAfter.isNegative() && !idleAfter.isZero(),
        "value.not_positive",
        "idleAfter",
        "idleAfter must be positive");
    this.idleAfterMillis = idleAfter.toMillis();
    this.maxEntries = Checks.positive(maxEntries, field);
  }

  /**
   * The state of {@code key}, created by {@code create} if absent, marked used at {@code
   * nowMillis}.
   */
  public V touch(K key, Supplier<V> create, long nowMillis) {
    V value = entries.get(key);
    if (value == null) {
      value = create.get();
      entries.put(key, value);
    }
    value.touch(nowMillis);
    Iterator<Map.Entry<K, V>> oldest = entries.entrySet().iterator();
    while (oldest.hasNext()) {
      V candidate = oldest.next().getValue();
      if (candidate == value
          || (candidate.lastSeen() >= nowMillis - idleAfterMillis
              && entries.size() <= maxEntries)) {
        break;
      }
      oldest.remove();
    }
    return value;
  }

  /** The state of {@code key}, if held; does not count as a use. */
  public Optional<V> find(K key) {
    return Optional.ofNullable(entries.get(key));
  }

  public int size() {
    return entries.size();
  }
}
