package org.digifin.basics.domain;

/** How a loan is repaid. */
public enum RepaymentMethod {
  /** 等额本息: equal monthly payments of principal plus interest (an annuity). */
  EQUAL_INSTALLMENT,
  /** 等额本金: equal principal each month, interest on the outstanding balance. */
  EQUAL_PRINCIPAL,
  /** 先息后本: interest monthly, all principal at maturity. */
  INTEREST_ONLY;

  public static RepaymentMethod parse(String text) {
    return CodedValues.parse(RepaymentMethod.class, text, "method");
  }
}
