package org.digifin.synth.simulate;

/**
 * A loan as {@code loans.ndjson} reports it: its terms and how it was repaid. Written when the loan
 * is repaid or defaults, and for the loans still running at the end of the run.
 *
 * @param id {@code L} and eight digits
 * @param borrowerParty the borrower's party index
 * @param loanAccount the loan account's index
 * @param product {@code CONSUMER}, {@code MORTGAGE} or {@code BUSINESS}
 * @param principal in cents
 * @param annualRate nominal annual rate as a fraction
 * @param termMonths number of monthly instalments
 * @param disbursedDay epoch day of disbursement
 * @param installment the level monthly instalment in cents
 * @param status {@code ACTIVE}, {@code REPAID} or {@code DEFAULTED} (three instalments missed in a
 *     row, i.e. 90 days past due)
 * @param installmentsPaid instalments paid so far
 * @param lateInstallments instalments paid after their due date
 * @param missedInstallments instalments not paid at all
 * @param maxDaysLate the longest delay of a late instalment, in days
 */
record LoanRecord(
    long id,
    int borrowerParty,
    int loanAccount,
    String product,
    long principal,
    double annualRate,
    int termMonths,
    int disbursedDay,
    long installment,
    String status,
    int installmentsPaid,
    int lateInstallments,
    int missedInstallments,
    int maxDaysLate) {

  String loanId() {
    String digits = Long.toString(id);
    return "L" + "00000000".substring(Math.min(8, digits.length())) + digits;
  }
}
