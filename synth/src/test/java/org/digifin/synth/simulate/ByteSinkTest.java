package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ByteSinkTest {

  @Property
  void numbersMatchLongToString(@ForAll long value) {
    assertThat(written(s -> s.number(value))).isEqualTo(Long.toString(value));
  }

  @Property
  void centsMatchBigDecimal(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long cents) {
    assertThat(written(s -> s.cents(cents)))
        .isEqualTo(BigDecimal.valueOf(cents, 2).toPlainString());
  }

  @Property
  void timestampsMatchInstant(@ForAll @LongRange(min = 0, max = 7_000_000_000L) long second) {
    assertThat(written(s -> s.timestamp(second)))
        .isEqualTo(
            Instant.ofEpochSecond(second)
                .toString()
                .replaceFirst("T(\\d\\d):(\\d\\d)Z", "T$1:$2:00Z"));
  }

  @Property
  void coordinatesHaveFourDecimals(@ForAll @IntRange(min = -1_800_000, max = 1_800_000) int e4) {
    assertThat(new BigDecimal(written(s -> s.coordinate(e4)))).isEqualTo(BigDecimal.valueOf(e4, 4));
  }

  @Property
  void paddingKeepsTheWidth(@ForAll @LongRange(min = 0, max = 9_999_999_999L) long value) {
    assertThat(written(s -> s.padded(value, 10)))
        .hasSize(10)
        .isEqualTo(String.format("%010d", value));
  }

  @org.junit.jupiter.api.Test
  void writesMoreThanItsBufferAndUtf8() {
    String text = "银行".repeat(40_000);
    assertThat(written(s -> s.text(text))).isEqualTo(text);
  }

  private static String written(Consumer<ByteSink> action) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteSink sink = new ByteSink(out);
    action.accept(sink);
    sink.flush();
    return out.toString(StandardCharsets.UTF_8);
  }
}
