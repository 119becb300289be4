package org.digifin.basics.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.digifin.basics.Checks;
import org.digifin.basics.id.LoanId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.money.Money;

/**
 * An approved, signed loan.
 *
 * @param id the loan's id
 * @param borrower the borrower
 * @param principal the amount lent
 * @param annualRate the nominal annual rate as a fraction (0.0435 for 4.35%)
 * @param startDate the disbursement date; the first instalment falls one month later
 * @param termMonths the number of monthly instalments
 * @param method how it is repaid
 */
public record LoanContract(
    LoanId id,
    PartyId borrower,
    Money principal,
    BigDecimal annualRate,
    LocalDate startDate,
    int termMonths,
    RepaymentMethod method) {

  public LoanContract {
    Checks.notNull(id, "id");
    Checks.notNull(borrower, "borrower");
    Checks.notNull(principal, "principal");
    Checks.check(
        principal.isPositive(), "amount.not_positive", "principal", "principal must be positive");
    Checks.notNull(annualRate, "annualRate");
    Checks.check(
        annualRate.signum() >= 0 && annualRate.compareTo(BigDecimal.ONE) < 0,
        "loan.rate",
        "annualRate",
        "annual rate must be a fraction in [0, 1)");
    Checks.notNull(startDate, "startDate");
    Checks.check(
        termMonths > 0 && termMonths <= 480,
        "loan.term",
        "termMonths",
        "term must be 1 to 480 months");
    Checks.notNull(method, "method");
  }

  /** The contract's repayment schedule, by {@link RepaymentScheduler#DEFAULT}. */
  public RepaymentSchedule schedule() {
    return RepaymentScheduler.DEFAULT.schedule(this);
  }
}
