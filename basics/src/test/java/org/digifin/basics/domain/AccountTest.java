package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.time.LocalDate;
import java.util.Optional;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.money.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountTest {

  private static final AccountId ID = AccountId.of("6222020200112345678");
  private static final Optional<PartyId> OWNER = Optional.of(PartyId.of("C0001"));
  private static final LocalDate OPENED = LocalDate.of(2020, 5, 1);

  private static Account account(AccountType type, Optional<PartyId> owner, Optional<String> bank) {
    return new Account(ID, owner, type, Currency.CNY, OPENED, AccountStatus.ACTIVE, bank);
  }

  @Test
  void keepsItsAttributes() {
    Account account = account(AccountType.SAVINGS, OWNER, Optional.empty());
    assertThat(account.id()).isEqualTo(ID);
    assertThat(account.owner()).isEqualTo(OWNER);
    assertThat(account.type()).isEqualTo(AccountType.SAVINGS);
    assertThat(account.currency()).isEqualTo(Currency.CNY);
    assertThat(account.openedOn()).isEqualTo(OPENED);
    assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.bankCode()).isEmpty();
  }

  @Test
  void anExternalAccountMayHaveNoOwner() {
    Account external = account(AccountType.EXTERNAL, Optional.empty(), Optional.of("102100099996"));
    assertThat(external.owner()).isEmpty();
    assertThat(external.bankCode()).contains("102100099996");
  }

  @ParameterizedTest
  @EnumSource(value = AccountType.class, names = "EXTERNAL", mode = EnumSource.Mode.EXCLUDE)
  void everyOtherAccountNeedsAnOwner(AccountType type) {
    assertThat(account(type, OWNER, Optional.empty()).owner()).isEqualTo(OWNER);
    assertFailsWith(
        "account.owner_required", "owner", () -> account(type, Optional.empty(), Optional.empty()));
  }

  @Test
  void bankCodeIsAtMostSixteenCharacters() {
    assertThat(account(AccountType.EXTERNAL, OWNER, Optional.of("ICBKCNBJXXX12345")).bankCode())
        .contains("ICBKCNBJXXX12345");
    assertFailsWith(
        "value.too_long",
        "bankCode",
        () -> account(AccountType.EXTERNAL, OWNER, Optional.of("ICBKCNBJXXX123456")));
  }

  @Test
  void refusesNulls() {
    Optional<String> noBank = Optional.empty();
    AccountType type = AccountType.CURRENT;
    assertFailsWith(
        "value.required",
        "id",
        () -> new Account(null, OWNER, type, Currency.CNY, OPENED, AccountStatus.ACTIVE, noBank));
    assertFailsWith(
        "value.required",
        "owner",
        () -> new Account(ID, null, type, Currency.CNY, OPENED, AccountStatus.ACTIVE, noBank));
    assertFailsWith(
        "value.required",
        "type",
        () -> new Account(ID, OWNER, null, Currency.CNY, OPENED, AccountStatus.ACTIVE, noBank));
    assertFailsWith(
        "value.required",
        "currency",
        () -> new Account(ID, OWNER, type, null, OPENED, AccountStatus.ACTIVE, noBank));
    assertFailsWith(
        "value.required",
        "openedOn",
        () -> new Account(ID, OWNER, type, Currency.CNY, null, AccountStatus.ACTIVE, noBank));
    assertFailsWith(
        "value.required",
        "status",
        () -> new Account(ID, OWNER, type, Currency.CNY, OPENED, null, noBank));
    assertFailsWith(
        "value.required",
        "bankCode",
        () -> new Account(ID, OWNER, type, Currency.CNY, OPENED, AccountStatus.ACTIVE, null));
  }
}
