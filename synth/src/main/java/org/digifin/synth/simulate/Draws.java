package org.digifin.synth.simulate;

import java.util.SplittableRandom;

/** The few distributions the behaviours draw from, on a caller's {@link SplittableRandom}. */
final class Draws {

  private Draws() {}

  /** Poisson by inversion; fine for the small means (under 30) a customer-day has. */
  static int poisson(SplittableRandom random, double mean) {
    if (mean <= 0) {
      return 0;
    }
    double p = Math.exp(-mean);
    double cumulative = p;
    double u = random.nextDouble();
    int k = 0;
    while (u > cumulative && k < 200) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  }

  /** A log-normal amount in minor units (cents) with the given median in CNY, at least 1 CNY. */
  static long lognormalCents(SplittableRandom random, double medianYuan, double sigma) {
    double yuan = medianYuan * Math.exp(sigma * random.nextGaussian());
    return Math.max(100, Math.round(yuan * 100));
  }

  /** {@code cents} rounded to whole multiples of {@code yuan} CNY, at least one multiple. */
  static long roundTo(long cents, long yuan) {
    long unit = yuan * 100;
    return Math.max(unit, Math.round((double) cents / unit) * unit);
  }

  /** Uniform in [{@code from}, {@code to}). */
  static double uniform(SplittableRandom random, double from, double to) {
    return from + (to - from) * random.nextDouble();
  }

  /** Uniform integer in [{@code from}, {@code to}], both inclusive. */
  static int between(SplittableRandom random, int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  /** A coordinate near a region's capital: within about 0.3 degrees. */
  static int jitter(SplittableRandom random, int centreE4) {
    return centreE4 + random.nextInt(6001) - 3000;
  }
}
