package org.digifin.synth.simulate;

import java.util.Locale;
import org.digifin.basics.Checks;
import org.digifin.basics.error.ValidationException;

/**
 * Preset sizes for {@code --size}. A customer produces about 50 transactions a month, so {@link
 * #LARGE} writes about ten million transactions for its month.
 */
public enum SimulationSize {
  /** 2,000 customers for 30 days: tests, demos, a laptop in seconds. */
  SMALL(2_000, 30),
  /** 20,000 customers for 30 days. */
  MEDIUM(20_000, 30),
  /** 200,000 customers for 30 days: about ten million transactions. */
  LARGE(200_000, 30);

  private final int customers;
  private final int days;

  SimulationSize(int customers, int days) {
    this.customers = customers;
    this.days = days;
  }

  public int customers() {
    return customers;
  }

  public int days() {
    return days;
  }

  /** Parses {@code small}, {@code medium} or {@code large}; fails with {@code size.unknown}. */
  public static SimulationSize parse(String text) {
    Checks.notNull(text, "size");
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          "size.unknown", "size", "size must be small, medium or large, was '" + text + "'", e);
    }
  }
}
