package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.digifin.basics.id.LoanId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoanContractTest {

  private static final LoanId ID = LoanId.of("L-2025-0001");
  private static final PartyId BORROWER = PartyId.of("C0001");
  private static final Money PRINCIPAL = Money.parse("CNY 100000.00");
  private static final LocalDate START = LocalDate.of(2025, 1, 15);

  private static LoanContract contract(Money principal, String rate, int term) {
    return new LoanContract(
        ID,
        BORROWER,
        principal,
        new BigDecimal(rate),
        START,
        term,
        RepaymentMethod.EQUAL_INSTALLMENT);
  }

  @Test
  void keepsItsAttributes() {
    LoanContract contract = contract(PRINCIPAL, "0.0435", 12);
    assertThat(contract.id()).isEqualTo(ID);
    assertThat(contract.borrower()).isEqualTo(BORROWER);
    assertThat(contract.principal()).isEqualTo(PRINCIPAL);
    assertThat(contract.annualRate()).isEqualByComparingTo("0.0435");
    assertThat(contract.startDate()).isEqualTo(START);
    assertThat(contract.termMonths()).isEqualTo(12);
    assertThat(contract.method()).isEqualTo(RepaymentMethod.EQUAL_INSTALLMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.0000", "0.0435", "0.9999"})
  void theRateIsAFractionFromZeroBelowOne(String rate) {
    assertThat(contract(PRINCIPAL, rate, 12).annualRate()).isEqualByComparingTo(rate);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.0001", "1", "1.00", "4.35"})
  void refusesRatesOutsideZeroToOne(String rate) {
    assertFailsWith("loan.rate", "annualRate", () -> contract(PRINCIPAL, rate, 12));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -12, 481})
  void theTermIsOneToFourHundredEightyMonths(int term) {
    assertFailsWith("loan.term", "termMonths", () -> contract(PRINCIPAL, "0.05", term));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CNY 0.00", "CNY -1.00"})
  void thePrincipalMustBePositive(String principal) {
    assertFailsWith(
        "amount.not_positive", "principal", () -> contract(Money.parse(principal), "0.05", 12));
  }

  @Test
  void refusesNulls() {
    BigDecimal rate = new BigDecimal("0.05");
    RepaymentMethod method = RepaymentMethod.EQUAL_PRINCIPAL;
    assertFailsWith(
        "value.required",
        "id",
        () -> new LoanContract(null, BORROWER, PRINCIPAL, rate, START, 12, method));
    assertFailsWith(
        "value.required",
        "borrower",
        () -> new LoanContract(ID, null, PRINCIPAL, rate, START, 12, method));
    assertFailsWith(
        "value.required",
        "principal",
        () -> new LoanContract(ID, BORROWER, null, rate, START, 12, method));
    assertFailsWith(
        "value.required",
        "annualRate",
        () -> new LoanContract(ID, BORROWER, PRINCIPAL, null, START, 12, method));
    assertFailsWith(
        "value.required",
        "startDate",
        () -> new LoanContract(ID, BORROWER, PRINCIPAL, rate, null, 12, method));
    assertFailsWith(
        "value.required",
        "method",
        () -> new LoanContract(ID, BORROWER, PRINCIPAL, rate, START, 12, null));
  }

  @Test
  void scheduleIsTheDefaultSchedulersSchedule() {
    LoanContract contract = contract(PRINCIPAL, "0.0435", 12);
    assertThat(contract.schedule()).isEqualTo(RepaymentScheduler.DEFAULT.schedule(contract));
    assertThat(contract.schedule().installments()).hasSize(12);
    assertThat(contract.schedule().totalPrincipal()).isEqualTo(PRINCIPAL);
  }
}
