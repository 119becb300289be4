package org.digifin.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.digifin.basics.error.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {

  private final TimestampParser parser = new TimestampParser(ZoneId.of("Asia/Shanghai"));

  @ParameterizedTest
  @CsvSource({
    "2026-11-01T08:00:00Z, 2026-11-01T08:00:00Z",
    "2026-11-01T16:00:00+08:00, 2026-11-01T08:00:00Z",
    "2026-11-01T03:00:00-05:00, 2026-11-01T08:00:00Z",
    "2026-11-01 16:00:00, 2026-11-01T08:00:00Z",
    "2026-11-01T16:00:00.250, 2026-11-01T08:00:00.250Z"
  })
  void readsOffsetsAndLocalTimes(String text, String expected) {
    assertThat(parser.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2026-13-01 00:00:00", "01/11/2026 08:00"})
  void refusesOtherShapes(String text) {
    assertThatThrownBy(() -> parser.parse(text))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo("timestamp.format");
  }
}
