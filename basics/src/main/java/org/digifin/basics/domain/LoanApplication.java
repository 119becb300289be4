package org.digifin.basics.domain;

import java.time.Instant;
import org.digifin.basics.Checks;
import org.digifin.basics.id.LoanId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.money.Money;

/**
 * A request for credit (贷前), before any decision.
 *
 * @param id the loan's id, kept through contract and repayment
 * @param applicant the borrower
 * @param product the institution's product code
 * @param amount the amount asked for
 * @param termMonths the term asked for, in months
 * @param purpose what the money is for, in the applicant's words
 * @param appliedAt when the application was made
 */
public record LoanApplication(
    LoanId id,
    PartyId applicant,
    String product,
    Money amount,
    int termMonths,
    String purpose,
    Instant appliedAt) {

  public LoanApplication {
    Checks.notNull(id, "id");
    Checks.notNull(applicant, "applicant");
    Checks.maxLength(Checks.notBlank(product, "product"), 64, "product");
    Checks.notNull(amount, "amount");
    Checks.check(amount.isPositive(), "amount.not_positive", "amount", "amount must be positive");
    Checks.check(
        termMonths > 0 && termMonths <= 480,
        "loan.term",
        "termMonths",
        "term must be 1 to 480 months");
    Checks.maxLength(Checks.notNull(purpose, "purpose"), 500, "purpose");
    Checks.notNull(appliedAt, "appliedAt");
  }
}
