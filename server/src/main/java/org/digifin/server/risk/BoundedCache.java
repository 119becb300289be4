package org.digifin.server.risk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small least-recently-used map for lookups that rarely change (accounts, parties). Thread-safe
 * by one lock.
 */
final class BoundedCache<K, V> {

  private final Map<K, V> entries;

  BoundedCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  V getIfPresent(K key) {
    synchronized (entries) {
      return entries.get(key);
    }
  }

  void put(K key, V value) {
    synchronized (entries) {
      entries.put(key, value);
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
