package org.digifin.server.party;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.Party;
import org.digifin.basics.error.ConflictException;
import org.digifin.basics.error.ValidationException;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.PartyId;
import org.digifin.server.audit.AuditChain;
import org.digifin.server.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates parties and accounts, idempotently: an id already stored with the same content is a
 * no-op; with different content it is a conflict and the whole request is refused.
 */
@Service
public class ReferenceDataService {

  private final PartyRepository parties;
  private final AccountRepository accounts;
  private final AuditLog audit;

  public ReferenceDataService(PartyRepository parties, AccountRepository accounts, AuditLog audit) {
    this.parties = parties;
    this.accounts = accounts;
    this.audit = audit;
  }

  @Transactional
  public WriteOutcome createParties(List<Party> batch, String actor) {
    requireUniqueIds(batch, Party::id, "party");
    Map<PartyId, Party> stored = parties.findAll(batch.stream().map(Party::id).toList());
    List<Party> fresh = new ArrayList<>();
    for (Party p : batch) {
      Party existing = stored.get(p.id());
      if (existing == null) {
        fresh.add(p);
      } else if (!existing.equals(p)) {
        throw new ConflictException(
            "party.id_conflict",
            "id",
            "party '" + p.id() + "' already exists with different content");
      }
    }
    int inserted = parties.insertNew(fresh);
    if (inserted > 0) {
      audit.append(
          actor, "parties.create", "party", describe(fresh, Party::id), null, digest(fresh));
    }
    return new WriteOutcome(batch.size(), inserted, batch.size() - inserted);
  }

  @Transactional
  public WriteOutcome createAccounts(List<Account> batch, String actor) {
    requireUniqueIds(batch, Account::id, "account");
    List<String> owners =
        batch.stream().flatMap(a -> a.owner().stream()).map(PartyId::value).distinct().toList();
    Set<String> known = new HashSet<>(accounts.existingParties(owners));
    for (String owner : owners) {
      if (!known.contains(owner)) {
        throw new ValidationException(
            "account.owner_unknown", "owner", "no party with id '" + owner + "'");
      }
    }
    Map<AccountId, Account> stored = accounts.findAll(batch.stream().map(Account::id).toList());
    List<Account> fresh = new ArrayList<>();
    for (Account a : batch) {
      Account existing = stored.get(a.id());
      if (existing == null) {
        fresh.add(a);
      } else if (!existing.equals(a)) {
        throw new ConflictException(
            "account.id_conflict",
            "id",
            "account '" + a.id() + "' already exists with different content");
      }
    }
    int inserted = accounts.insertNew(fresh);
    if (inserted > 0) {
      audit.append(
          actor, "accounts.create", "account", describe(fresh, Account::id), null, digest(fresh));
    }
    return new WriteOutcome(batch.size(), inserted, batch.size() - inserted);
  }

  private static <T> void requireUniqueIds(List<T> batch, Function<T, ?> id, String what) {
    if (batch.isEmpty()) {
      throw new ValidationException("batch.empty", null, "the request holds no " + what);
    }
    Set<Object> seen = new HashSet<>();
    for (T item : batch) {
      if (!seen.add(id.apply(item))) {
        throw new ValidationException(
            "batch.duplicate_id", "id", what + " id '" + id.apply(item) + "' appears twice");
      }
    }
  }

  /** The entity id for the audit entry: the id itself, or the first id and a count. */
  private static <T> String describe(List<T> items, Function<T, ?> id) {
    String first = String.valueOf(id.apply(items.get(0)));
    return items.size() == 1 ? first : first + " (+" + (items.size() - 1) + ")";
  }

  private static byte[] digest(List<?> items) {
    StringBuilder text = new StringBuilder();
    items.forEach(item -> text.append(item).append('\n'));
    return AuditChain.digest(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
