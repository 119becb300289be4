package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.time.LocalDate;
import org.digifin.basics.money.Currency;
import org.digifin.basics.money.Money;
import org.junit.jupiter.api.Test;

class InstallmentTest {

  private static final LocalDate DUE = LocalDate.of(2025, 2, 15);
  private static final Money PRINCIPAL = Money.parse("CNY 8168.49");
  private static final Money INTEREST = Money.parse("CNY 362.50");
  private static final Money AFTER = Money.parse("CNY 91831.51");

  @Test
  void totalIsPrincipalPlusInterest() {
    Installment installment = new Installment(1, DUE, PRINCIPAL, INTEREST, AFTER);
    assertThat(installment.total()).isEqualTo(Money.parse("CNY 8530.99"));
  }

  @Test
  void totalRefusesMixedCurrencies() {
    Installment mixed = new Installment(1, DUE, PRINCIPAL, Money.ofMinor(Currency.USD, 1), AFTER);
    assertFailsWith("money.currency_mismatch", mixed::total);
  }

  @Test
  void numbersStartAtOne() {
    assertFailsWith(
        "value.not_positive", "number", () -> new Installment(0, DUE, PRINCIPAL, INTEREST, AFTER));
    assertFailsWith(
        "value.not_positive", "number", () -> new Installment(-1, DUE, PRINCIPAL, INTEREST, AFTER));
  }

  @Test
  void refusesNulls() {
    assertFailsWith(
        "value.required", "dueDate", () -> new Installment(1, null, PRINCIPAL, INTEREST, AFTER));
    assertFailsWith(
        "value.required", "principal", () -> new Installment(1, DUE, null, INTEREST, AFTER));
    assertFailsWith(
        "value.required", "interest", () -> new Installment(1, DUE, PRINCIPAL, null, AFTER));
    assertFailsWith(
        "value.required",
        "outstandingAfter",
        () -> new Installment(1, DUE, PRINCIPAL, INTEREST, null));
  }
}
