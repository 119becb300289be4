package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.digifin.basics.money.Money;
import org.junit.jupiter.api.Test;

class RepaymentScheduleTest {

  private static final Installment FIRST =
      new Installment(
          1,
          LocalDate.of(2025, 2, 1),
          Money.parse("CNY 50.00"),
          Money.parse("CNY 1.25"),
          Money.parse("CNY 50.00"));
  private static final Installment SECOND =
      new Installment(
          2,
          LocalDate.of(2025, 3, 1),
          Money.parse("CNY 50.00"),
          Money.parse("CNY 0.63"),
          Money.parse("CNY 0.00"));

  @Test
  void totalsAddThePartsOfEveryInstalment() {
    RepaymentSchedule schedule = new RepaymentSchedule(List.of(FIRST, SECOND));
    assertThat(schedule.totalPrincipal()).isEqualTo(Money.parse("CNY 100.00"));
    assertThat(schedule.totalInterest()).isEqualTo(Money.parse("CNY 1.88"));
  }

  @Test
  void keepsItsOwnUnmodifiableCopy() {
    List<Installment> source = new ArrayList<>(List.of(FIRST));
    RepaymentSchedule schedule = new RepaymentSchedule(source);
    source.add(SECOND);
    assertThat(schedule.installments()).containsExactly(FIRST);
    assertThatThrownBy(() -> schedule.installments().add(SECOND))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesAnEmptyOrMissingList() {
    assertFailsWith("schedule.empty", "installments", () -> new RepaymentSchedule(List.of()));
    assertFailsWith("value.required", "installments", () -> new RepaymentSchedule(null));
  }
}
