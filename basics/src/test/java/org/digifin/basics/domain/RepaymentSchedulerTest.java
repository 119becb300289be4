package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.digifin.basics.id.LoanId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.money.Currency;
import org.digifin.basics.money.Money;
import org.junit.jupiter.api.Test;

class RepaymentSchedulerTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 15);
  private static final Money LOAN = Money.parse("CNY 100000.00");

  private static LoanContract contract(
      Money principal, String annualRate, int months, RepaymentMethod method, LocalDate start) {
    return new LoanContract(
        LoanId.of("L1"),
        PartyId.of("C1"),
        principal,
        new BigDecimal(annualRate),
        start,
        months,
        method);
  }

  private static List<Installment> schedule(
      Money principal, String rate, int months, RepaymentMethod method) {
    return RepaymentScheduler.DEFAULT
        .schedule(contract(principal, rate, months, method, START))
        .installments();
  }

  /** The textbook annuity P r (1+r)^n / ((1+r)^n - 1), computed apart from the code under test. */
  private static double annuity(double principal, double annualRate, int months) {
    double r = annualRate / 12;
    double growth = Math.pow(1 + r, months);
    return principal * r * growth / (growth - 1);
  }

  private static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  // --- 等额本息 (equal instalments)

  @Test
  void equalInstallmentPaysTheTextbookAnnuity() {
    List<Installment> plan = schedule(LOAN, "0.0435", 12, RepaymentMethod.EQUAL_INSTALLMENT);
    double expected = annuity(100_000, 0.0435, 12);
    assertThat(expected).isCloseTo(8530.99, within(0.01));
    assertThat(plan).hasSize(12);
    for (Installment installment : plan.subList(0, 11)) {
      assertThat(installment.total()).isEqualTo(cny("8530.99"));
      assertThat(installment.total().amount().doubleValue()).isCloseTo(expected, within(0.01));
    }
    // The last instalment absorbs the rounding of the eleven before it.
    assertThat(plan.get(11).total().amount().doubleValue()).isCloseTo(expected, within(0.05));
  }

  @Test
  void equalInstallmentSplitsEachPaymentIntoInterestOnTheBalanceAndPrincipal() {
    List<Installment> plan = schedule(LOAN, "0.0435", 12, RepaymentMethod.EQUAL_INSTALLMENT);
    Installment first = plan.get(0);
    assertThat(first.interest()).isEqualTo(cny("362.50"));
    assertThat(first.principal()).isEqualTo(cny("8168.49"));
    assertThat(first.outstandingAfter()).isEqualTo(cny("91831.51"));
    assertThat(plan.get(1).interest()).isEqualTo(cny("332.89"));
    assertThat(plan.get(11).principal()).isEqualTo(cny("8500.20"));
    assertThat(plan.get(11).interest()).isEqualTo(cny("30.81"));
    // Interest falls and principal rises month by month.
    for (int i = 1; i < plan.size(); i++) {
      assertThat(plan.get(i).interest()).isLessThan(plan.get(i - 1).interest());
      assertThat(plan.get(i).principal()).isGreaterThan(plan.get(i - 1).principal());
    }
    RepaymentSchedule schedule = new RepaymentSchedule(plan);
    assertThat(schedule.totalInterest()).isEqualTo(cny("2371.90"));
  }

  @Test
  void equalInstallmentAgreesWithTheTextbookForAThirtyYearMortgage() {
    List<Installment> plan =
        schedule(cny("1000000.00"), "0.049", 360, RepaymentMethod.EQUAL_INSTALLMENT);
    double expected = annuity(1_000_000, 0.049, 360);
    assertThat(plan.get(0).total().amount().doubleValue()).isCloseTo(expected, within(0.01));
    assertThat(plan.get(0).total()).isEqualTo(cny("5307.27"));
    assertThat(plan.get(359).outstandingAfter().isZero()).isTrue();
  }

  // --- 等额本金 (equal principal)

  @Test
  void equalPrincipalRepaysAnEqualShareWithInterestOnTheBalance() {
    List<Installment> plan = schedule(LOAN, "0.0435", 12, RepaymentMethod.EQUAL_PRINCIPAL);
    Installment first = plan.get(0);
    assertThat(first.principal()).isEqualTo(cny("8333.33"));
    assertThat(first.interest()).isEqualTo(cny("362.50"));
    assertThat(first.total()).isEqualTo(cny("8695.83"));
    // Interest on 91,666.67 at 4.35% / 12 is 332.2916..., so 332.29.
    assertThat(plan.get(1).interest()).isEqualTo(cny("332.29"));
    for (Installment installment : plan.subList(0, 11)) {
      assertThat(installment.principal()).isEqualTo(cny("8333.33"));
    }
    // Eleven times 8,333.33 leaves 8,333.37 for the last.
    assertThat(plan.get(11).principal()).isEqualTo(cny("8333.37"));
    assertThat(plan.get(11).interest()).isEqualTo(cny("30.21"));
    assertThat(new RepaymentSchedule(plan).totalInterest()).isEqualTo(cny("2356.26"));
  }

  // --- 先息后本 (interest only)

  @Test
  void interestOnlyRepaysAllPrincipalAtMaturity() {
    List<Installment> plan = schedule(LOAN, "0.0435", 12, RepaymentMethod.INTEREST_ONLY);
    for (Installment installment : plan.subList(0, 11)) {
      assertThat(installment.principal().isZero()).isTrue();
      assertThat(installment.interest()).isEqualTo(cny("362.50"));
      assertThat(installment.outstandingAfter()).isEqualTo(LOAN);
    }
    assertThat(plan.get(11).principal()).isEqualTo(LOAN);
    assertThat(plan.get(11).interest()).isEqualTo(cny("362.50"));
    assertThat(plan.get(11).outstandingAfter().isZero()).isTrue();
  }

  // --- edge cases

  @Test
  void aZeroRateChargesNoInterest() {
    for (RepaymentMethod method : RepaymentMethod.values()) {
      List<Installment> plan = schedule(LOAN, "0", 12, method);
      assertThat(plan).allSatisfy(i -> assertThat(i.interest().isZero()).isTrue());
      assertThat(new RepaymentSchedule(plan).totalPrincipal()).isEqualTo(LOAN);
    }
    List<Installment> annuity = schedule(LOAN, "0", 12, RepaymentMethod.EQUAL_INSTALLMENT);
    assertThat(annuity.get(0).total()).isEqualTo(cny("8333.33"));
    assertThat(annuity.get(11).total()).isEqualTo(cny("8333.37"));
  }

  @Test
  void aOneMonthLoanRepaysEverythingAtOnce() {
    for (RepaymentMethod method : RepaymentMethod.values()) {
      List<Installment> plan = schedule(LOAN, "0.0435", 1, method);
      assertThat(plan).hasSize(1);
      assertThat(plan.get(0).principal()).isEqualTo(LOAN);
      assertThat(plan.get(0).interest()).isEqualTo(cny("362.50"));
    }
  }

  @Test
  void yenSchedulesStayInWholeYen() {
    Money yen = Money.parse("JPY 1000000");
    List<Installment> plan = schedule(yen, "0.015", 24, RepaymentMethod.EQUAL_INSTALLMENT);
    assertThat(plan)
        .allSatisfy(
            i -> {
              assertThat(i.principal().amount().scale()).isZero();
              assertThat(i.interest().amount().scale()).isZero();
            });
    assertThat(plan.get(0).interest()).isEqualTo(Money.parse("JPY 1250"));
    assertThat(plan.get(0).total().amount().doubleValue())
        .isCloseTo(annuity(1_000_000, 0.015, 24), within(1.0));
  }

  @Test
  void aTinyLoanNeverRepaysMoreThanIsOwed() {
    // One cent over twelve months: the equal share rounds to zero, the last month repays it.
    List<Installment> plan = schedule(cny("0.01"), "0.0435", 12, RepaymentMethod.EQUAL_PRINCIPAL);
    assertThat(plan.subList(0, 11)).allSatisfy(i -> assertThat(i.principal().isZero()).isTrue());
    assertThat(plan.get(11).principal()).isEqualTo(cny("0.01"));
    // Seven cents over twelve months: the share rounds up to a cent and runs out early.
    List<Installment> early = schedule(cny("0.07"), "0", 12, RepaymentMethod.EQUAL_PRINCIPAL);
    assertThat(early).allSatisfy(i -> assertThat(i.outstandingAfter().isNegative()).isFalse());
    assertThat(new RepaymentSchedule(early).totalPrincipal()).isEqualTo(cny("0.07"));
  }

  @Test
  void dueDatesFallMonthlyFromTheStartClampedToShortMonths() {
    List<Installment> plan =
        RepaymentScheduler.DEFAULT
            .schedule(
                contract(
                    LOAN,
                    "0.0435",
                    4,
                    RepaymentMethod.EQUAL_INSTALLMENT,
                    LocalDate.of(2024, 1, 31)))
            .installments();
    assertThat(plan)
        .extracting(Installment::dueDate)
        .containsExactly(
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 3, 31),
            LocalDate.of(2024, 4, 30),
            LocalDate.of(2024, 5, 31));
  }

  @Test
  void refusesNull() {
    assertFailsWith("value.required", "contract", () -> RepaymentScheduler.DEFAULT.schedule(null));
  }

  // --- properties

  @Provide
  Arbitrary<LoanContract> contracts() {
    Arbitrary<Currency> currency = Arbitraries.of(Currency.CNY, Currency.JPY);
    Arbitrary<Long> minor = Arbitraries.longs().between(1, 10_000_000_000L);
    Arbitrary<BigDecimal> rate =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
            net.jqwik.api.Tuple.of(
                9, Arbitraries.integers().between(1, 3600).map(bp -> BigDecimal.valueOf(bp, 4))));
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 480);
    Arbitrary<RepaymentMethod> method = Arbitraries.of(RepaymentMethod.class);
    Arbitrary<LocalDate> start =
        Arbitraries.integers().between(0, 365 * 30).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    return Combinators.combine(currency, minor, rate, months, method, start)
        .as(
            (ccy, amount, r, n, m, s) ->
                new LoanContract(
                    LoanId.of("L1"), PartyId.of("C1"), Money.ofMinor(ccy, amount), r, s, n, m));
  }

  @Property(tries = 300)
  void everyScheduleRepaysExactlyThePrincipalMonthly(@ForAll("contracts") LoanContract contract) {
    RepaymentSchedule schedule = RepaymentScheduler.DEFAULT.schedule(contract);
    List<Installment> plan = schedule.installments();
    BigDecimal monthlyRate =
        contract.annualRate().divide(BigDecimal.valueOf(12), java.math.MathContext.DECIMAL128);

    assertThat(plan).hasSize(contract.termMonths());
    assertThat(schedule.totalPrincipal()).isEqualTo(contract.principal());
    assertThat(plan.get(plan.size() - 1).outstandingAfter().isZero()).isTrue();

    Money before = contract.principal();
    for (int i = 0; i < plan.size(); i++) {
      Installment installment = plan.get(i);
      assertThat(installment.number()).isEqualTo(i + 1);
      assertThat(installment.dueDate()).isEqualTo(contract.startDate().plusMonths(i + 1));
      assertThat(installment.principal().isNegative()).isFalse();
      assertThat(installment.interest().isNegative()).isFalse();
      assertThat(installment.outstandingAfter().isNegative()).isFalse();
      assertThat(installment.outstandingAfter()).isEqualTo(before.minus(installment.principal()));
      assertThat(installment.interest()).isEqualTo(before.multipliedBy(monthlyRate));
      before = installment.outstandingAfter();
    }
  }

  @Property(tries = 200)
  void equalInstallmentPaymentsMatchTheTextbookAnnuity(@ForAll("contracts") LoanContract any) {
    LoanContract contract =
        new LoanContract(
            any.id(),
            any.borrower(),
            any.principal(),
            any.annualRate(),
            any.startDate(),
            any.termMonths(),
            RepaymentMethod.EQUAL_INSTALLMENT);
    List<Installment> plan = RepaymentScheduler.DEFAULT.schedule(contract).installments();
    double principal = contract.principal().amount().doubleValue();
    double rate = contract.annualRate().doubleValue();
    double expected =
        rate == 0
            ? principal / contract.termMonths()
            : annuity(principal, rate, contract.termMonths());
    double minorUnit = Math.pow(10, -contract.principal().currency().minorUnits());
    Money payment = plan.get(0).total();
    assertThat(payment.amount().doubleValue()).isCloseTo(expected, within(minorUnit));
    // Until the principal runs out, every instalment but the last pays that same amount. (Rounding
    // the payment up can repay a tiny or long, dear loan early; then the rest carry nothing.)
    for (Installment installment : plan.subList(0, plan.size() - 1)) {
      if (!installment.outstandingAfter().isZero()) {
        assertThat(installment.total()).isEqualTo(payment);
      }
    }
  }
}
