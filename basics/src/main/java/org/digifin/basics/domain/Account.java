package org.digifin.basics.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.digifin.basics.Checks;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.money.Currency;

/**
 * An account, ours or a counterparty's.
 *
 * @param id the account number as the institution writes it
 * @param owner the owning party, when known (a counterparty account at another bank may have none)
 * @param type what the account is for
 * @param currency the account's currency
 * @param openedOn the opening date
 * @param status active, dormant, frozen or closed
 * @param bankCode the holding bank's code (CNAPS or BIC), when not ours
 */
public record Account(
    AccountId id,
    Optional<PartyId> owner,
    AccountType type,
    Currency currency,
    LocalDate openedOn,
    AccountStatus status,
    Optional<String> bankCode) {

  public Account {
    Checks.notNull(id, "id");
    Checks.notNull(owner, "owner");
    Checks.notNull(type, "type");
    Checks.notNull(currency, "currency");
    Checks.notNull(openedOn, "openedOn");
    Checks.notNull(status, "status");
    Checks.notNull(bankCode, "bankCode");
    bankCode.ifPresent(code -> Checks.maxLength(code, 16, "bankCode"));
    Checks.check(
        type == AccountType.EXTERNAL || owner.isPresent(),
        "account.owner_required",
        "owner",
        "only an EXTERNAL account may have no owner");
  }
}
