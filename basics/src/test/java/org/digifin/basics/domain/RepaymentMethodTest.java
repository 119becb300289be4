package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepaymentMethodTest {

  @ParameterizedTest
  @EnumSource(RepaymentMethod.class)
  void parsesEveryNameInAnyCase(RepaymentMethod value) {
    assertThat(RepaymentMethod.parse(value.name())).isEqualTo(value);
    assertThat(RepaymentMethod.parse(value.name().toLowerCase(Locale.ROOT))).isEqualTo(value);
    assertThat(RepaymentMethod.parse("  " + value.name() + " ")).isEqualTo(value);
  }

  @Test
  void parsesMixedCase() {
    assertThat(RepaymentMethod.parse("Equal_Principal")).isEqualTo(RepaymentMethod.EQUAL_PRINCIPAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "unknown", "EQUAL_PRINCIPALS", "EQUAL_PRINCIPAL-x"})
  void refusesOtherTextWithAStableCode(String text) {
    var e = assertFailsWith("method.unknown", "method", () -> RepaymentMethod.parse(text));
    assertThat(e).hasMessageContaining("'" + text + "'");
  }

  @Test
  void refusesNull() {
    assertFailsWith("value.required", "method", () -> RepaymentMethod.parse(null));
  }
}
