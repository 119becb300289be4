package org.digifin.risk;

import java.util.Optional;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.Party;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.money.Money;

/**
 * What the engine needs to know about accounts and parties beyond the transaction itself; the
 * caller implements it over its own store (the server over PostgreSQL, a stream job over broadcast
 * state, tests over the simulator's world). Every method may answer empty when it does not know.
 */
public interface RiskContext {

  /** The account record, for its owner and opening date. */
  Optional<Account> account(AccountId id);

  /** The party owning {@code account}, for age and kind (elderly-customer protection). */
  Optional<Party> owner(AccountId account);

  /** The balance of {@code account} before the transaction being assessed. */
  default Optional<Money> balance(AccountId account) {
    return Optional.empty();
  }

  /** A context that knows nothing: rules needing party data stay silent. */
  static RiskContext empty() {
    return new RiskContext() {
      @Override
      public Optional<Account> account(AccountId id) {
        return Optional.empty();
      }

      @Override
      public Optional<Party> owner(AccountId account) {
        return Optional.empty();
      }
    };
  }
}
