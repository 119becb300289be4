package org.digifin.basics.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.digifin.basics.Checks;
import org.digifin.basics.money.Money;

/**
 * Computes a contract's monthly repayment schedule.
 *
 * <p>Interest accrues monthly at {@code annualRate / 12} on the outstanding principal and is
 * rounded to the minor unit each month, as statements show it. The last instalment takes whatever
 * principal remains, so rounding never leaves a residue: the principal parts always sum to the
 * principal lent.
 */
public final class RepaymentScheduler {

  /** The scheduler; stateless. */
  public static final RepaymentScheduler DEFAULT = new RepaymentScheduler();

  private static final MathContext PRECISION = MathContext.DECIMAL128;
  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

  private RepaymentScheduler() {}

  /** The schedule of {@code contract}. */
  public RepaymentSchedule schedule(LoanContract contract) {
    Checks.notNull(contract, "contract");
    BigDecimal monthlyRate = contract.annualRate().divide(MONTHS, PRECISION);
    Money outstanding = contract.principal();
    Money annuity = annuity(contract.principal(), monthlyRate, contract.termMonths());
    Money equalPrincipal =
        contract
            .principal()
            .multipliedBy(
                BigDecimal.ONE.divide(BigDecimal.valueOf(contract.termMonths()), PRECISION));

    List<Installment> installments = new ArrayList<>(contract.termMonths());
    for (int n = 1; n <= contract.termMonths(); n++) {
      Money interest = outstanding.multipliedBy(monthlyRate);
      Money principal;
      if (n == contract.termMonths()) {
        principal = outstanding;
      } else {
        principal =
            switch (contract.method()) {
              case EQUAL_INSTALLMENT -> annuity.minus(interest);
              case EQUAL_PRINCIPAL -> equalPrincipal;
              case INTEREST_ONLY -> Money.zero(outstanding.currency());
            };
        if (principal.compareTo(outstanding) > 0) {
          principal = outstanding;
        }
      }
      outstanding = outstanding.minus(principal);
      installments.add(
          new Installment(n, contract.startDate().plusMonths(n), principal, interest, outstanding));
    }
    return new RepaymentSchedule(installments);
  }

  /** The level payment P r / (1 - (1 + r)^-n), or P / n at a zero rate. */
  private static Money annuity(Money principal, BigDecimal monthlyRate, int months) {
    if (monthlyRate.signum() == 0) {
      return principal.multipliedBy(BigDecimal.ONE.divide(BigDecimal.valueOf(months), PRECISION));
    }
    BigDecimal growth = BigDecimal.ONE.add(monthlyRate).pow(months, PRECISION);
    BigDecimal factor =
        monthlyRate.multiply(growth, PRECISION).divide(growth.subtract(BigDecimal.ONE), PRECISION);
    return Money.of(
        principal.currency(),
        principal
            .amount()
            .multiply(factor)
            .setScale(principal.currency().minorUnits(), RoundingMode.HALF_EVEN));
  }
}
