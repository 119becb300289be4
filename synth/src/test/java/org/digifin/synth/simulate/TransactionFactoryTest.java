package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.digifin.basics.domain.Transaction;
import org.junit.jupiter.api.Test;

class TransactionFactoryTest {

  @Test
  void recordsCarryExactlyWhatTheFilesSay() {
    SimulationConfig config =
        SimulationConfig.defaults().withCustomers(300).withDays(2).withAllRates(30);
    World world = World.of(config);
    DayEngine engine = new DayEngine(world, config);
    TransactionFactory factory = new TransactionFactory(world);
    TransactionFormat format = new TransactionFormat(world);
    int checked = 0;
    while (engine.hasNext()) {
      DayBatch batch = engine.next();
      for (int k = 0; k < batch.count; k += 2) {
        Transaction t = factory.transaction(batch, k);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteSink sink = new ByteSink(out);
        format.ndjson(sink, batch, k);
        sink.flush();
        assertThat(out.toString(StandardCharsets.UTF_8))
            .isEqualTo(SimulationWriterTest.expectedJson(t) + "\n");
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(500);
    assertThat(TransactionFactory.deviceId(0)).isEqualTo("D1");
    assertThat(TransactionFactory.deviceId(-2)).isEqualTo("X1");
  }
}
