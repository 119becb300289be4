package org.digifin.basics.domain;

import java.time.LocalDate;
import org.digifin.basics.Checks;
import org.digifin.basics.money.Money;

/**
 * One scheduled repayment.
 *
 * @param number 1 for the first instalment
 * @param dueDate when it falls due
 * @param principal the principal repaid
 * @param interest the interest paid
 * @param outstandingAfter the principal still owed after it
 */
public record Installment(
    int number, LocalDate dueDate, Money principal, Money interest, Money outstandingAfter) {

  public Installment {
    Checks.positive(number, "number");
    Checks.notNull(dueDate, "dueDate");
    Checks.notNull(principal, "principal");
    Checks.notNull(interest, "interest");
    Checks.notNull(outstandingAfter, "outstandingAfter");
  }

  /** Principal plus interest. */
  public Money total() {
    return principal.plus(interest);
  }
}
