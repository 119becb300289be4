package org.digifin.basics.domain;

/** What a transaction does, as its booking code would say. */
public enum TransactionType {
  TRANSFER,
  PAYMENT,
  CARD,
  SALARY,
  BILL,
  CASH_DEPOSIT,
  CASH_WITHDRAWAL,
  LOAN_DISBURSEMENT,
  LOAN_REPAYMENT,
  FEE,
  INTEREST;

  public static TransactionType parse(String text) {
    return CodedValues.parse(TransactionType.class, text, "type");
  }
}
