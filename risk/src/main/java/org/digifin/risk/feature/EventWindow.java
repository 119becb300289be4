package org.digifin.risk.feature;

import org.digifin.basics.Checks;
import org.digifin.risk.state.Recency;

/**
 * One entity's recent events, kept in time order in a ring of fixed capacity: the whole state a
 * feature needs, in four primitive columns (time in epoch milliseconds, amount in minor units, a
 * 64-bit counterparty key and a 64-bit device key). Memory is {@code 32 * capacity} bytes plus a
 * small header, whatever the entity's traffic.
 *
 * <p>Events older than the retention horizon are dropped when a new event arrives; when more events
 * fall inside the horizon than the capacity holds, the oldest are dropped and {@link
 * #isExactSince(long)} turns false for windows reaching back to them. Events normally arrive in
 * time order (O(1) append); a late event is inserted in place (O(capacity)). Not thread-safe: a
 * store hands each entity's window to one thread at a time.
 */
public final class EventWindow implements Recency {

  /** Events a new window has room for; the columns double up to the capacity as events come. */
  static final int INITIAL_LENGTH = 4;

  private final int capacity;
  private long[] time;
  private long[] amount;
  private long[] counterparty;
  private long[] device;
  private int head;
  private int size;
  private long droppedThrough = Long.MIN_VALUE;
  private long lastSeen = Long.MIN_VALUE;

  /** An empty window holding at most {@code capacity} events. */
  public EventWindow(int capacity) {
    this.capacity = Checks.positive(capacity, "capacity");
    int length = Math.min(capacity, INITIAL_LENGTH);
    time = new long[length];
    amount = new long[length];
    counterparty = new long[length];
    device = new long[length];
  }

  /** The most events this window keeps. */
  public int capacity() {
    return capacity;
  }

  /** Events held now. */
  public int size() {
    return size;
  }

  /**
   * The latest event time this window was used at (epoch ms): its latest event or the latest {@link
   * #touch}, {@link Long#MIN_VALUE} before either. Stores evict idle entities by it.
   */
  @Override
  public long lastSeen() {
    return lastSeen;
  }

  /** Marks the window as used at event time {@code atMillis} (stores call it on every access). */
  @Override
  public void touch(long atMillis) {
    lastSeen = Math.max(lastSeen, atMillis);
  }

  /**
   * True when no event at or after {@code fromMillis} was dropped for capacity, i.e. an aggregate
   * over {@code (fromMillis - 1, now]} sees every event.
   */
  public boolean isExactSince(long fromMillis) {
    return droppedThrough < fromMillis;
  }

  /**
   * Adds an event and drops those before {@code retainFromMillis} (retention, not capacity).
   *
   * @param atMillis event time, epoch ms
   * @param minorUnits amount in minor units
   * @param counterpartyKey the counterparty's 64-bit key
   * @param deviceKey the device's 64-bit key, 0 for none
   * @param retainFromMillis events strictly before this time are no longer needed
   */
  public void add(
      long atMillis, long minorUnits, long counterpartyKey, long deviceKey, long retainFromMillis) {
    while (size > 0 && time[head] < retainFromMillis) {
      head = (head + 1) % time.length;
      size--;
    }
    if (size == capacity) {
      droppedThrough = Math.max(droppedThrough, time[head]);
      head = (head + 1) % time.length;
      size--;
    } else if (size == time.length) {
      grow();
    }
    int position = size;
    while (position > 0 && time[index(position - 1)] > atMillis) {
      int from = index(position - 1);
      int to = index(position);
      time[to] = time[from];
      amount[to] = amount[from];
      counterparty[to] = counterparty[from];
      device[to] = device[from];
      position--;
    }
    int at = index(position);
    time[at] = atMillis;
    amount[at] = minorUnits;
    counterparty[at] = counterpartyKey;
    device[at] = deviceKey;
    size++;
    lastSeen = Math.max(lastSeen, atMillis);
  }

  /** Time of the {@code i}-th held event, oldest first. */
  public long timeAt(int i) {
    return time[index(checkIndex(i))];
  }

  /** Amount (minor units) of the {@code i}-th held event. */
  public long amountAt(int i) {
    return amount[index(checkIndex(i))];
  }

  /** Counterparty key of the {@code i}-th held event. */
  public long counterpartyAt(int i) {
    return counterparty[index(checkIndex(i))];
  }

  /** Device key of the {@code i}-th held event (0 = none). */
  public long deviceAt(int i) {
    return device[index(checkIndex(i))];
  }

  /**
   * Position of the first held event with time strictly after {@code afterMillis} (binary search;
   * {@link #size()} when none).
   */
  public int firstAfter(long afterMillis) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (time[index(mid)] > afterMillis) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Position just past the last held event with time at or before {@code atMillis}. */
  public int endAt(long atMillis) {
    return firstAfter(atMillis);
  }

  /** Doubles the columns (at most to the capacity), oldest event first at index 0. */
  private void grow() {
    int length = Math.min(capacity, time.length * 2);
    time = unrolled(time, length);
    amount = unrolled(amount, length);
    counterparty = unrolled(counterparty, length);
    device = unrolled(device, length);
    head = 0;
  }

  private long[] unrolled(long[] column, int length) {
    long[] next = new long[length];
    int first = column.length - head;
    System.arraycopy(column, head, next, 0, Math.min(first, size));
    if (first < size) {
      System.arraycopy(column, 0, next, first, size - first);
    }
    return next;
  }

  private int checkIndex(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return i;
  }

  private int index(int i) {
    int j = head + i;
    return j >= time.length ? j - time.length : j;
  }
}
