/**
 * Two money types, as in OpenGamma Strata: {@link org.digifin.basics.money.Money} is exact (a
 * {@code BigDecimal} rounded to the currency's minor unit) and is used for booked amounts; {@link
 * org.digifin.basics.money.CurrencyAmount} is a {@code double} for analytics, where speed matters
 * and rounding is done at the edges.
 */
package org.digifin.basics.money;
