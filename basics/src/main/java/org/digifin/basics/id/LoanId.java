package org.digifin.basics.id;

/**
 * Identifies a loan, from application to the last repayment.
 *
 * @param value the identifier text
 */
public record LoanId(String value) implements Comparable<LoanId> {

  public LoanId {
    IdentifierSyntax.check(value, "loanId");
  }

  public static LoanId of(String value) {
    return new LoanId(value);
  }

  @Override
  public int compareTo(LoanId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
