package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.junit.jupiter.api.Test;

class DecoyPatternsTest {

  private final SimulatedRun run = SimulatedRun.small();

  @Test
  void decoysAreLabelledAsDecoys() {
    assertThat(run.transactionLabels)
        .filteredOn(l -> l.typology() == Typology.PAYROLL_BURST)
        .isNotEmpty()
        .allMatch(TransactionLabel::decoy);
    assertThat(run.transactionLabels)
        .filteredOn(l -> l.typology() == Typology.FAN_IN)
        .noneMatch(TransactionLabel::decoy);
  }

  @Test
  void payrollBurstLooksLikeAFanOut() {
    Map<String, List<Transaction>> instances = run.instances(Typology.PAYROLL_BURST);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          assertThat(txs.stream().map(Transaction::payer).distinct()).hasSize(1);
          assertThat(txs.stream().map(Transaction::payee).distinct().count())
              .isGreaterThanOrEqualTo(8);
          assertThat(txs).allMatch(t -> t.type() == TransactionType.SALARY);
          assertThat(Duration.between(txs.get(0).timestamp(), txs.get(txs.size() - 1).timestamp()))
              .isLessThan(Duration.ofMinutes(20));
        });
  }

  @Test
  void merchantRushLooksLikeAFanIn() {
    Map<String, List<Transaction>> instances = run.instances(Typology.MERCHANT_RUSH);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          assertThat(txs.stream().map(Transaction::payee).distinct()).hasSize(1);
          assertThat(txs.stream().map(Transaction::payer).distinct().count())
              .isGreaterThanOrEqualTo(10);
          assertThat(Duration.between(txs.get(0).timestamp(), txs.get(txs.size() - 1).timestamp()))
              .isLessThan(Duration.ofHours(2));
        });
  }

  @Test
  void treasurySweepGathersInTheEveningAndFundsNextMorningWithinOneOwner() {
    Map<String, List<Transaction>> instances = run.instances(Typology.TREASURY_SWEEP);
    assertThat(instances).isNotEmpty();
    instances.forEach(
        (id, txs) -> {
          List<TransactionLabel> labels = run.labels(id);
          long sweeps = labels.stream().filter(l -> l.role() == PatternRole.SWEEP).count();
          long funding = labels.stream().filter(l -> l.role() == PatternRole.FUNDING).count();
          assertThat(sweeps).isEqualTo(funding).isBetween(2L, 5L);
          assertThat(
                  txs.stream()
                      .flatMap(t -> java.util.stream.Stream.of(t.payer(), t.payee()))
                      .map(
                          a ->
                              run.world
                                  .account(Integer.parseInt(a.value().substring(1)) - 1)
                                  .owner())
                      .distinct())
              .hasSize(1);
          assertThat(txs)
              .allMatch(t -> SimulatedRun.localHour(t) == 17 || SimulatedRun.localHour(t) == 8);
        });
  }
}
