package org.digifin.basics;

import java.math.BigDecimal;
import org.digifin.basics.error.ValidationException;

/**
 * Argument checks that return their argument, so a compact constructor reads as one line per field.
 *
 * <p>Every failure is a {@link ValidationException} with a stable code that says what is wrong
 * ({@code value.required}, {@code value.blank}, {@code value.too_long}, {@code value.negative},
 * {@code value.not_positive}, or the caller's own code for {@link #check}) and the field at fault,
 * so the server can report it without guessing.
 */
public final class Checks {

  private Checks() {}

  /** Returns {@code value}, or fails with code {@code value.required} when it is null. */
  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new ValidationException("value.required", field, field + " is required");
    }
    return value;
  }

  /** Returns {@code value}, or fails when it is null, empty or only whitespace. */
  public static String notBlank(String value, String field) {
    notNull(value, field);
    if (value.isBlank()) {
      throw new ValidationException("value.blank", field, field + " must not be blank");
    }
    return value;
  }

  /** Returns {@code value}, or fails when it is longer than {@code maxLength} characters. */
  public static String maxLength(String value, int maxLength, String field) {
    notNull(value, field);
    if (value.length() > maxLength) {
      throw new ValidationException(
          "value.too_long", field, field + " must be at most " + maxLength + " characters");
    }
    return value;
  }

  /** Returns {@code value}, or fails when it is negative. */
  public static long notNegative(long value, String field) {
    if (value < 0) {
      throw new ValidationException("value.negative", field, field + " must not be negative");
    }
    return value;
  }

  /** Returns {@code value}, or fails when it is zero or negative. */
  public static int positive(int value, String field) {
    if (value <= 0) {
      throw new ValidationException("value.not_positive", field, field + " must be positive");
    }
    return value;
  }

  /** Returns {@code value}, or fails when it is zero or negative. */
  public static BigDecimal positive(BigDecimal value, String field) {
    notNull(value, field);
    if (value.signum() <= 0) {
      throw new ValidationException("value.not_positive", field, field + " must be positive");
    }
    return value;
  }

  /** Fails with {@code code} on {@code field} unless {@code condition} holds. */
  public static void check(boolean condition, String code, String field, String message) {
    if (!condition) {
      throw new ValidationException(code, field, message);
    }
  }
}
