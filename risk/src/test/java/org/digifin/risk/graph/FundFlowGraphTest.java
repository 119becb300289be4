package org.digifin.risk.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.TransactionId;
import org.digifin.basics.money.Currency;
import org.digifin.basics.money.Money;
import org.junit.jupiter.api.Test;

class FundFlowGraphTest {

  private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");
  private static final long MINUTE = 60;

  private final FundFlowGraph graph =
      FundFlowGraph.of(GraphConfig.DEFAULT, InMemoryGraphStateStore.of(Duration.ofDays(8), 10_000));
  private int ids;

  @Test
  void closingHopOfAShrinkingCycleNamesEveryMemberAndHop() {
    assertThat(send("A", "B", 2_000_000, 0)).isEmpty();
    assertThat(send("B", "C", 1_980_000, 30)).isEmpty();
    // three hops are already a layering chain; only the closing hop makes it a cycle
    assertThat(typologies(send("C", "D", 1_950_000, 90))).containsExactly(Typology.LAYERING_CHAIN);
    List<PatternHit> hits = send("D", "A", 1_930_000, 200);
    PatternHit cycle = only(hits, Typology.CYCLE);
    assertThat(cycle.accounts())
        .extracting(AccountId::value)
        .containsExactlyInAnyOrder("A", "B", "C", "D");
    assertThat(cycle.transactions()).hasSize(4);
  }

  @Test
  void noCycleWhenTimesDoNotAscendOrAmountsGrow() {
    send("A", "B", 2_000_000, 100);
    send("B", "C", 1_980_000, 50); // earlier than the hop before it
    assertThat(typologies(send("C", "A", 1_950_000, 200))).doesNotContain(Typology.CYCLE);
    send("E", "F", 1_000_000, 0);
    send("F", "G", 1_200_000, 10); // grows
    assertThat(typologies(send("G", "E", 1_190_000, 20))).doesNotContain(Typology.CYCLE);
  }

  @Test
  void sixDistinctPayersMakeAFanInFiveDoNot() {
    for (int i = 0; i < 5; i++) {
      assertThat(typologies(send("S" + i, "SINK", 1_500_000, i * 60)))
          .doesNotContain(Typology.FAN_IN);
    }
    PatternHit fan = only(send("S5", "SINK", 1_500_000, 400), Typology.FAN_IN);
    assertThat(fan.subject().value()).isEqualTo("SINK");
    assertThat(fan.accounts()).hasSize(7);
  }

  @Test
  void ownAccountTransfersAndCardPaymentsAreNotFans() {
    for (int i = 0; i < 8; i++) {
      assertThat(
              typologies(transaction("C" + i, "SHOP", 1_500_000, i, TransactionType.CARD, false)))
          .doesNotContain(Typology.FAN_IN);
    }
    for (int i = 0; i < 8; i++) {
      assertThat(
              typologies(
                  transaction("SUB" + i, "MASTER", 1_500_000, i, TransactionType.TRANSFER, true)))
          .isEmpty();
    }
  }

  @Test
  void threeCashDepositsJustBelowTheThresholdAreStructuring() {
    cash("VAULT", "X", 4_800_000, 0);
    cash("VAULT", "X", 4_900_000, 24 * 60);
    PatternHit hit = only(cash("VAULT", "X", 4_700_000, 48 * 60), Typology.STRUCTURING);
    assertThat(hit.accounts()).extracting(AccountId::value).containsExactly("X");
    assertThat(hit.transactions()).hasSize(3);
    assertThat(typologies(cash("VAULT", "Y", 2_000_000, 0))).isEmpty();
  }

  @Test
  void rapidPassThroughBetweenOtherBanks() {
    external("OUT1", "H", 10_000_000, 0);
    assertThat(typologies(external("H", "OUT2", 6_000_000, 20))).isEmpty();
    PatternHit hit = only(external("H", "OUT3", 3_950_000, 40), Typology.RAPID_PASS_THROUGH);
    assertThat(hit.accounts())
        .extracting(AccountId::value)
        .containsExactly("H", "OUT1", "OUT2", "OUT3");
  }

  @Test
  void chainOfThreeShrinkingHopsIsLayering() {
    send("O", "I1", 3_000_000, 0);
    send("I1", "I2", 2_950_000, 60);
    PatternHit hit = only(send("I2", "K", 2_900_000, 120), Typology.LAYERING_CHAIN);
    assertThat(hit.accounts()).extracting(AccountId::value).containsExactly("O", "I1", "I2", "K");
  }

  @Test
  void perNodeStateStaysBoundedByTheCapacity() {
    GraphStateStore store = InMemoryGraphStateStore.of(Duration.ofDays(8), 10_000);
    FundFlowGraph bounded = FundFlowGraph.of(GraphConfig.DEFAULT.withNodeCapacity(4), store);
    for (int i = 0; i < 100; i++) {
      bounded.onTransaction(tx("P" + i, "HUB", 1_000, i, TransactionType.TRANSFER, false), false);
    }
    assertThat(store.find(AccountId.of("HUB")).orElseThrow().inSize()).isEqualTo(4);
  }

  private List<PatternHit> send(String payer, String payee, long cents, long minutes) {
    return transaction(payer, payee, cents, minutes, TransactionType.TRANSFER, false);
  }

  private List<PatternHit> cash(String vault, String subject, long cents, long minutes) {
    return transaction(vault, subject, cents, minutes, TransactionType.CASH_DEPOSIT, false);
  }

  private List<PatternHit> external(String payer, String payee, long cents, long minutes) {
    Transaction t = tx(payer, payee, cents, minutes, TransactionType.TRANSFER, false);
    return graph.onTransaction(
        new Transaction(
            t.id(),
            t.timestamp(),
            t.payer(),
            t.payee(),
            t.amount(),
            t.channel(),
            t.type(),
            t.deviceId(),
            t.geo(),
            Optional.of("102100099996")),
        false);
  }

  private List<PatternHit> transaction(
      String payer, String payee, long cents, long minutes, TransactionType type, boolean same) {
    return graph.onTransaction(tx(payer, payee, cents, minutes, type, same), same);
  }

  private Transaction tx(
      String payer, String payee, long cents, long minutes, TransactionType type, boolean same) {
    return Transaction.of(
        TransactionId.of("T" + ids++),
        T0.plusSeconds(minutes * MINUTE),
        AccountId.of(payer),
        AccountId.of(payee),
        Money.ofMinor(Currency.CNY, cents),
        Channel.MOBILE,
        type);
  }

  private static List<Typology> typologies(List<PatternHit> hits) {
    List<Typology> list = new ArrayList<>();
    hits.forEach(h -> list.add(h.typology()));
    return list;
  }

  private static PatternHit only(List<PatternHit> hits, Typology typology) {
    List<PatternHit> of = hits.stream().filter(h -> h.typology() == typology).toList();
    assertThat(of).as("hits of " + typology + " in " + hits).hasSize(1);
    return of.get(0);
  }
}
