package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

  @ParameterizedTest
  @EnumSource(Channel.class)
  void parsesEveryNameInAnyCase(Channel value) {
    assertThat(Channel.parse(value.name())).isEqualTo(value);
    assertThat(Channel.parse(value.name().toLowerCase(Locale.ROOT))).isEqualTo(value);
    assertThat(Channel.parse("  " + value.name() + " ")).isEqualTo(value);
  }

  @Test
  void parsesMixedCase() {
    assertThat(Channel.parse("Mobile")).isEqualTo(Channel.MOBILE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "unknown", "MOBILES", "MOBILE-x"})
  void refusesOtherTextWithAStableCode(String text) {
    var e = assertFailsWith("channel.unknown", "channel", () -> Channel.parse(text));
    assertThat(e).hasMessageContaining("'" + text + "'");
  }

  @Test
  void refusesNull() {
    assertFailsWith("value.required", "channel", () -> Channel.parse(null));
  }
}
