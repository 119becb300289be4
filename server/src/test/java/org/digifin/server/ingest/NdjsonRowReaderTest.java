package org.digifin.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class NdjsonRowReaderTest {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private static List<IngestRow> read(String ndjson) {
    List<IngestRow> rows = new ArrayList<>();
    try (NdjsonRowReader reader =
        new NdjsonRowReader(
            new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)),
            JSON,
            new TimestampParser(ZoneOffset.UTC))) {
      reader.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static final String GOOD =
      "{\"id\":\"T1\",\"timestamp\":\"2026-11-01T00:00:00Z\",\"payer\":\"A\",\"payee\":\"B\","
          + "\"amount\":12.5,\"currency\":\"CNY\",\"channel\":\"MOBILE\",\"type\":\"TRANSFER\"}";

  @Test
  void oneRowPerLineBlankLinesSkippedLineNumbersKept() {
    List<IngestRow> rows = read(GOOD + "\n\n" + GOOD.replace("T1", "T2") + "\n");
    assertThat(rows).hasSize(2).allMatch(IngestRow::isValid);
    assertThat(rows).extracting(IngestRow::line).containsExactly(1L, 3L);
    assertThat(rows.get(0).transaction().amount().amount()).isEqualByComparingTo("12.50");
  }

  @Test
  void brokenLineFailsOnlyItself() {
    List<IngestRow> rows = read(GOOD + "\n{oops\n" + GOOD.replace("T1", "T3"));
    assertThat(rows).extracting(IngestRow::isValid).containsExactly(true, false, true);
    assertThat(rows.get(1).error().code()).isEqualTo("request.malformed_json");
  }

  @Test
  void unknownFieldNamesTheField() {
    List<IngestRow> rows = read(GOOD.replace("}", ",\"memo\":1}"));
    assertThat(rows.get(0).error().code()).isEqualTo("request.unknown_field");
    assertThat(rows.get(0).error().field()).isEqualTo("memo");
  }

  @Test
  void halfAGeoPointIsRefused() {
    List<IngestRow> rows = read(GOOD.replace("}", ",\"latitude\":31.2}"));
    assertThat(rows.get(0).error().code()).isEqualTo("geo.incomplete");
  }
}
