package org.digifin.server.party;

import java.time.LocalDate;
import java.util.Optional;
import org.digifin.basics.Checks;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.AccountStatus;
import org.digifin.basics.domain.AccountType;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.money.Currency;

/** An account on the wire; {@code status} defaults to ACTIVE. */
public record AccountPayload(
    String id,
    String owner,
    String type,
    String currency,
    LocalDate openedOn,
    String status,
    String bankCode) {

  public Account toAccount() {
    return new Account(
        AccountId.of(Checks.notNull(id, "id")),
        Optional.ofNullable(owner).map(PartyId::of),
        AccountType.parse(Checks.notNull(type, "type")),
        Currency.parse(Checks.notNull(currency, "currency")),
        openedOn,
        status == null ? AccountStatus.ACTIVE : AccountStatus.parse(status),
        Optional.ofNullable(bankCode).filter(s -> !s.isBlank()));
  }

  public static AccountPayload of(Account account) {
    return new AccountPayload(
        account.id().value(),
        account.owner().map(PartyId::value).orElse(null),
        account.type().name(),
        account.currency().code(),
        account.openedOn(),
        account.status().name(),
        account.bankCode().orElse(null));
  }
}
