package org.digifin.server.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.Party;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.PartyId;
import org.digifin.risk.RiskContext;
import org.digifin.server.party.AccountRepository;
import org.digifin.server.party.PartyRepository;

/**
 * The engine's view of accounts and parties, read from the {@code account} and {@code party} tables
 * through a bounded cache. Stored records only grow (ingest of reference data never rewrites a
 * row), so a found record stays valid; an account not found is remembered for a short time only, so
 * one created a moment later is seen soon. Balances are not kept by the server yet.
 */
final class StoreRiskContext implements RiskContext {

  private static final Duration MISS_TTL = Duration.ofSeconds(30);

  private final AccountRepository accounts;
  private final PartyRepository parties;
  private final Clock clock;
  private final BoundedCache<AccountId, Lookup<Account>> accountCache;
  private final BoundedCache<PartyId, Lookup<Party>> partyCache;

  StoreRiskContext(AccountRepository accounts, PartyRepository parties, Clock clock, int capacity) {
    this.accounts = accounts;
    this.parties = parties;
    this.clock = clock;
    this.accountCache = new BoundedCache<>(capacity);
    this.partyCache = new BoundedCache<>(capacity);
  }

  @Override
  public Optional<Account> account(AccountId id) {
    return lookup(accountCache, id, () -> accounts.find(id));
  }

  @Override
  public Optional<Party> owner(AccountId account) {
    return account(account).flatMap(Account::owner).flatMap(this::party);
  }

  /** The party with {@code id}, through the cache. */
  Optional<Party> party(PartyId id) {
    return lookup(partyCache, id, () -> parties.find(id));
  }

  private <K, V> Optional<V> lookup(
      BoundedCache<K, Lookup<V>> cache, K key, java.util.function.Supplier<Optional<V>> load) {
    Instant now = clock.instant();
    Lookup<V> cached = cache.getIfPresent(key);
    if (cached != null && (cached.value.isPresent() || now.isBefore(cached.retryAfter))) {
      return cached.value;
    }
    Optional<V> loaded = load.get();
    cache.put(key, new Lookup<>(loaded, now.plus(MISS_TTL)));
    return loaded;
  }

  /** A lookup's result; a miss is retried after {@code retryAfter}. */
  private record Lookup<V>(Optional<V> value, Instant retryAfter) {}
}
