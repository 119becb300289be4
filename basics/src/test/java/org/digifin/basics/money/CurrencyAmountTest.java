package org.digifin.basics.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CurrencyAmountTest {

  private static final CurrencyAmount CNY_10 = CurrencyAmount.of(Currency.CNY, 10.5);

  @Test
  void ofAndZero() {
    assertThat(CNY_10.currency()).isEqualTo(Currency.CNY);
    assertThat(CNY_10.amount()).isEqualTo(10.5);
    assertThat(CurrencyAmount.zero(Currency.JPY)).isEqualTo(new CurrencyAmount(Currency.JPY, 0d));
  }

  @Test
  void arithmeticInOneCurrency() {
    CurrencyAmount two = CurrencyAmount.of(Currency.CNY, 2.25);
    assertThat(CNY_10.plus(two).amount()).isEqualTo(12.75);
    assertThat(CNY_10.minus(two).amount()).isEqualTo(8.25);
    assertThat(CNY_10.multipliedBy(-2).amount()).isEqualTo(-21.0);
    assertThat(CNY_10.plus(two).currency()).isEqualTo(Currency.CNY);
  }

  @Test
  void refusesToCombineCurrencies() {
    CurrencyAmount usd = CurrencyAmount.of(Currency.USD, 1);
    assertFailsWith("money.currency_mismatch", "currency", () -> CNY_10.plus(usd));
    assertFailsWith("money.currency_mismatch", "currency", () -> CNY_10.minus(usd));
    assertFailsWith("value.required", "other", () -> CNY_10.plus(null));
  }

  @Test
  void refusesNonFiniteAmounts() {
    assertFailsWith(
        "amount.not_finite", "amount", () -> CurrencyAmount.of(Currency.CNY, Double.NaN));
    assertFailsWith(
        "amount.not_finite",
        "amount",
        () -> CurrencyAmount.of(Currency.CNY, Double.POSITIVE_INFINITY));
    assertFailsWith("amount.not_finite", "amount", () -> CNY_10.multipliedBy(Double.MAX_VALUE));
    assertFailsWith("value.required", "currency", () -> CurrencyAmount.of(null, 1));
  }

  @Test
  void toMoneyRoundsHalfEvenToTheMinorUnit() {
    assertThat(CurrencyAmount.of(Currency.CNY, 2.675).toMoney())
        .isEqualTo(Money.of(Currency.CNY, new BigDecimal("2.68")));
    assertThat(CurrencyAmount.of(Currency.CNY, 2.665).toMoney())
        .isEqualTo(Money.of(Currency.CNY, new BigDecimal("2.66")));
    assertThat(CurrencyAmount.of(Currency.JPY, 2.5).toMoney())
        .isEqualTo(Money.ofMinor(Currency.JPY, 2));
    assertThat(CurrencyAmount.of(Currency.JPY, 3.5).toMoney())
        .isEqualTo(Money.ofMinor(Currency.JPY, 4));
    assertThat(
            CurrencyAmount.of(Currency.CNY, 0.1)
                .plus(CurrencyAmount.of(Currency.CNY, 0.2))
                .toMoney())
        .isEqualTo(Money.ofMinor(Currency.CNY, 30));
  }

  @Test
  void roundTripsThroughMoney() {
    CurrencyAmount amount = CurrencyAmount.of(Currency.CNY, 1234.56);
    assertThat(amount.toMoney().toCurrencyAmount().amount()).isCloseTo(1234.56, within(1e-9));
  }

  @Test
  void printsCurrencyAndAmount() {
    assertThat(CNY_10).hasToString("CNY 10.5");
  }
}
