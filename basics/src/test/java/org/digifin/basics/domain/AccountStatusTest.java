package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountStatusTest {

  @ParameterizedTest
  @EnumSource(AccountStatus.class)
  void parsesEveryNameInAnyCase(AccountStatus value) {
    assertThat(AccountStatus.parse(value.name())).isEqualTo(value);
    assertThat(AccountStatus.parse(value.name().toLowerCase(Locale.ROOT))).isEqualTo(value);
    assertThat(AccountStatus.parse("  " + value.name() + " ")).isEqualTo(value);
  }

  @Test
  void parsesMixedCase() {
    assertThat(AccountStatus.parse("Dormant")).isEqualTo(AccountStatus.DORMANT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "unknown", "DORMANTS", "DORMANT-x"})
  void refusesOtherTextWithAStableCode(String text) {
    var e = assertFailsWith("status.unknown", "status", () -> AccountStatus.parse(text));
    assertThat(e).hasMessageContaining("'" + text + "'");
  }

  @Test
  void refusesNull() {
    assertFailsWith("value.required", "status", () -> AccountStatus.parse(null));
  }
}
