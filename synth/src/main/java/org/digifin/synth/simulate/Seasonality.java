package org.digifin.synth.simulate;

import java.util.SplittableRandom;

/**
 * When things happen: hour-of-day profiles (local time, Asia/Shanghai) and weekday factors. Card
 * spending peaks at lunch and in the evening and is lowest around 3-4 am; it is about 30% higher on
 * Saturdays than midweek. Sampling an hour is one table look-up.
 */
final class Seasonality {

  /** Relative card spending by local hour. */
  static final double[] CARD_HOURS = {
    0.6, 0.3, 0.15, 0.1, 0.1, 0.2, 0.6, 1.5, 2.5, 2.8, 3.2, 4.2, 5.5, 4.5, 3.5, 3.5, 3.8, 4.8, 6.5,
    7.0, 6.5, 5.0, 3.2, 1.6
  };

  /** Relative person-to-person transfers by local hour. */
  static final double[] TRANSFER_HOURS = {
    0.4, 0.2, 0.1, 0.05, 0.05, 0.1, 0.4, 1.2, 2.5, 3.5, 4.0, 3.8, 3.0, 3.0, 3.5, 3.5, 3.5, 3.5, 3.5,
    4.0, 4.5, 4.0, 2.5, 1.0
  };

  /** Card spending by weekday, Monday first. */
  static final double[] CARD_WEEKDAY = {0.92, 0.90, 0.93, 0.97, 1.10, 1.30, 1.20};

  /** Transfers by weekday, Monday first. */
  static final double[] TRANSFER_WEEKDAY = {1.0, 0.95, 0.95, 1.0, 1.1, 1.05, 0.95};

  private static final int TABLE = 4096;

  private final byte[] cardTable = table(CARD_HOURS);
  private final byte[] transferTable = table(TRANSFER_HOURS);

  /** A second of the local day for a card payment. */
  int cardSecond(SplittableRandom random) {
    return cardTable[random.nextInt(TABLE)] * 3600 + random.nextInt(3600);
  }

  /** A second of the local day for a transfer. */
  int transferSecond(SplittableRandom random) {
    return transferTable[random.nextInt(TABLE)] * 3600 + random.nextInt(3600);
  }

  /** A second within local business hours, {@code from} to {@code to} o'clock. */
  static int businessSecond(SplittableRandom random, int from, int to) {
    return from * 3600 + random.nextInt((to - from) * 3600);
  }

  private static byte[] table(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    byte[] table = new byte[TABLE];
    double cumulative = 0;
    int hour = 0;
    for (int i = 0; i < TABLE; i++) {
      double point = (i + 0.5) / TABLE * total;
      while (hour < 23 && cumulative + weights[hour] < point) {
        cumulative += weights[hour];
        hour++;
      }
      table[i] = (byte) hour;
    }
    return table;
  }
}
