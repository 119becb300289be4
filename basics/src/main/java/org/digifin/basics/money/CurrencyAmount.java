package org.digifin.basics.money;

import java.math.BigDecimal;
import org.digifin.basics.Checks;
import org.digifin.basics.error.ValidationException;

/**
 * An amount of one currency held as a {@code double}, for analytics such as model features,
 * portfolio values and risk sums. Convert to {@link Money} with {@link #toMoney()} before booking.
 *
 * @param currency the currency
 * @param amount the amount; finite
 */
public record CurrencyAmount(Currency currency, double amount) {

  public CurrencyAmount {
    Checks.notNull(currency, "currency");
    Checks.check(Double.isFinite(amount), "amount.not_finite", "amount", "amount must be finite");
  }

  public static CurrencyAmount of(Currency currency, double amount) {
    return new CurrencyAmount(currency, amount);
  }

  public static CurrencyAmount zero(Currency currency) {
    return new CurrencyAmount(currency, 0d);
  }

  public CurrencyAmount plus(CurrencyAmount other) {
    return new CurrencyAmount(currency, amount + sameCurrency(other).amount);
  }

  public CurrencyAmount minus(CurrencyAmount other) {
    return new CurrencyAmount(currency, amount - sameCurrency(other).amount);
  }

  public CurrencyAmount multipliedBy(double factor) {
    return new CurrencyAmount(currency, amount * factor);
  }

  /** Rounded half-even to the currency's minor unit. */
  public Money toMoney() {
    return Money.of(currency, BigDecimal.valueOf(amount));
  }

  private CurrencyAmount sameCurrency(CurrencyAmount other) {
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
    return currency.code() + " " + amount;
  }
}
