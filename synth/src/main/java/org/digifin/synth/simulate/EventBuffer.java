package org.digifin.synth.simulate;

import java.util.Arrays;

/**
 * The transactions generated but not yet emitted, as primitive columns: one row per transaction, no
 * objects. Injected patterns may place rows on later days; those stay here until their day.
 * Capacity grows to the busiest day's volume and stays there, so memory is flat in the number of
 * days.
 */
final class EventBuffer {

  static final int NO_DEVICE = -1;
  static final int NO_GEO = Integer.MIN_VALUE;

  long[] time = new long[1024];
  int[] payer = new int[1024];
  int[] payee = new int[1024];
  long[] amount = new long[1024];
  byte[] channel = new byte[1024];
  byte[] type = new byte[1024];
  int[] device = new int[1024];
  int[] latitude = new int[1024];
  int[] longitude = new int[1024];
  long[] tag = new long[1024];
  int size;

  /**
   * Appends a row. {@code device} is a person index (their phone), an attacker device below -1, or
   * {@link #NO_DEVICE}; coordinates are in 1e-4 degrees or {@link #NO_GEO}; {@code tag} is 0 or a
   * {@link PatternRecorder} tag. Returns the row index.
   */
  int add(
      long epochSecond,
      int payerAccount,
      int payeeAccount,
      long amountMinor,
      int channelOrdinal,
      int typeOrdinal,
      int deviceCode,
      int latitudeE4,
      int longitudeE4,
      long patternTag) {
    if (size == time.length) {
      grow();
    }
    int i = size++;
    time[i] = epochSecond;
    payer[i] = payerAccount;
    payee[i] = payeeAccount;
    amount[i] = amountMinor;
    channel[i] = (byte) channelOrdinal;
    type[i] = (byte) typeOrdinal;
    device[i] = deviceCode;
    latitude[i] = latitudeE4;
    longitude[i] = longitudeE4;
    tag[i] = patternTag;
    return i;
  }

  /** Drops rows from {@code mark} on: an injected pattern that did not fit the run. */
  void truncate(int mark) {
    size = mark;
  }

  /** Keeps only the rows at or after {@code epochSecond}, in order, at the front. */
  void keepFrom(long epochSecond) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (time[i] >= epochSecond) {
        if (kept != i) {
          time[kept] = time[i];
          payer[kept] = payer[i];
          payee[kept] = payee[i];
          amount[kept] = amount[i];
          channel[kept] = channel[i];
          type[kept] = type[i];
          device[kept] = device[i];
          latitude[kept] = latitude[i];
          longitude[kept] = longitude[i];
          tag[kept] = tag[i];
        }
        kept++;
      }
    }
    size = kept;
  }

  int capacity() {
    return time.length;
  }

  private void grow() {
    int n = time.length * 2;
    time = Arrays.copyOf(time, n);
    payer = Arrays.copyOf(payer, n);
    payee = Arrays.copyOf(payee, n);
    amount = Arrays.copyOf(amount, n);
    channel = Arrays.copyOf(channel, n);
    type = Arrays.copyOf(type, n);
    device = Arrays.copyOf(device, n);
    latitude = Arrays.copyOf(latitude, n);
    longitude = Arrays.copyOf(longitude, n);
    tag = Arrays.copyOf(tag, n);
  }
}
