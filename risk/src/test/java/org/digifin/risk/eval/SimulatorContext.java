package org.digifin.risk.eval;

import java.util.Optional;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.Party;
import org.digifin.basics.id.AccountId;
import org.digifin.risk.RiskContext;
import org.digifin.synth.simulate.World;

/** A {@link RiskContext} over the simulator's world (ids {@code A<n>}, {@code P<n>}). */
public final class SimulatorContext implements RiskContext {

  private final World world;
  private final Account[] accounts;
  private final Party[] parties;

  public SimulatorContext(World world) {
    this.world = world;
    this.accounts = new Account[world.accountCount()];
    this.parties = new Party[world.partyCount()];
  }

  @Override
  public Optional<Account> account(AccountId id) {
    int index = Integer.parseInt(id.value().substring(1)) - 1;
    Account account = accounts[index];
    if (account == null) {
      account = world.account(index);
      accounts[index] = account;
    }
    return Optional.of(account);
  }

  @Override
  public Optional<Party> owner(AccountId account) {
    return account(account)
        .flatMap(Account::owner)
        .map(
            id -> {
              int index = Integer.parseInt(id.value().substring(1)) - 1;
              Party party = parties[index];
              if (party == null) {
                party = world.party(index);
                parties[index] = party;
              }
              return party;
            });
  }
}
