package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CircumstancesTest {

  @Test
  void aFewWorkersAreOutOfWorkAndAFewEnterprisesDistressedEachMonth() {
    SimulationConfig config = SimulationConfig.defaults().withCustomers(20_000);
    World world = World.of(config);
    DayContext day = new DayContext(world, config);
    day.moveTo(config.start());
    day.circumstances.startMonth(day, day.random(5));
    long unemployed = 0;
    for (int p = 0; p < world.persons; p++) {
      if (day.circumstances.isUnemployed(p, day.epochDay)) {
        unemployed++;
        assertThat(world.occupation[p])
            .isNotIn((byte) ReferenceData.RETIRED, (byte) ReferenceData.STUDENT);
      }
    }
    assertThat(unemployed / (double) world.persons).isBetween(0.01, 0.05);
    long distressed = 0;
    for (boolean d : day.circumstances.distressed) {
      distressed += d ? 1 : 0;
    }
    assertThat(distressed / (double) world.enterprises).isBetween(0.02, 0.12);
  }
}
