package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.AccountId;
import org.junit.jupiter.api.Test;

class LaunderingPatternsTest {

  private final SimulatedRun run = SimulatedRun.small();

  @Test
  void fanInIsAtLeastSixDistinctSourcesIntoOneSinkWithin48Hours() {
    Map<String, List<Transaction>> instances = run.instances(Typology.FAN_IN);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          assertThat(txs.stream().map(Transaction::payee).distinct()).hasSize(1);
          assertThat(txs.stream().map(Transaction::payer).distinct().count()).isBetween(6L, 12L);
          assertThat(span(txs)).isLessThan(Duration.ofHours(48));
          assertThat(txs).allMatch(t -> t.type() == TransactionType.TRANSFER);
        });
  }

  @Test
  void fanOutIsOneSourceToAtLeastSixDistinctDestinations() {
    Map<String, List<Transaction>> instances = run.instances(Typology.FAN_OUT);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          assertThat(txs.stream().map(Transaction::payer).distinct()).hasSize(1);
          assertThat(txs.stream().map(Transaction::payee).distinct().count()).isBetween(6L, 12L);
          assertThat(span(txs)).isLessThan(Duration.ofHours(48));
        });
  }

  @Test
  void cycleClosesWithShrinkingAmountsAndAscendingTimes() {
    Map<String, List<Transaction>> instances = run.instances(Typology.CYCLE);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          assertThat(txs.size()).isBetween(3, 6);
          for (int i = 0; i < txs.size(); i++) {
            Transaction hop = txs.get(i);
            Transaction next = txs.get((i + 1) % txs.size());
            assertThat(next.payer()).isEqualTo(hop.payee());
            if (i + 1 < txs.size()) {
              assertThat(next.timestamp()).isAfter(hop.timestamp());
              BigDecimal ratio =
                  next.amount()
                      .amount()
                      .divide(hop.amount().amount(), java.math.MathContext.DECIMAL64);
              assertThat(ratio).isBetween(new BigDecimal("0.969"), new BigDecimal("0.996"));
            }
          }
          assertThat(txs.stream().map(Transaction::payer).distinct()).hasSize(txs.size());
          assertThat(run.accounts(id).stream().filter(a -> a.role() == PatternRole.ORIGIN))
              .singleElement()
              .extracting(AccountLabel::account)
              .isEqualTo(txs.get(0).payer());
        });
  }

  @Test
  void bipartiteConnectsEverySourceToEveryDestination() {
    Map<String, List<Transaction>> instances = run.instances(Typology.BIPARTITE);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          Set<AccountId> sources = txs.stream().map(Transaction::payer).collect(Collectors.toSet());
          Set<AccountId> destinations =
              txs.stream().map(Transaction::payee).collect(Collectors.toSet());
          assertThat(sources).doesNotContainAnyElementsOf(destinations);
          assertThat(txs).hasSize(sources.size() * destinations.size());
          Set<String> edges = new HashSet<>();
          txs.forEach(t -> edges.add(t.payer() + ">" + t.payee()));
          assertThat(edges).hasSize(txs.size());
        });
  }

  @Test
  void stackForwardsLayerByLayer() {
    Map<String, List<Transaction>> instances = run.instances(Typology.STACK);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          Set<AccountId> middle =
              run.accounts(id).stream()
                  .filter(a -> a.role() == PatternRole.INTERMEDIARY)
                  .map(AccountLabel::account)
                  .collect(Collectors.toSet());
          List<Transaction> first = txs.stream().filter(t -> middle.contains(t.payee())).toList();
          List<Transaction> second = txs.stream().filter(t -> middle.contains(t.payer())).toList();
          assertThat(first.size() + second.size()).isEqualTo(txs.size());
          assertThat(first.stream().map(Transaction::timestamp).max(Comparable::compareTo).get())
              .isBefore(
                  second.stream().map(Transaction::timestamp).min(Comparable::compareTo).get());
        });
  }

  @Test
  void scatterGatherGoesFromOneSourceThroughIntermediariesToOneSink() {
    Map<String, List<Transaction>> instances = run.instances(Typology.SCATTER_GATHER);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          List<TransactionLabel> labels = run.labels(id);
          List<Transaction> scatter = role(labels, PatternRole.OUTFLOW);
          List<Transaction> gather = role(labels, PatternRole.INFLOW);
          assertThat(scatter.stream().map(Transaction::payer).distinct()).hasSize(1);
          assertThat(gather.stream().map(Transaction::payee).distinct()).hasSize(1);
          Set<AccountId> middle =
              scatter.stream().map(Transaction::payee).collect(Collectors.toSet());
          assertThat(middle).hasSizeBetween(4, 8);
          assertThat(gather.stream().map(Transaction::payer).collect(Collectors.toSet()))
              .isEqualTo(middle);
          for (Transaction in : scatter) {
            Transaction out =
                gather.stream().filter(g -> g.payer().equals(in.payee())).findFirst().get();
            assertThat(out.timestamp()).isAfter(in.timestamp());
            assertThat(out.amount().compareTo(in.amount())).isNegative();
          }
        });
  }

  @Test
  void gatherScatterPaysOutOnlyAfterTheLastInflow() {
    Map<String, List<Transaction>> instances = run.instances(Typology.GATHER_SCATTER);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          List<TransactionLabel> labels = run.labels(id);
          List<Transaction> in = role(labels, PatternRole.INFLOW);
          List<Transaction> out = role(labels, PatternRole.OUTFLOW);
          assertThat(in.stream().map(Transaction::payee).distinct()).hasSize(1);
          assertThat(out.stream().map(Transaction::payer).distinct()).hasSize(1);
          assertThat(in.get(0).payee()).isEqualTo(out.get(0).payer());
          assertThat(in.stream().map(Transaction::payer).distinct().count()).isBetween(4L, 8L);
          assertThat(out.stream().map(Transaction::payee).distinct().count()).isBetween(4L, 8L);
          assertThat(in.stream().map(Transaction::timestamp).max(Comparable::compareTo).get())
              .isBefore(out.stream().map(Transaction::timestamp).min(Comparable::compareTo).get());
          BigDecimal total = sum(in);
          BigDecimal paid = sum(out);
          assertThat(paid).isLessThan(total).isGreaterThan(total.multiply(new BigDecimal("0.94")));
        });
  }

  @Test
  void randomChainIsAPathWithAscendingTimesAndShrinkingAmounts() {
    Map<String, List<Transaction>> instances = run.instances(Typology.RANDOM_CHAIN);
    assertThat(instances).hasSizeGreaterThan(3);
    instances.forEach(
        (id, txs) -> {
          assertThat(txs.size()).isBetween(3, 7);
          for (int i = 1; i < txs.size(); i++) {
            assertThat(txs.get(i).payer()).isEqualTo(txs.get(i - 1).payee());
            assertThat(txs.get(i).timestamp()).isAfter(txs.get(i - 1).timestamp());
            assertThat(txs.get(i).amount().compareTo(txs.get(i - 1).amount())).isNegative();
          }
          Set<AccountId> visited = new HashSet<>();
          txs.forEach(t -> visited.add(t.payer()));
          visited.add(txs.get(txs.size() - 1).payee());
          assertThat(visited).hasSize(txs.size() + 1);
        });
  }

  private List<Transaction> role(List<TransactionLabel> labels, PatternRole role) {
    return labels.stream()
        .filter(l -> l.role() == role)
        .map(l -> run.byId.get(l.transaction()))
        .toList();
  }

  private static BigDecimal sum(List<Transaction> txs) {
    return txs.stream().map(t -> t.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Duration span(List<Transaction> txs) {
    return Duration.between(
        txs.stream().map(Transaction::timestamp).min(Comparable::compareTo).get(),
        txs.stream().map(Transaction::timestamp).max(Comparable::compareTo).get());
  }
}
