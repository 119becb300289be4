package org.digifin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.util.concurrent.atomic.AtomicBoolean;
import org.digifin.basics.error.NotFoundException;
import org.digifin.basics.error.ValidationException;
import org.junit.jupiter.api.Test;

class ResultTest {

  @Test
  void okHoldsItsValue() {
    Result<String> result = Result.ok("a");
    assertThat(result.isOk()).isTrue();
    assertThat(result.value()).contains("a");
    assertThat(result).isEqualTo(new Result.Ok<>("a"));
  }

  @Test
  void okRefusesNull() {
    assertFailsWith("value.required", "value", () -> Result.ok(null));
  }

  @Test
  void failureHasNoValue() {
    Result<String> result = Result.failure("amount.scale", "amount", "too many decimals");
    assertThat(result.isOk()).isFalse();
    assertThat(result.value()).isEmpty();
    assertThat(result)
        .isEqualTo(new Result.Failure<>("amount.scale", "amount", "too many decimals"));
  }

  @Test
  void failureMayHaveNoFieldButNeedsCodeAndMessage() {
    Result.Failure<Object> failure = new Result.Failure<>("x.y", null, "m");
    assertThat(failure.field()).isNull();
    assertFailsWith("value.blank", "code", () -> Result.failure(" ", "f", "m"));
    assertFailsWith("value.required", "code", () -> Result.failure(null, "f", "m"));
    assertFailsWith("value.required", "message", () -> Result.failure("x.y", "f", null));
  }

  @Test
  void mapTransformsASuccess() {
    assertThat(Result.ok("abc").map(String::length)).isEqualTo(Result.ok(3));
  }

  @Test
  void mapPassesAFailureThroughWithoutCallingTheMapper() {
    AtomicBoolean called = new AtomicBoolean();
    Result<Integer> mapped =
        Result.<String>failure("id.invalid", "partyId", "bad")
            .map(
                s -> {
                  called.set(true);
                  return s.length();
                });
    assertThat(called).isFalse();
    assertThat(mapped).isEqualTo(new Result.Failure<Integer>("id.invalid", "partyId", "bad"));
  }

  @Test
  void ofWrapsTheValueOfASuccessfulAction() {
    assertThat(Result.of(() -> 42)).isEqualTo(Result.ok(42));
  }

  @Test
  void ofTurnsADigifinExceptionIntoAFailureKeepingCodeFieldAndMessage() {
    Result<Object> result =
        Result.of(
            () -> {
              throw new ValidationException("amount.scale", "amount", "too fine");
            });
    assertThat(result).isEqualTo(new Result.Failure<>("amount.scale", "amount", "too fine"));
  }

  @Test
  void ofKeepsAMissingFieldAsNull() {
    Result<Object> result =
        Result.of(
            () -> {
              throw new NotFoundException("party.not_found", null, "no such party");
            });
    assertThat(result).isEqualTo(new Result.Failure<>("party.not_found", null, "no such party"));
  }

  @Test
  void ofLetsOtherExceptionsPropagateBecauseTheyAreBugs() {
    assertThatThrownBy(
            () ->
                Result.of(
                    () -> {
                      throw new IllegalStateException("bug");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bug");
  }
}
