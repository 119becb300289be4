package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.AccountId;
import org.junit.jupiter.api.Test;

class FraudPatternsTest {

  private static final BigDecimal THRESHOLD = new BigDecimal("50000");

  private final SimulatedRun run = SimulatedRun.small();

  @Test
  void structuringKeepsEveryDepositBelowTheThresholdAndTheTotalAbove() {
    Map<String, List<Transaction>> instances = run.instances(Typology.STRUCTURING);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          assertThat(txs.size()).isBetween(3, 6);
          assertThat(txs).allMatch(t -> t.type() == TransactionType.CASH_DEPOSIT);
          assertThat(txs).allMatch(t -> t.amount().amount().compareTo(THRESHOLD) < 0);
          assertThat(txs)
              .allMatch(t -> t.amount().amount().compareTo(new BigDecimal("42500")) >= 0);
          assertThat(txs.stream().map(Transaction::payee).distinct()).hasSize(1);
          BigDecimal total =
              txs.stream().map(t -> t.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(total).isGreaterThan(THRESHOLD);
          assertThat(Duration.between(txs.get(0).timestamp(), last(txs).timestamp()))
              .isLessThan(Duration.ofDays(5));
        });
  }

  @Test
  void rapidPassThroughEmptiesTheAccountWithinThreeHours() {
    Map<String, List<Transaction>> instances = run.instances(Typology.RAPID_PASS_THROUGH);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          Transaction in = txs.get(0);
          List<Transaction> out = txs.subList(1, txs.size());
          assertThat(out).hasSizeBetween(1, 3).allMatch(t -> t.payer().equals(in.payee()));
          assertThat(Duration.between(in.timestamp(), last(txs).timestamp()))
              .isLessThanOrEqualTo(Duration.ofHours(3));
          BigDecimal paid =
              out.stream().map(t -> t.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
          BigDecimal residual = in.amount().amount().subtract(paid);
          assertThat(residual.signum()).isNotNegative();
          assertThat(residual)
              .isLessThanOrEqualTo(in.amount().amount().multiply(new BigDecimal("0.01")));
        });
  }

  @Test
  void muleReceivesFromManyUnrelatedSendersAndCashesOutFast() {
    Map<String, List<Transaction>> instances = run.instances(Typology.MULE);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          AccountId mule =
              run.accounts(id).stream()
                  .filter(a -> a.role() == PatternRole.MULE)
                  .findFirst()
                  .get()
                  .account();
          List<Transaction> in = txs.stream().filter(t -> t.payee().equals(mule)).toList();
          List<Transaction> out = txs.stream().filter(t -> t.payer().equals(mule)).toList();
          assertThat(in.stream().map(Transaction::payer).distinct().count()).isBetween(5L, 10L);
          assertThat(out).hasSameSizeAs(in);
          Instant lastIn = in.stream().map(Transaction::timestamp).max(Instant::compareTo).get();
          Instant lastOut = out.stream().map(Transaction::timestamp).max(Instant::compareTo).get();
          assertThat(Duration.between(lastIn, lastOut)).isLessThanOrEqualTo(Duration.ofHours(6));
          int opened =
              run.world
                  .account(Integer.parseInt(mule.value().substring(1)) - 1)
                  .openedOn()
                  .compareTo(run.config.start().minusDays(61));
          assertThat(opened).isPositive();
        });
  }

  @Test
  void accountTakeoverUsesANewDeviceAndANewPayee() {
    Map<String, List<Transaction>> instances = run.instances(Typology.ACCOUNT_TAKEOVER);
    assertThat(instances).hasSizeGreaterThan(3);
    Map<AccountId, Set<String>> devicesBefore = new HashMap<>();
    Set<String> payeesSeen = new HashSet<>();
    Set<String> attackDevices = new HashSet<>();
    instances.values().forEach(txs -> txs.forEach(t -> attackDevices.add(t.deviceId().get())));
    for (Transaction t : run.transactions) {
      t.deviceId()
          .ifPresent(d -> devicesBefore.computeIfAbsent(t.payer(), k -> new HashSet<>()).add(d));
    }
    instances.forEach(
        (id, txs) -> {
          Transaction main = last(txs);
          assertThat(main.amount().amount()).isGreaterThanOrEqualTo(new BigDecimal("20000"));
          assertThat(main.channel()).isIn(Channel.MOBILE, Channel.ONLINE);
          String device = main.deviceId().get();
          assertThat(device).startsWith("X");
          long uses =
              run.transactions.stream().filter(t -> t.deviceId().equals(main.deviceId())).count();
          assertThat(uses).isEqualTo(txs.size());
          assertThat(payeesSeen.add(main.payee().value())).isTrue();
          long earlierToPayee =
              run.transactions.stream()
                  .filter(t -> t.payee().equals(main.payee()))
                  .filter(t -> t.timestamp().isBefore(txs.get(0).timestamp()))
                  .count();
          assertThat(earlierToPayee).isZero();
        });
  }

  @Test
  void elderScamVictimsAreSixtyOrOlderAndPayANewPayeeARoundSum() {
    Map<String, List<Transaction>> instances = run.instances(Typology.ELDER_SCAM);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          AccountId victim = txs.get(0).payer();
          int owner =
              Integer.parseInt(run.world.account(index(victim)).owner().get().value().substring(1))
                  - 1;
          Party party = run.world.party(owner);
          assertThat(party.isElderlyOn(SimulatedRun.localDate(txs.get(0)))).isTrue();
          assertThat(txs).hasSizeBetween(1, 4).allMatch(t -> t.payer().equals(victim));
          assertThat(txs.stream().map(Transaction::payee).distinct()).hasSize(1);
          BigDecimal total =
              txs.stream().map(t -> t.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(total).isGreaterThanOrEqualTo(new BigDecimal("10000"));
          assertThat(total.remainder(new BigDecimal("100")).signum()).isZero();
        });
  }

  private static int index(AccountId account) {
    return Integer.parseInt(account.value().substring(1)) - 1;
  }

  private static Transaction last(List<Transaction> txs) {
    return txs.get(txs.size() - 1);
  }
}
