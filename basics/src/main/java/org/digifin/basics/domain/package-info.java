/**
 * The shared shapes every capability speaks: {@link org.digifin.basics.domain.Party}, {@link
 * org.digifin.basics.domain.Account}, {@link org.digifin.basics.domain.Transaction} and the loan
 * lifecycle ({@link org.digifin.basics.domain.LoanApplication}, {@link
 * org.digifin.basics.domain.LoanContract}, {@link org.digifin.basics.domain.RepaymentSchedule}).
 *
 * <p>All are immutable records validated in their compact constructors; optional attributes are
 * {@link java.util.Optional} because their absence is real (a cash deposit has no device).
 */
package org.digifin.basics.domain;
