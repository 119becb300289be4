package org.digifin.risk.rule;

import static org.digifin.risk.feature.Aggregate.AMOUNT_ZSCORE;
import static org.digifin.risk.feature.Aggregate.COUNT;
import static org.digifin.risk.feature.Aggregate.DISTINCT_COUNTERPARTIES;
import static org.digifin.risk.feature.Aggregate.PRIOR_SAME_COUNTERPARTY;
import static org.digifin.risk.feature.Aggregate.PRIOR_SAME_DEVICE;
import static org.digifin.risk.feature.Aggregate.SUM;
import static org.digifin.risk.feature.Aggregate.SUM_SAME_COUNTERPARTY;
import static org.digifin.risk.feature.Aggregate.TIME_SINCE_LAST;
import static org.digifin.risk.feature.EntityKind.ACCOUNT;
import static org.digifin.risk.feature.EntityKind.COUNTERPARTY;

import java.time.Duration;
import java.util.List;
import org.digifin.risk.feature.FeatureDefinition;

/**
 * A starter library: the features and rules a new installation begins with (velocity, new payee,
 * device change, dormant reactivation, the graph typologies, elderly-customer protection). Owners
 * copy and tune it; every rule here is version 1.
 */
public final class StarterLibrary {

  /** The id recorded in decisions made with {@link #ruleSet()}. */
  public static final String RULE_SET_ID = "starter";

  /** The version of the starter set. */
  public static final String RULE_SET_VERSION = "2026.11.2";

  private static final String AML = "aml-team";
  private static final String FRAUD = "fraud-team";
  private static final String ELDER = "consumer-protection";

  private StarterLibrary() {}

  /** The features the starter rules use. */
  public static List<FeatureDefinition> features() {
    return List.of(
        FeatureDefinition.of("account_count_1h", ACCOUNT, Duration.ofHours(1), COUNT),
        FeatureDefinition.of("account_sum_24h", ACCOUNT, Duration.ofHours(24), SUM),
        FeatureDefinition.of(
            "account_payees_24h", ACCOUNT, Duration.ofHours(24), DISTINCT_COUNTERPARTIES),
        FeatureDefinition.of("account_count_30d", ACCOUNT, Duration.ofDays(30), COUNT),
        FeatureDefinition.of("account_amount_z_30d", ACCOUNT, Duration.ofDays(30), AMOUNT_ZSCORE),
        FeatureDefinition.of(
            "account_since_last_90d", ACCOUNT, Duration.ofDays(90), TIME_SINCE_LAST),
        FeatureDefinition.of(
            "account_prior_payee_90d", ACCOUNT, Duration.ofDays(90), PRIOR_SAME_COUNTERPARTY),
        FeatureDefinition.of(
            "account_prior_device_90d", ACCOUNT, Duration.ofDays(90), PRIOR_SAME_DEVICE),
        FeatureDefinition.of(
            "payee_payers_24h", COUNTERPARTY, Duration.ofHours(24), DISTINCT_COUNTERPARTIES),
        FeatureDefinition.of(
            "account_prior_payee_3d", ACCOUNT, Duration.ofDays(3), PRIOR_SAME_COUNTERPARTY),
        FeatureDefinition.of(
            "account_payee_sum_3d", ACCOUNT, Duration.ofDays(3), SUM_SAME_COUNTERPARTY));
  }

  /** The starter rules. */
  public static List<Rule> rules() {
    return List.of(
        Rule.of(
            "velocity.burst",
            FRAUD,
            "account_count_1h >= 10.0",
            0.3,
            Action.REVIEW,
            "一小时内交易笔数异常",
            "Unusually many transactions within one hour"),
        Rule.of(
            "velocity.amount_spike",
            FRAUD,
            "account_sum_24h >= 100000.0 && account_amount_z_30d >= 4.0 && account_count_30d >= 5.0",
            0.3,
            Action.REVIEW,
            "24小时内转出金额远超本账户历史水平",
            "24-hour outflow far above the account's own history"),
        Rule.of(
            "payee.new_large",
            FRAUD,
            "tx_type == 'TRANSFER' && account_prior_payee_90d == 0.0 && amount >= 50000.0",
            0.2,
            Action.REVIEW,
            "向新收款人大额转账",
            "Large transfer to a payee never paid before"),
        Rule.of(
            "device.takeover",
            FRAUD,
            "account_prior_device_90d == 0.0 && account_count_30d >= 3.0"
                + " && account_prior_payee_90d == 0.0 && amount >= 10000.0",
            0.6,
            Action.HOLD,
            "新设备向新收款人大额转账，疑似账户被盗",
            "New device paying a new payee a large sum: possible account takeover"),
        Rule.of(
            "account.dormant_reactivation",
            FRAUD,
            "account_age_days > 90 && account_since_last_90d >= 5184000.0 && amount >= 20000.0",
            0.3,
            Action.REVIEW,
            "休眠账户重新启用即大额交易",
            "Dormant account reactivated with a large transaction"),
        Rule.of(
            "graph.layering",
            AML,
            "['CYCLE', 'BIPARTITE', 'STACK', 'SCATTER_GATHER', 'GATHER_SCATTER', 'LAYERING_CHAIN']"
                + ".exists(t, t in hits)",
            0.5,
            Action.REVIEW,
            "资金分层转移（循环、分散-集中、多层）",
            "Layering of funds (cycle, scatter-gather, stacked layers)"),
        Rule.of(
            "graph.fan",
            AML,
            "'FAN_IN' in hits || 'FAN_OUT' in hits",
            0.4,
            Action.REVIEW,
            "短期内大量不同交易对手集中转入或分散转出",
            "Many distinct counterparties in or out within a short window"),
        Rule.of(
            "graph.pass_through",
            AML,
            "'RAPID_PASS_THROUGH' in hits",
            0.6,
            Action.HOLD,
            "他行资金快进快出",
            "Funds from another bank passed straight through to other banks"),
        Rule.of(
            "graph.structuring",
            AML,
            "'STRUCTURING' in hits",
            0.5,
            Action.REVIEW,
            "多笔现金存款均略低于5万元大额报告标准",
            "Repeated cash deposits just below the CNY 50,000 reporting threshold"),
        Rule.of(
            "graph.mule",
            AML,
            "'MULE' in hits",
            0.7,
            Action.HOLD,
            "多个无关汇款人转入后迅速取现或转出，疑似涉诈账户",
            "Many unrelated senders, each receipt cashed out quickly: possible mule account"),
        Rule.of(
                "elder.new_payee_large",
                ELDER,
                "elderly && account_prior_payee_90d == 0.0 && amount >= 10000.0"
                    + " && (tx_type == 'TRANSFER' || tx_type == 'PAYMENT')",
                0.6,
                Action.HOLD,
                "老年客户首次向新收款人大额付款，进入冷静期",
                "First large payment by a customer aged 60+ to a new payee: cooling-off hold")
            .withCoolingOff(Duration.ofHours(24)),
        Rule.of(
                "elder.new_payee_split",
                ELDER,
                "elderly && account_prior_payee_3d >= 1.0"
                    + " && account_prior_payee_90d == account_prior_payee_3d"
                    + " && account_payee_sum_3d >= 10000.0"
                    + " && (tx_type == 'TRANSFER' || tx_type == 'PAYMENT')",
                0.6,
                Action.HOLD,
                "老年客户三天内向新收款人分笔付款累计超过1万元，进入冷静期",
                "A customer aged 60+ paying a new payee CNY 10,000 or more in parts within 3 days:"
                    + " cooling-off hold")
            .withCoolingOff(Duration.ofHours(24)),
        Rule.of(
                "elder.balance_drain",
                ELDER,
                "elderly && balance >= 0.0 && account_sum_24h > 0.5 * (balance + account_sum_24h - amount)",
                0.6,
                Action.HOLD,
                "老年客户24小时内转出超过一半余额，进入冷静期",
                "A customer aged 60+ moving out more than half the balance within 24 h: cooling-off hold")
            .withCoolingOff(Duration.ofHours(24)));
  }

  /** The starter rules compiled against the starter features. */
  public static RuleSet ruleSet() {
    return RuleCompiler.of(
            features().stream()
                .map(FeatureDefinition::name)
                .collect(java.util.stream.Collectors.toSet()))
        .compile(RULE_SET_ID, RULE_SET_VERSION, rules());
  }
}
