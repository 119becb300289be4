package org.digifin.basics.domain;

/** What an account is for. {@code EXTERNAL} marks a counterparty's account at another bank. */
public enum AccountType {
  CURRENT,
  SAVINGS,
  CARD,
  LOAN,
  MERCHANT,
  EXTERNAL;

  public static AccountType parse(String text) {
    return CodedValues.parse(AccountType.class, text, "type");
  }
}
