package org.digifin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void notNullReturnsItsArgument() {
    List<String> value = List.of("a");
    assertThat(Checks.notNull(value, "items")).isSameAs(value);
  }

  @Test
  void notNullFailsWithRequiredOnTheField() {
    var e = assertFailsWith("value.required", "items", () -> Checks.notNull(null, "items"));
    assertThat(e).hasMessageContaining("items");
  }

  @Test
  void notBlankRefusesNullEmptyAndWhitespace() {
    assertThat(Checks.notBlank(" a ", "name")).isEqualTo(" a ");
    assertFailsWith("value.required", "name", () -> Checks.notBlank(null, "name"));
    assertFailsWith("value.blank", "name", () -> Checks.notBlank("", "name"));
    assertFailsWith("value.blank", "name", () -> Checks.notBlank(" \t\n", "name"));
  }

  @Test
  void maxLengthAcceptsTheLimitAndRefusesOneMore() {
    assertThat(Checks.maxLength("abcd", 4, "code")).isEqualTo("abcd");
    assertThat(Checks.maxLength("", 4, "code")).isEmpty();
    var e = assertFailsWith("value.too_long", "code", () -> Checks.maxLength("abcde", 4, "code"));
    assertThat(e).hasMessageContaining("4");
    assertFailsWith("value.required", "code", () -> Checks.maxLength(null, 4, "code"));
  }

  @Test
  void notNegativeAcceptsZero() {
    assertThat(Checks.notNegative(0, "count")).isZero();
    assertThat(Checks.notNegative(Long.MAX_VALUE, "count")).isEqualTo(Long.MAX_VALUE);
    assertFailsWith("value.negative", "count", () -> Checks.notNegative(-1, "count"));
  }

  @Test
  void positiveIntRefusesZeroAndNegatives() {
    assertThat(Checks.positive(1, "n")).isEqualTo(1);
    assertFailsWith("value.not_positive", "n", () -> Checks.positive(0, "n"));
    assertFailsWith("value.not_positive", "n", () -> Checks.positive(Integer.MIN_VALUE, "n"));
  }

  @Test
  void positiveDecimalRefusesAnyZeroScaleAndNegatives() {
    BigDecimal cent = new BigDecimal("0.01");
    assertThat(Checks.positive(cent, "rate")).isSameAs(cent);
    assertFailsWith("value.not_positive", "rate", () -> Checks.positive(BigDecimal.ZERO, "rate"));
    assertFailsWith(
        "value.not_positive", "rate", () -> Checks.positive(new BigDecimal("0.000"), "rate"));
    assertFailsWith(
        "value.not_positive", "rate", () -> Checks.positive(new BigDecimal("-0.01"), "rate"));
    assertFailsWith("value.required", "rate", () -> Checks.positive((BigDecimal) null, "rate"));
  }

  @Test
  void checkFailsWithTheGivenCodeFieldAndMessage() {
    assertThatCode(() -> Checks.check(true, "x.y", "f", "m")).doesNotThrowAnyException();
    var e =
        assertFailsWith(
            "loan.term",
            "termMonths",
            () -> Checks.check(false, "loan.term", "termMonths", "too long"));
    assertThat(e).hasMessage("too long");
  }
}
