package org.digifin.synth.simulate;

import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.TransactionType;

/** Channel and type ordinals as the event buffer stores them. */
final class TransactionCodes {

  private TransactionCodes() {}

  static final int BRANCH = Channel.BRANCH.ordinal();
  static final int ATM = Channel.ATM.ordinal();
  static final int MOBILE = Channel.MOBILE.ordinal();
  static final int ONLINE = Channel.ONLINE.ordinal();
  static final int POS = Channel.POS.ordinal();
  static final int API = Channel.API.ordinal();
  static final int CORPORATE = Channel.CORPORATE.ordinal();

  static final int TRANSFER = TransactionType.TRANSFER.ordinal();
  static final int PAYMENT = TransactionType.PAYMENT.ordinal();
  static final int CARD = TransactionType.CARD.ordinal();
  static final int SALARY = TransactionType.SALARY.ordinal();
  static final int BILL = TransactionType.BILL.ordinal();
  static final int CASH_DEPOSIT = TransactionType.CASH_DEPOSIT.ordinal();
  static final int CASH_WITHDRAWAL = TransactionType.CASH_WITHDRAWAL.ordinal();
  static final int LOAN_DISBURSEMENT = TransactionType.LOAN_DISBURSEMENT.ordinal();
  static final int LOAN_REPAYMENT = TransactionType.LOAN_REPAYMENT.ordinal();
}
