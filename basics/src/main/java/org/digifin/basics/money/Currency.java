package org.digifin.basics.money;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.digifin.basics.Checks;
import org.digifin.basics.error.ValidationException;

/**
 * An ISO 4217 currency with the number of minor-unit digits that booked amounts are rounded to.
 *
 * <p>The constants cover the currencies Digifin's users book most; {@link #parse(String)} also
 * accepts any other currency the JDK knows, taking its minor units from ISO 4217 via {@link
 * java.util.Currency}.
 *
 * @param code the three-letter ISO code, upper case
 * @param minorUnits digits after the decimal point (2 for CNY, 0 for JPY)
 */
public record Currency(String code, int minorUnits) {

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  private static final Map<String, Currency> KNOWN = new ConcurrentHashMap<>();

  public static final Currency CNY = register("CNY", 2);
  public static final Currency USD = register("USD", 2);
  public static final Currency EUR = register("EUR", 2);
  public static final Currency HKD = register("HKD", 2);
  public static final Currency JPY = register("JPY", 0);
  public static final Currency GBP = register("GBP", 2);

  public Currency {
    Checks.notNull(code, "currency");
    Checks.check(
        CODE.matcher(code).matches(),
        "currency.invalid",
        "currency",
        "currency must be a three-letter upper-case ISO 4217 code, was '" + code + "'");
    Checks.check(
        minorUnits >= 0 && minorUnits <= 4,
        "currency.minor_units",
        "currency",
        "minor units must be between 0 and 4");
  }

  private static Currency register(String code, int minorUnits) {
    Currency currency = new Currency(code, minorUnits);
    KNOWN.put(code, currency);
    return currency;
  }

  /** The currency for an ISO code; fails with {@code currency.unknown} for codes ISO lacks. */
  public static Currency parse(String code) {
    Checks.notNull(code, "currency");
    Currency known = KNOWN.get(code);
    if (known != null) {
      return known;
    }
    if (!CODE.matcher(code).matches()) {
      throw new ValidationException(
          "currency.invalid", "currency", "currency must be a three-letter ISO 4217 code");
    }
    try {
      int digits = java.util.Currency.getInstance(code).getDefaultFractionDigits();
      if (digits < 0) {
        throw new ValidationException(
            "currency.unknown", "currency", code + " is not a currency with minor units");
      }
      return KNOWN.computeIfAbsent(code, c -> new Currency(c, digits));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          "currency.unknown", "currency", "unknown currency '" + code + "'", e);
    }
  }

  @Override
  public String toString() {
    return code;
  }
}
