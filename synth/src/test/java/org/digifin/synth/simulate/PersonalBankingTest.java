package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.junit.jupiter.api.Test;

class PersonalBankingTest {

  private final SimulatedRun run = SimulatedRun.small();

  private final List<Transaction> card = everydayCard();

  private List<Transaction> everydayCard() {
    java.util.Set<org.digifin.basics.id.TransactionId> labelled = new java.util.HashSet<>();
    run.transactionLabels.forEach(l -> labelled.add(l.transaction()));
    return run.transactions.stream()
        .filter(t -> t.type() == TransactionType.CARD && !labelled.contains(t.id()))
        .toList();
  }

  private List<Transaction> card() {
    return card;
  }

  @Test
  void saturdaysSeeMoreCardSpendingThanMidweek() {
    double saturday = perDay(DayOfWeek.SATURDAY);
    double tuesday = perDay(DayOfWeek.TUESDAY);
    assertThat(saturday / tuesday).isBetween(1.25, 1.65);
  }

  @Test
  void eveningsAreBusyAndThreeInTheMorningIsQuiet() {
    long evening = card().stream().filter(t -> SimulatedRun.localHour(t) == 19).count();
    long night = card().stream().filter(t -> SimulatedRun.localHour(t) == 3).count();
    assertThat(evening).isGreaterThan(40 * night);
    assertThat(night).isPositive();
  }

  @Test
  void personsSpendAboutOneAndAHalfTimesADayByCard() {
    double perPersonDay = card().size() / (double) run.world.personCount() / run.config.days();
    assertThat(perPersonDay).isBetween(0.8, 2.5);
  }

  @Test
  void billsArriveMonthlyForEveryPerson() {
    long bills = run.transactions.stream().filter(t -> t.type() == TransactionType.BILL).count();
    // three bills a person on a day of month 1-28: a 30-day run holds each bill day once
    assertThat(bills)
        .isBetween(3L * run.world.personCount() * 9 / 10, 3L * run.world.personCount());
  }

  private double perDay(DayOfWeek weekday) {
    long days =
        run.config
            .start()
            .datesUntil(run.config.start().plusDays(run.config.days()))
            .filter(d -> d.getDayOfWeek() == weekday)
            .count();
    long count =
        card().stream().filter(t -> SimulatedRun.localDate(t).getDayOfWeek() == weekday).count();
    return count / (double) days;
  }
}
