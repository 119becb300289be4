package org.digifin.risk.graph;

import java.util.List;
import org.digifin.basics.Checks;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.TransactionId;

/**
 * A detected pattern: which typology, the accounts involved (the subject first) and the
 * transactions that form it.
 *
 * @param typology what was detected
 * @param accounts the accounts involved, subject (sink, hub, mule, origin...) first, no duplicates
 * @param transactions the transactions forming the pattern, the triggering one included
 */
public record PatternHit(
    Typology typology, List<AccountId> accounts, List<TransactionId> transactions) {

  public PatternHit {
    Checks.notNull(typology, "typology");
    accounts = List.copyOf(Checks.notNull(accounts, "accounts"));
    transactions = List.copyOf(Checks.notNull(transactions, "transactions"));
    Checks.check(!accounts.isEmpty(), "value.required", "accounts", "a hit names its accounts");
  }

  /** The subject account: the one the pattern is centred on. */
  public AccountId subject() {
    return accounts.get(0);
  }
}
