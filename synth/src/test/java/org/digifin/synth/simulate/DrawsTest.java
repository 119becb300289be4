package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

class DrawsTest {

  @Property(tries = 20)
  void poissonHasTheRequestedMean(@ForAll @DoubleRange(min = 0.05, max = 8) double mean) {
    SplittableRandom random = new SplittableRandom(3);
    long sum = 0;
    int n = 50_000;
    for (int i = 0; i < n; i++) {
      sum += Draws.poisson(random, mean);
    }
    assertThat(sum / (double) n)
        .isCloseTo(mean, org.assertj.core.data.Offset.offset(0.05 * mean + 0.02));
  }

  @Property
  void roundingGivesWholeMultiples(
      @ForAll @LongRange(min = 1, max = 1_000_000_000) long cents,
      @ForAll @LongRange(min = 1, max = 1000) long yuan) {
    long rounded = Draws.roundTo(cents, yuan);
    assertThat(rounded % (yuan * 100)).isZero();
    assertThat(rounded).isPositive();
  }

  @Property
  void lognormalAmountsAreAtLeastOneYuan(@ForAll long seed) {
    assertThat(Draws.lognormalCents(new SplittableRandom(seed), 0.5, 2))
        .isGreaterThanOrEqualTo(100);
  }
}
