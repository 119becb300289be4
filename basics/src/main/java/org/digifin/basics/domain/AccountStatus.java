package org.digifin.basics.domain;

/** The life-cycle state of an account. */
public enum AccountStatus {
  ACTIVE,
  DORMANT,
  FROZEN,
  CLOSED;

  public static AccountStatus parse(String text) {
    return CodedValues.parse(AccountStatus.class, text, "status");
  }
}
