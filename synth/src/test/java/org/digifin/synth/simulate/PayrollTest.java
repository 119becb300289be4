package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.AccountId;
import org.junit.jupiter.api.Test;

class PayrollTest {

  @Test
  void payDaysOnAWeekendMoveToTheFridayBefore() {
    // 2026-11-15 is a Sunday, 2026-11-30 a Monday
    assertThat(Payroll.paysOn(15, LocalDate.of(2026, 11, 13))).isTrue();
    assertThat(Payroll.paysOn(15, LocalDate.of(2026, 11, 15))).isFalse();
    assertThat(Payroll.paysOn(0, LocalDate.of(2026, 11, 30))).isTrue();
    assertThat(Payroll.paysOn(10, LocalDate.of(2026, 11, 10))).isTrue();
  }

  @Test
  void salariesArriveOncePerMonthOnTheSameWorkingDayFromTheSameEmployer() {
    SimulatedRun run = SimulatedRun.of(SimulationConfig.defaults().withCustomers(800).withDays(92));
    Map<AccountId, List<Transaction>> byPayee = new HashMap<>();
    java.util.Set<org.digifin.basics.id.TransactionId> labelled = new java.util.HashSet<>();
    run.transactionLabels.forEach(l -> labelled.add(l.transaction()));
    run.transactions.stream()
        .filter(t -> t.type() == TransactionType.SALARY && !labelled.contains(t.id()))
        .forEach(t -> byPayee.computeIfAbsent(t.payee(), k -> new java.util.ArrayList<>()).add(t));
    assertThat(byPayee).hasSizeGreaterThan(run.world.personCount() / 3);
    int regular = 0;
    for (List<Transaction> salaries : byPayee.values()) {
      assertThat(salaries.stream().map(Transaction::payer).distinct()).hasSize(1);
      Map<String, Long> perMonth = new HashMap<>();
      for (Transaction t : salaries) {
        LocalDate date = SimulatedRun.localDate(t);
        assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        perMonth.merge(date.getYear() + "-" + date.getMonthValue(), 1L, Long::sum);
      }
      assertThat(perMonth.values()).allMatch(n -> n == 1);
      if (salaries.size() == 3) {
        regular++;
      }
    }
    // a 92-day run from 1 November covers three pay days for nearly everyone employed
    assertThat(regular).isGreaterThan(byPayee.size() * 8 / 10);
  }
}
