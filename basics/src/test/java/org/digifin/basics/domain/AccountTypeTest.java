package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTypeTest {

  @ParameterizedTest
  @EnumSource(AccountType.class)
  void parsesEveryNameInAnyCase(AccountType value) {
    assertThat(AccountType.parse(value.name())).isEqualTo(value);
    assertThat(AccountType.parse(value.name().toLowerCase(Locale.ROOT))).isEqualTo(value);
    assertThat(AccountType.parse("  " + value.name() + " ")).isEqualTo(value);
  }

  @Test
  void parsesMixedCase() {
    assertThat(AccountType.parse("savings")).isEqualTo(AccountType.SAVINGS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "unknown", "SAVINGSS", "SAVINGS-x"})
  void refusesOtherTextWithAStableCode(String text) {
    var e = assertFailsWith("type.unknown", "type", () -> AccountType.parse(text));
    assertThat(e).hasMessageContaining("'" + text + "'");
  }

  @Test
  void refusesNull() {
    assertFailsWith("value.required", "type", () -> AccountType.parse(null));
  }
}
