package org.digifin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.digifin.basics.error.ValidationException;

/** Asserts that a call fails with a {@link ValidationException} carrying a given stable code. */
public final class ValidationAssertions {

  private ValidationAssertions() {}

  /** Asserts {@code call} fails with {@code code} and returns the exception. */
  public static ValidationException assertFailsWith(String code, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown)
        .as("expected failure with code %s", code)
        .isInstanceOf(ValidationException.class);
    ValidationException e = (ValidationException) thrown;
    assertThat(e.code()).isEqualTo(code);
    return e;
  }

  /** Asserts {@code call} fails with {@code code} on {@code field}. */
  public static ValidationException assertFailsWith(
      String code, String field, ThrowingCallable call) {
    ValidationException e = assertFailsWith(code, call);
    assertThat(e.field()).as("field of %s", code).contains(field);
    return e;
  }
}
