package org.digifin.basics.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.digifin.basics.Checks;
import org.digifin.basics.error.ValidationException;

/**
 * An exact amount of one currency, always held at the currency's minor unit (two decimals for CNY,
 * none for JPY).
 *
 * <p>{@link #of} rounds half-even, the banker's rounding, for amounts Digifin computes itself.
 * {@link #ofExact} refuses an amount finer than the minor unit, for amounts that arrive from
 * outside and must not be changed silently. Arithmetic across currencies fails rather than
 * converting.
 *
 * @param currency the currency
 * @param amount the amount, with scale equal to the currency's minor units
 */
public record Money(Currency currency, BigDecimal amount) implements Comparable<Money> {

  public Money {
    Checks.notNull(currency, "currency");
    Checks.notNull(amount, "amount");
    amount = amount.setScale(currency.minorUnits(), RoundingMode.HALF_EVEN);
  }

  /** {@code amount} of {@code currency}, rounded half-even to the minor unit. */
  public static Money of(Currency currency, BigDecimal amount) {
    return new Money(currency, amount);
  }

  /** {@code amount} of {@code currency}, rounded half-even to the minor unit. */
  public static Money of(Currency currency, double amount) {
    return new Money(currency, BigDecimal.valueOf(amount));
  }

  /**
   * {@code amount} of {@code currency}; fails with {@code amount.scale} if finer than the minor
   * unit.
   */
  public static Money ofExact(Currency currency, BigDecimal amount) {
    Checks.notNull(currency, "currency");
    Checks.notNull(amount, "amount");
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > currency.minorUnits()) {
      throw new ValidationException(
          "amount.scale",
          "amount",
          "amount "
              + amount.toPlainString()
              + " has more decimals than "
              + currency.code()
              + " allows ("
              + currency.minorUnits()
              + ")");
    }
    return new Money(currency, amount);
  }

  /** {@code minorUnits} of the currency's minor unit: {@code ofMinor(CNY, 1234)} is 12.34 CNY. */
  public static Money ofMinor(Currency currency, long minorUnits) {
    return new Money(currency, BigDecimal.valueOf(minorUnits, currency.minorUnits()));
  }

  /** Zero of {@code currency}. */
  public static Money zero(Currency currency) {
    return ofMinor(currency, 0);
  }

  /** Parses {@code "CNY 12.34"}, refusing amounts finer than the minor unit. */
  public static Money parse(String text) {
    Checks.notNull(text, "money");
    String[] parts = text.trim().split("\\s+");
    if (parts.length != 2) {
      throw new ValidationException(
          "money.format", "money", "money must read 'CCY amount', was '" + text + "'");
    }
    try {
      return ofExact(Currency.parse(parts[0]), new BigDecimal(parts[1]));
    } catch (NumberFormatException e) {
      throw new ValidationException(
          "amount.format", "amount", "'" + parts[1] + "' is not a decimal number", e);
    }
  }

  /** The amount in minor units: 12.34 CNY is 1234. Fails if it does not fit a long. */
  public long toMinor() {
    return amount.movePointRight(currency.minorUnits()).longValueExact();
  }

  public Money plus(Money other) {
    return new Money(currency, amount.add(sameCurrency(other).amount));
  }

  public Money minus(Money other) {
    return new Money(currency, amount.subtract(sameCurrency(other).amount));
  }

  /** This amount times {@code factor}, rounded half-even to the minor unit. */
  public Money multipliedBy(BigDecimal factor) {
    return new Money(currency, amount.multiply(Checks.notNull(factor, "factor")));
  }

  public Money negated() {
    return new Money(currency, amount.negate());
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /** This amount as a {@code double} for analytics. */
  public CurrencyAmount toCurrencyAmount() {
    return CurrencyAmount.of(currency, amount.doubleValue());
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  private Money sameCurrency(Money other) {
    Checks.notNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new ValidationException(
          "money.currency_mismatch",
          "currency",
          "cannot combine " + currency + " with " + other.currency);
    }
    return other;
  }

  @Override
  public String toString() {
    return currency.code() + " " + amount.toPlainString();
  }
}
