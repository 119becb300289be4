package org.digifin.server.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.AccountStatus;
import org.digifin.basics.domain.AccountType;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.money.Currency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores accounts. */
@Repository
public class AccountRepository {

  private final JdbcClient jdbc;

  public AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts each account whose id is new; returns how many were. Call within a transaction. */
  public int insertNew(List<Account> accounts) {
    int inserted = 0;
    for (Account a : accounts) {
      inserted +=
          jdbc.sql(
                  """
                  INSERT INTO account (id, owner_id, type, currency, opened_on, status, bank_code)
                  VALUES (:id, :owner, :type, :currency, :opened, :status, :bank)
                  ON CONFLICT (id) DO NOTHING
                  """)
              .param("id", a.id().value())
              .param("owner", a.owner().map(PartyId::value).orElse(null))
              .param("type", a.type().name())
              .param("currency", a.currency().code())
              .param("opened", a.openedOn())
              .param("status", a.status().name())
              .param("bank", a.bankCode().orElse(null))
              .update();
    }
    return inserted;
  }

  public Map<AccountId, Account> findAll(List<AccountId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("SELECT * FROM account WHERE id = ANY(:ids)")
        .param("ids", ids.stream().map(AccountId::value).toArray(String[]::new))
        .query(AccountRepository::account)
        .list()
        .stream()
        .collect(Collectors.toMap(Account::id, Function.identity()));
  }

  public Optional<Account> find(AccountId id) {
    return jdbc.sql("SELECT * FROM account WHERE id = :id")
        .param("id", id.value())
        .query(AccountRepository::account)
        .optional();
  }

  public List<Account> ownedBy(PartyId owner) {
    return jdbc.sql("SELECT * FROM account WHERE owner_id = :owner ORDER BY id")
        .param("owner", owner.value())
        .query(AccountRepository::account)
        .list();
  }

  /** The owners among {@code ids} that exist. */
  public List<String> existingParties(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT id FROM party WHERE id = ANY(:ids)")
        .param("ids", ids.toArray(String[]::new))
        .query(String.class)
        .list();
  }

  public long count() {
    return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
  }

  static Account account(ResultSet rs, int row) throws SQLException {
    return new Account(
        AccountId.of(rs.getString("id")),
        Optional.ofNullable(rs.getString("owner_id")).map(PartyId::of),
        AccountType.valueOf(rs.getString("type")),
        Currency.parse(rs.getString("currency")),
        rs.getObject("opened_on", LocalDate.class),
        AccountStatus.valueOf(rs.getString("status")),
        Optional.ofNullable(rs.getString("bank_code")));
  }
}
