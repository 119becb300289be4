package org.digifin.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.AccountStatus;
import org.digifin.basics.domain.AccountType;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.PartyKind;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.id.TransactionId;
import org.digifin.basics.money.Currency;
import org.digifin.basics.money.Money;
import org.digifin.risk.feature.FeatureExtractor;
import org.digifin.risk.feature.InMemoryEntityStateStore;
import org.digifin.risk.graph.FundFlowGraph;
import org.digifin.risk.graph.GraphConfig;
import org.digifin.risk.graph.InMemoryGraphStateStore;
import org.digifin.risk.rule.Action;
import org.digifin.risk.rule.Rule;
import org.digifin.risk.rule.RuleBook;
import org.digifin.risk.rule.RuleCompiler;
import org.digifin.risk.rule.StarterLibrary;
import org.junit.jupiter.api.Test;

class RiskEngineTest {

  private static final Instant T0 = Instant.parse("2026-11-10T02:00:00Z");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final Party grandma =
      new Party(
          PartyId.of("P1"),
          PartyKind.PERSON,
          "王秀英",
          LocalDate.of(1955, 3, 1),
          Optional.empty(),
          "310000");
  private final Party student =
      new Party(
          PartyId.of("P2"),
          PartyKind.PERSON,
          "李明",
          LocalDate.of(2003, 3, 1),
          Optional.empty(),
          "310000");
  private final Map<String, Party> owners = Map.of("G1", grandma, "S1", student);

  private final RiskContext context =
      new RiskContext() {
        @Override
        public Optional<Account> account(AccountId id) {
          return owner(id)
              .map(
                  p ->
                      new Account(
                          id,
                          Optional.of(p.id()),
                          AccountType.CURRENT,
                          Currency.CNY,
                          LocalDate.of(2010, 1, 1),
                          AccountStatus.ACTIVE,
                          Optional.empty()));
        }

        @Override
        public Optional<Party> owner(AccountId account) {
          return Optional.ofNullable(owners.get(account.value()));
        }
      };

  private static RiskEngine starterEngine() {
    return RiskEngine.of(
        FeatureExtractor.of(StarterLibrary.features()),
        InMemoryEntityStateStore.of(Duration.ofDays(91), 100_000),
        FundFlowGraph.of(
            GraphConfig.DEFAULT, InMemoryGraphStateStore.of(Duration.ofDays(8), 100_000)),
        RuleBook.of(StarterLibrary.ruleSet()),
        SHANGHAI);
  }

  private static Transaction transfer(
      String id, String payer, String payee, String yuan, long minutes) {
    return Transaction.of(
        TransactionId.of(id),
        T0.plusSeconds(minutes * 60),
        AccountId.of(payer),
        AccountId.of(payee),
        Money.parse("CNY " + yuan),
        Channel.MOBILE,
        TransactionType.TRANSFER);
  }

  @Test
  void firstLargePaymentByAnElderlyCustomerToANewPayeeIsHeldForCoolingOff() {
    RiskEngine engine = starterEngine();
    Decision decision = engine.assess(transfer("T1", "G1", "NEW1", "30000.00", 0), context);
    assertThat(decision.action()).isEqualTo(Action.HOLD);
    assertThat(decision.rules()).extracting(h -> h.rule().id()).contains("elder.new_payee_large");
    assertThat(decision.holdUntil()).contains(T0.plus(Duration.ofHours(24)));
    assertThat(decision.features().get("account_prior_payee_90d")).isZero();
    assertThat(decision.provenance())
        .isEqualTo(
            new Decision.Provenance(
                "starter", StarterLibrary.RULE_SET_VERSION, RiskEngine.VERSION));
    assertThat(decision.score()).isGreaterThan(0.5);
  }

  @Test
  void theSamePaymentByAYoungCustomerOrToAKnownPayeeIsNotHeld() {
    RiskEngine engine = starterEngine();
    Decision young = engine.assess(transfer("T1", "S1", "NEW1", "30000.00", 0), context);
    assertThat(young.rules())
        .extracting(h -> h.rule().id())
        .doesNotContain("elder.new_payee_large");
    // no transaction in 90 days on a 2010 account: the engine sees a dormant account waking up
    assertThat(young.rules())
        .extracting(h -> h.rule().id())
        .contains("account.dormant_reactivation");
    assertThat(young.action()).isEqualTo(Action.REVIEW);
    engine.assess(transfer("T2", "G1", "SON", "500.00", 0), context);
    Decision known = engine.assess(transfer("T3", "G1", "SON", "30000.00", 60), context);
    assertThat(known.rules())
        .extracting(h -> h.rule().id())
        .doesNotContain("elder.new_payee_large");
  }

  @Test
  void aHotSwappedRuleSetDecidesTheNextTransactionAndIsRecorded() {
    RiskEngine engine = starterEngine();
    Set<String> names = Set.copyOf(StarterLibrary.features().stream().map(f -> f.name()).toList());
    engine
        .rules()
        .swap(
            RuleCompiler.of(names)
                .compile(
                    "strict",
                    "7",
                    List.of(
                        Rule.of(
                            "block.big",
                            "ops",
                            "amount >= 100.0",
                            1.0,
                            Action.BLOCK,
                            "大额",
                            "large"))));
    Decision decision = engine.assess(transfer("T1", "S1", "X", "150.00", 0), context);
    assertThat(decision.action()).isEqualTo(Action.BLOCK);
    assertThat(decision.score()).isEqualTo(1.0);
    assertThat(decision.provenance().ruleSetId()).isEqualTo("strict");
    assertThat(decision.provenance().ruleSetVersion()).isEqualTo("7");
  }

  @Test
  void graphPatternsReachTheRulesAndTheDecision() {
    RiskEngine engine = starterEngine();
    Decision last = null;
    for (int i = 0; i < 6; i++) {
      last = engine.assess(transfer("T" + i, "SRC" + i, "SINK", "15000.00", i * 10), context);
    }
    assertThat(last.patterns()).extracting(p -> p.typology().name()).contains("FAN_IN");
    assertThat(last.rules()).extracting(h -> h.rule().id()).contains("graph.fan");
    assertThat(last.action()).isEqualTo(Action.REVIEW);
  }
}
