package org.digifin.synth.simulate;

import java.util.SplittableRandom;

/**
 * What happens to customers that drives their behaviour: persons lose their jobs for a few months
 * (salary stops, loan instalments slip), enterprises go through distressed months (they pay
 * suppliers late). Drawn at the start of each month.
 */
final class Circumstances {

  private final World world;
  final int[] unemployedUntil;
  final boolean[] distressed;

  Circumstances(World world, long seed) {
    this.world = world;
    this.unemployedUntil = new int[world.persons];
    this.distressed = new boolean[world.enterprises];
    SplittableRandom random = new SplittableRandom(DayContext.mix(seed, -1, 77));
    long startDay = world.start.toEpochDay();
    for (int p = 0; p < world.persons; p++) {
      if (isWorking(p) && random.nextDouble() < 0.02) {
        unemployedUntil[p] = (int) (startDay + 15 + random.nextInt(150));
      }
    }
  }

  /** Draws job losses and distressed enterprises for the month starting at the context's day. */
  void startMonth(DayContext day, SplittableRandom random) {
    for (int p = 0; p < world.persons; p++) {
      if (isWorking(p) && unemployedUntil[p] <= day.epochDay) {
        double hazard = world.income[p] < 600_000 ? 0.015 : 0.008;
        if (random.nextDouble() < hazard) {
          unemployedUntil[p] = (int) (day.epochDay + 30 * (1 + random.nextInt(6)));
        }
      }
    }
    for (int e = 0; e < world.enterprises; e++) {
      distressed[e] = random.nextDouble() < (world.size[e] == 0 ? 0.09 : 0.05);
    }
  }

  boolean isUnemployed(int person, long epochDay) {
    return unemployedUntil[person] > epochDay;
  }

  private boolean isWorking(int p) {
    int occupation = world.occupation[p];
    return occupation != ReferenceData.STUDENT && occupation != ReferenceData.RETIRED;
  }
}
