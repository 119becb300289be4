package org.digifin.risk.feature;

/**
 * 64-bit keys for counterparties and devices inside an {@link EventWindow}. Two distinct ids share
 * a key with probability about 2^-64 per pair (FNV-1a then a murmur finaliser), negligible against
 * the few hundred events a window compares; 0 is reserved for "none".
 */
public final class EntityKeys {

  private EntityKeys() {}

  /** The key of {@code id}; never 0. */
  public static long of(String id) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      hash ^= id.charAt(i);
      hash *= 0x100000001b3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    hash *= 0xc4ceb9fe1a85ec53L;
    hash ^= hash >>> 33;
    return hash == 0 ? 1 : hash;
  }
}
