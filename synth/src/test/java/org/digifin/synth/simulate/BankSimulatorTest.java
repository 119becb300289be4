package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.id.TransactionId;
import org.junit.jupiter.api.Test;

class BankSimulatorTest {

  private static final SimulationConfig SMALL =
      SimulationConfig.defaults().withCustomers(500).withDays(10);

  @Test
  void transactionsAreValidUniqueAndInTimeOrder() {
    List<Transaction> transactions = BankSimulator.of(SMALL).transactions().toList();
    assertThat(transactions).hasSizeGreaterThan(5_000);
    Set<TransactionId> ids = new HashSet<>();
    Instant previous = Instant.MIN;
    for (Transaction t : transactions) {
      assertThat(ids.add(t.id())).isTrue();
      assertThat(t.id().value()).hasSizeLessThanOrEqualTo(64).matches("T\\d{10}");
      assertThat(t.timestamp()).isAfterOrEqualTo(previous);
      assertThat(t.payer()).isNotEqualTo(t.payee());
      assertThat(t.amount().isPositive()).isTrue();
      previous = t.timestamp();
    }
  }

  @Test
  void sameSeedGivesTheSameRunAndAnotherSeedAnother() {
    List<Transaction> first = BankSimulator.of(SMALL).transactions().toList();
    List<Transaction> again = BankSimulator.of(SMALL).transactions().toList();
    List<Transaction> other = BankSimulator.of(SMALL.withSeed(99)).transactions().toList();
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void everyStreamReplaysTheRunFromItsFirstDay() {
    BankSimulator simulator = BankSimulator.of(SMALL);
    assertThat(simulator.transactions().limit(1000).toList())
        .isEqualTo(simulator.transactions().limit(1000).toList());
  }

  @Test
  void aTypologyAtRateZeroLeavesNoLabelsAndEverythingElseUnchanged() {
    SimulationConfig busy = SMALL.withAllRates(5);
    SimulatedRun withCycles = SimulatedRun.of(busy);
    SimulatedRun without = SimulatedRun.of(busy.withRate(Typology.CYCLE, 0));
    assertThat(withCycles.transactionLabels).anyMatch(l -> l.typology() == Typology.CYCLE);
    assertThat(without.transactionLabels).noneMatch(l -> l.typology() == Typology.CYCLE);
    assertThat(without.accountLabels).noneMatch(l -> l.typology() == Typology.CYCLE);
    Set<Typology> others =
        without.transactionLabels.stream()
            .map(TransactionLabel::typology)
            .collect(Collectors.toSet());
    assertThat(others).contains(Typology.FAN_IN, Typology.MULE, Typology.ELDER_SCAM);
  }

  @Test
  void ratesScaleTheNumberOfInstances() {
    long low = instances(SimulatedRun.of(SMALL.withDays(20).withAllRates(1)));
    long high = instances(SimulatedRun.of(SMALL.withDays(20).withAllRates(8)));
    assertThat(high).isGreaterThan(4 * low);
  }

  @Test
  void everyTransactionOfAnInstanceIsLabelledAndEveryLabelNamesARealTransaction() {
    SimulatedRun run = SimulatedRun.small();
    assertThat(run.transactionLabels).allMatch(l -> run.byId.containsKey(l.transaction()));
    assertThat(run.transactionLabels.stream().map(TransactionLabel::transaction).distinct())
        .hasSameSizeAs(run.transactionLabels);
    Set<String> withAccounts =
        run.accountLabels.stream().map(AccountLabel::pattern).collect(Collectors.toSet());
    Set<String> withTransactions =
        run.transactionLabels.stream().map(TransactionLabel::pattern).collect(Collectors.toSet());
    assertThat(withTransactions).isEqualTo(withAccounts);
    // every labelled transaction touches an account labelled in the same instance
    for (TransactionLabel label : run.transactionLabels) {
      Transaction t = run.byId.get(label.transaction());
      Set<Object> accounts =
          run.accounts(label.pattern()).stream()
              .map(AccountLabel::account)
              .collect(Collectors.toSet());
      assertThat(accounts.contains(t.payer()) || accounts.contains(t.payee())).isTrue();
    }
  }

  @Test
  void memoryStaysFlatOverSixtyDays() {
    DayEngine engine = BankSimulator.of(SMALL.withDays(60)).engine();
    long afterTwentyDays = 0;
    long max = 0;
    while (engine.hasNext()) {
      engine.next();
      if (engine.dayIndex() == 20) {
        afterTwentyDays = engine.stateSize();
      }
      max = Math.max(max, engine.stateSize());
    }
    assertThat(afterTwentyDays).isPositive();
    assertThat(max).isLessThanOrEqualTo(afterTwentyDays * 3 / 2);
  }

  private static long instances(SimulatedRun run) {
    return run.accountLabels.stream().map(AccountLabel::pattern).distinct().count();
  }
}
