package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeasonalityTest {

  @Test
  void sampledHoursFollowTheCardProfile() {
    Seasonality seasonality = new Seasonality();
    SplittableRandom random = new SplittableRandom(1);
    int[] hours = new int[24];
    int n = 400_000;
    for (int i = 0; i < n; i++) {
      int second = seasonality.cardSecond(random);
      assertThat(second).isBetween(0, 86_399);
      hours[second / 3600]++;
    }
    double total = 0;
    for (double w : Seasonality.CARD_HOURS) {
      total += w;
    }
    for (int h = 0; h < 24; h++) {
      assertThat(hours[h] / (double) n)
          .isCloseTo(Seasonality.CARD_HOURS[h] / total, org.assertj.core.data.Offset.offset(0.003));
    }
  }

  @Test
  void businessSecondsStayInsideBusinessHours() {
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 10_000; i++) {
      assertThat(Seasonality.businessSecond(random, 9, 17)).isBetween(9 * 3600, 17 * 3600 - 1);
    }
  }
}
