package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionTypeTest {

  @ParameterizedTest
  @EnumSource(TransactionType.class)
  void parsesEveryNameInAnyCase(TransactionType value) {
    assertThat(TransactionType.parse(value.name())).isEqualTo(value);
    assertThat(TransactionType.parse(value.name().toLowerCase(Locale.ROOT))).isEqualTo(value);
    assertThat(TransactionType.parse("  " + value.name() + " ")).isEqualTo(value);
  }

  @Test
  void parsesMixedCase() {
    assertThat(TransactionType.parse("Cash_Withdrawal")).isEqualTo(TransactionType.CASH_WITHDRAWAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "unknown", "CASH_WITHDRAWALS", "CASH_WITHDRAWAL-x"})
  void refusesOtherTextWithAStableCode(String text) {
    var e = assertFailsWith("type.unknown", "type", () -> TransactionType.parse(text));
    assertThat(e).hasMessageContaining("'" + text + "'");
  }

  @Test
  void refusesNull() {
    assertFailsWith("value.required", "type", () -> TransactionType.parse(null));
  }
}
