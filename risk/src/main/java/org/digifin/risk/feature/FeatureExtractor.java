package org.digifin.risk.feature;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.digifin.basics.Checks;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.PartyId;

/**
 * Computes declared features for a transaction from the entities' windows in an {@link
 * EntityStateStore}, then records the transaction into those windows.
 *
 * <p>Cost per transaction: for each entity kind in use, one store lookup and one append; for each
 * feature, a binary search and a scan over the window's events, so O(features x capacity) in the
 * worst case and O(features x events in the window) in practice. Memory: per entity one {@link
 * EventWindow} of {@code capacity} events (32 bytes each); per entity kind the window is retained
 * for the longest declared window of that kind.
 */
public final class FeatureExtractor {

  /** Default events kept per entity: a month of an active customer's traffic fits many times. */
  public static final int DEFAULT_CAPACITY = 512;

  private static final EntityKind[] KINDS = EntityKind.values();

  /** Scratch hash table for distinct counts, per thread since extractors may be shared. */
  private static final ThreadLocal<long[]> SCRATCH = ThreadLocal.withInitial(() -> new long[64]);

  private final List<FeatureDefinition> definitions;
  private final int capacity;
  private final Map<EntityKind, Long> horizonMillis = new EnumMap<>(EntityKind.class);
  private final EntityKind[] kindsInUse;

  private FeatureExtractor(List<FeatureDefinition> definitions, int capacity) {
    this.definitions = List.copyOf(Checks.notNull(definitions, "definitions"));
    this.capacity = Checks.positive(capacity, "capacity");
    Set<String> names = new HashSet<>();
    for (FeatureDefinition definition : this.definitions) {
      Checks.check(
          names.add(definition.name()),
          "feature.duplicate",
          "name",
          "feature declared twice: " + definition.name());
      horizonMillis.merge(definition.entity(), definition.window().toMillis(), Math::max);
    }
    kindsInUse = horizonMillis.keySet().toArray(new EntityKind[0]);
  }

  /** An extractor for {@code definitions}, keeping {@code capacity} events per entity. */
  public static FeatureExtractor of(List<FeatureDefinition> definitions, int capacity) {
    return new FeatureExtractor(definitions, capacity);
  }

  /** An extractor keeping {@link #DEFAULT_CAPACITY} events per entity. */
  public static FeatureExtractor of(List<FeatureDefinition> definitions) {
    return of(definitions, DEFAULT_CAPACITY);
  }

  /** The declared features, in order. */
  public List<FeatureDefinition> definitions() {
    return definitions;
  }

  /**
   * The features of {@code transaction}, each over the entity's events before it plus (for {@link
   * Aggregate#COUNT}, {@link Aggregate#SUM}, {@link Aggregate#MAX}, {@link
   * Aggregate#DISTINCT_COUNTERPARTIES}) the transaction itself; then the transaction is recorded.
   *
   * @param customer the owner of the paying account, when known (for {@link EntityKind#CUSTOMER})
   */
  public FeatureVector extract(
      Transaction transaction, Optional<PartyId> customer, EntityStateStore store) {
    long now = transaction.timestamp().toEpochMilli();
    long amount = transaction.amount().toMinor();
    double scale = Math.pow(10, transaction.amount().currency().minorUnits());
    long deviceKey = transaction.deviceId().map(EntityKeys::of).orElse(0L);
    EventWindow[] windows = new EventWindow[KINDS.length];
    long[] counterparties = new long[KINDS.length];
    for (EntityKind kind : kindsInUse) {
      String key = key(kind, transaction, customer);
      if (key != null) {
        windows[kind.ordinal()] = store.window(key, capacity, now);
      }
      counterparties[kind.ordinal()] = EntityKeys.of(counterpartyOf(kind, transaction));
    }
    LinkedHashMap<String, Double> values = new LinkedHashMap<>(definitions.size() * 2);
    List<String> saturated = List.of();
    for (FeatureDefinition definition : definitions) {
      int kind = definition.entity().ordinal();
      EventWindow window = windows[kind];
      long from = now - definition.window().toMillis();
      if (window != null && !window.isExactSince(from + 1)) {
        if (saturated.isEmpty()) {
          saturated = new ArrayList<>();
        }
        saturated.add(definition.name());
      }
      double value =
          compute(definition, window, from, now, amount, counterparties[kind], deviceKey);
      values.put(
          definition.name(),
          definition.aggregate() == Aggregate.SUM
                  || definition.aggregate() == Aggregate.MAX
                  || definition.aggregate() == Aggregate.SUM_SAME_COUNTERPARTY
              ? value / scale
              : value);
    }
    for (EntityKind kind : kindsInUse) {
      EventWindow window = windows[kind.ordinal()];
      if (window != null) {
        long retain = now - horizonMillis.get(kind);
        window.add(now, amount, counterparties[kind.ordinal()], deviceKey, retain);
      }
    }
    return new FeatureVector(
        new ExtractedValues(values), saturated.isEmpty() ? Set.of() : new HashSet<>(saturated));
  }

  /**
   * The store key of the entity of {@code kind} in {@code transaction}, or null when the
   * transaction has none (no device, unknown customer, not a merchant payment).
   */
  static String key(EntityKind kind, Transaction transaction, Optional<PartyId> customer) {
    return switch (kind) {
      case ACCOUNT -> "A|" + transaction.payer().value();
      case CUSTOMER -> customer.map(id -> "C|" + id.value()).orElse(null);
      case DEVICE -> transaction.deviceId().map(id -> "D|" + id).orElse(null);
      case COUNTERPARTY -> "P|" + transaction.payee().value();
      case MERCHANT ->
          transaction.type() == TransactionType.CARD
                  || transaction.type() == TransactionType.PAYMENT
              ? "M|" + transaction.payee().value()
              : null;
    };
  }

  private static String counterpartyOf(EntityKind kind, Transaction transaction) {
    return switch (kind) {
      case ACCOUNT, CUSTOMER -> transaction.payee().value();
      case DEVICE, COUNTERPARTY, MERCHANT -> transaction.payer().value();
    };
  }

  /** One aggregate over the window's events in (from, now], plus the current event where due. */
  static double compute(
      FeatureDefinition definition,
      EventWindow window,
      long from,
      long now,
      long amount,
      long counterparty,
      long device) {
    int start = window == null ? 0 : window.firstAfter(from);
    int end = window == null ? 0 : window.endAt(now);
    int n = end - start;
    switch (definition.aggregate()) {
      case COUNT:
        return n + 1;
      case SUM:
        {
          long sum = amount;
          for (int i = start; i < end; i++) {
            sum += window.amountAt(i);
          }
          return sum;
        }
      case MAX:
        {
          long max = amount;
          for (int i = start; i < end; i++) {
            max = Math.max(max, window.amountAt(i));
          }
          return max;
        }
      case DISTINCT_COUNTERPARTIES:
        return distinctCounterparties(window, start, end, counterparty);
      case TIME_SINCE_LAST:
        return n == 0 ? definition.window().toSeconds() : (now - window.timeAt(end - 1)) / 1000.0;
      case AMOUNT_ZSCORE:
        {
          if (n < 2) {
            return 0;
          }
          double mean = 0;
          for (int i = start; i < end; i++) {
            mean += window.amountAt(i);
          }
          mean /= n;
          double variance = 0;
          for (int i = start; i < end; i++) {
            double d = window.amountAt(i) - mean;
            variance += d * d;
          }
          double sd = Math.sqrt(variance / n);
          return sd == 0 ? 0 : (amount - mean) / sd;
        }
      case PRIOR_SAME_COUNTERPARTY:
        {
          int same = 0;
          for (int i = start; i < end; i++) {
            if (window.counterpartyAt(i) == counterparty) {
              same++;
            }
          }
          return same;
        }
      case PRIOR_SAME_DEVICE:
        {
          if (device == 0) {
            return -1;
          }
          int same = 0;
          for (int i = start; i < end; i++) {
            if (window.deviceAt(i) == device) {
              same++;
            }
          }
          return same;
        }
      case SUM_SAME_COUNTERPARTY:
        {
          long sum = amount;
          for (int i = start; i < end; i++) {
            if (window.counterpartyAt(i) == counterparty) {
              sum += window.amountAt(i);
            }
          }
          return sum;
        }
      default:
        throw new IllegalStateException("unknown aggregate " + definition.aggregate());
    }
  }

  /**
   * The number of distinct counterparty keys among events [start, end) and {@code counterparty}: an
   * open-addressing set of primitive keys (never 0, see {@link EntityKeys}) in a per-thread scratch
   * table, no boxing and no allocation; the slots used are cleared afterwards.
   */
  private static int distinctCounterparties(
      EventWindow window, int start, int end, long counterparty) {
    int n = end - start + 1;
    int length = Integer.highestOneBit(n * 2 - 1) << 1;
    long[] table = SCRATCH.get();
    if (table.length < length) {
      table = new long[length];
      SCRATCH.set(table);
    }
    int mask = length - 1;
    int distinct = insert(table, mask, counterparty);
    for (int i = start; i < end; i++) {
      distinct += insert(table, mask, window.counterpartyAt(i));
    }
    Arrays.fill(table, 0, length, 0L);
    return distinct;
  }

  /** Adds {@code key} to {@code table}; 1 when it was new. */
  private static int insert(long[] table, int mask, long key) {
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (table[slot] != 0) {
      if (table[slot] == key) {
        return 0;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = key;
    return 1;
  }

  /** The longest window declared for {@code kind}, or zero when none. */
  public Duration horizon(EntityKind kind) {
    return Duration.ofMillis(horizonMillis.getOrDefault(kind, 0L));
  }
}
