package org.digifin.basics.domain;

import java.util.List;
import org.digifin.basics.Checks;
import org.digifin.basics.money.Money;

/**
 * The instalments of a loan, in order. The principal parts add up exactly to the loan's principal.
 *
 * @param installments the instalments, numbered from 1
 */
public record RepaymentSchedule(List<Installment> installments) {

  public RepaymentSchedule {
    installments = List.copyOf(Checks.notNull(installments, "installments"));
    Checks.check(
        !installments.isEmpty(), "schedule.empty", "installments", "a schedule has instalments");
  }

  /** The sum of the principal parts. */
  public Money totalPrincipal() {
    return installments.stream().map(Installment::principal).reduce(Money::plus).orElseThrow();
  }

  /** The sum of the interest parts. */
  public Money totalInterest() {
    return installments.stream().map(Installment::interest).reduce(Money::plus).orElseThrow();
  }
}
