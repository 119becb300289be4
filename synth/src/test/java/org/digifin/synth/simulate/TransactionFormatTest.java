package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionFormatTest {

  private final World world = World.of(SimulationConfig.defaults().withCustomers(100));

  @Test
  void writesTheWireFormatWithOptionalFieldsLeftOut() {
    EventBuffer events = new EventBuffer();
    int external = world.fraudExternals[0];
    String bank = ReferenceData.OTHER_BANKS[world.accountBank[external]];
    long t = LocalDate.of(2026, 11, 1).toEpochDay() * 86_400 + 8 * 3600;
    events.add(
        t,
        0,
        1,
        12_345,
        TransactionCodes.MOBILE,
        TransactionCodes.TRANSFER,
        0,
        312_304,
        1_214_737,
        0);
    events.add(
        t,
        0,
        1,
        5,
        TransactionCodes.ONLINE,
        TransactionCodes.BILL,
        -1,
        EventBuffer.NO_GEO,
        EventBuffer.NO_GEO,
        0);
    events.add(
        t,
        0,
        external,
        100,
        TransactionCodes.ONLINE,
        TransactionCodes.TRANSFER,
        -5,
        EventBuffer.NO_GEO,
        EventBuffer.NO_GEO,
        0);
    DayBatch batch = new DayBatch();
    batch.events = events;
    batch.count = 3;
    batch.firstSequence = 1;
    for (int i = 0; i < 3; i++) {
      batch.keys[i] = i;
    }
    TransactionFormat format = new TransactionFormat(world);
    assertThat(json(format, batch))
        .containsExactly(
            "{\"id\":\"T0000000001\",\"timestamp\":\"2026-11-01T08:00:00Z\",\"payer\":\"A1\",\"payee\":\"A2\",\"amount\":\"123.45\",\"currency\":\"CNY\",\"channel\":\"MOBILE\",\"type\":\"TRANSFER\",\"deviceId\":\"D1\",\"latitude\":31.2304,\"longitude\":121.4737}",
            "{\"id\":\"T0000000002\",\"timestamp\":\"2026-11-01T08:00:00Z\",\"payer\":\"A1\",\"payee\":\"A2\",\"amount\":\"0.05\",\"currency\":\"CNY\",\"channel\":\"ONLINE\",\"type\":\"BILL\"}",
            "{\"id\":\"T0000000003\",\"timestamp\":\"2026-11-01T08:00:00Z\",\"payer\":\"A1\",\"payee\":\"A"
                + (external + 1)
                + "\",\"amount\":\"1.00\",\"currency\":\"CNY\",\"channel\":\"ONLINE\",\"type\":\"TRANSFER\",\"deviceId\":\"X4\",\"counterpartyBank\":\""
                + bank
                + "\"}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteSink sink = new ByteSink(out);
    format.csv(sink, batch, 0);
    format.csv(sink, batch, 1);
    sink.flush();
    assertThat(out.toString(StandardCharsets.UTF_8).split("\n"))
        .containsExactly(
            "T0000000001,2026-11-01T08:00:00Z,A1,A2,123.45,CNY,MOBILE,TRANSFER,D1,31.2304,121.4737,",
            "T0000000002,2026-11-01T08:00:00Z,A1,A2,0.05,CNY,ONLINE,BILL,,,,");
  }

  @Test
  void labelsNameInstanceTypologyDecoyAndRole() {
    PatternRecorder.AccountTag tag =
        new PatternRecorder.AccountTag(3, Typology.TREASURY_SWEEP, 9, PatternRole.PARENT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteSink sink = new ByteSink(out);
    TransactionFormat format = new TransactionFormat(world);
    format.label(sink, true, TransactionFormat.accountTag(tag), -1, 9);
    format.label(sink, false, TransactionFormat.accountTag(tag), 77, -1);
    sink.flush();
    assertThat(out.toString(StandardCharsets.UTF_8).split("\n"))
        .containsExactly(
            "{\"pattern\":\"PAT0000003\",\"typology\":\"TREASURY_SWEEP\",\"decoy\":true,\"subject\":\"ACCOUNT\",\"id\":\"A10\",\"role\":\"PARENT\"}",
            "PAT0000003,TREASURY_SWEEP,true,TRANSACTION,T0000000077,PARENT");
  }

  private static List<String> json(TransactionFormat format, DayBatch batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteSink sink = new ByteSink(out);
    for (int k = 0; k < batch.count; k++) {
      format.ndjson(sink, batch, k);
    }
    sink.flush();
    return List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
  }
}
