package org.digifin.basics.id;

/**
 * Identifies an account, ours or a counterparty's at another bank.
 *
 * @param value the identifier text
 */
public record AccountId(String value) implements Comparable<AccountId> {

  public AccountId {
    IdentifierSyntax.check(value, "accountId");
  }

  public static AccountId of(String value) {
    return new AccountId(value);
  }

  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
