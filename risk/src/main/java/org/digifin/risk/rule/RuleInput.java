package org.digifin.risk.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.digifin.basics.Checks;

/**
 * What rules see of one transaction. Each field is a CEL variable of the same name (see {@link
 * RuleCompiler}); features are variables named after themselves.
 *
 * @param amount the amount in major units (yuan)
 * @param txType the transaction type's name, e.g. {@code "TRANSFER"}
 * @param channel the channel's name, e.g. {@code "MOBILE"}
 * @param external true when the counterparty banks elsewhere
 * @param hits the typology names of the graph patterns the transaction completes
 * @param age the paying customer's age in years, -1 when unknown or not a person
 * @param elderly true for a person aged 60 or more
 * @param balance the paying account's balance before the transaction, -1 when unknown
 * @param accountAgeDays days since the paying account was opened, -1 when unknown
 * @param scores model name to score, empty until models are wired in
 * @param features feature name to value
 */
public record RuleInput(
    double amount,
    String txType,
    String channel,
    boolean external,
    List<String> hits,
    long age,
    boolean elderly,
    double balance,
    long accountAgeDays,
    Map<String, Double> scores,
    Map<String, Double> features) {

  public RuleInput {
    Checks.notNull(txType, "txType");
    Checks.notNull(channel, "channel");
    hits = List.copyOf(Checks.notNull(hits, "hits"));
    scores = Map.copyOf(Checks.notNull(scores, "scores"));
    Checks.notNull(features, "features");
  }

  /** The CEL activation: every variable by name. */
  Map<String, Object> activation() {
    Map<String, Object> vars = new HashMap<>(features.size() * 2 + 24);
    vars.putAll(features);
    vars.put("amount", amount);
    vars.put("tx_type", txType);
    vars.put("channel", channel);
    vars.put("external", external);
    vars.put("hits", hits);
    vars.put("age", age);
    vars.put("elderly", elderly);
    vars.put("balance", balance);
    vars.put("account_age_days", accountAgeDays);
    vars.put("scores", scores);
    return vars;
  }
}
