package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DayEngineTest {

  @Test
  void eachDayEmitsOnlyItsOwnTransactionsAndCarriesTheRestOver() {
    SimulationConfig config =
        SimulationConfig.defaults().withCustomers(500).withDays(6).withAllRates(20);
    DayEngine engine = new DayEngine(World.of(config), config);
    long expectedSequence = 1;
    while (engine.hasNext()) {
      DayBatch batch = engine.next();
      long start = DayContext.startOfDay(batch.date.toEpochDay());
      assertThat(batch.firstSequence).isEqualTo(expectedSequence);
      for (int k = 0; k < batch.count; k++) {
        long t = batch.events.time[batch.row(k)];
        assertThat(t).isBetween(start, start + 86_399);
        if (k > 0) {
          assertThat(t).isGreaterThanOrEqualTo(batch.events.time[batch.row(k - 1)]);
        }
        assertThat(batch.sequenceOfRow(batch.row(k))).isEqualTo(batch.sequence(k));
      }
      expectedSequence += batch.count;
    }
    assertThat(DayBatch.transactionId(12)).isEqualTo("T0000000012");
  }
}
