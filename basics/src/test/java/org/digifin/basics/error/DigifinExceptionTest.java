package org.digifin.basics.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DigifinExceptionTest {

  /** A subclass of our own, so the base is tested apart from the three the platform ships. */
  private static final class TestException extends DigifinException {
    private static final long serialVersionUID = 1L;

    TestException(String code, String field, String message, Throwable cause) {
      super(code, field, message, cause);
    }
  }

  @Test
  void carriesCodeFieldMessageAndCause() {
    Throwable cause = new ArithmeticException("overflow");
    TestException e = new TestException("amount.scale", "amount", "too fine", cause);
    assertThat(e.code()).isEqualTo("amount.scale");
    assertThat(e.field()).contains("amount");
    assertThat(e).hasMessage("too fine").hasCause(cause).isInstanceOf(RuntimeException.class);
  }

  @Test
  void fieldIsEmptyWhenNoneIsAtFault() {
    assertThat(new TestException("x", null, "m", null).field()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "amount",
        "amount.scale",
        "transaction.amount.scale",
        "a1_b.c2_d",
        "loan.term"
      })
  void acceptsDottedLowerSnakeCaseCodes(String code) {
    assertThat(new TestException(code, null, "m", null).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Amount",
        "amount.Scale",
        "amount.",
        ".amount",
        "amount..scale",
        "1amount",
        "amount.1scale",
        "_amount",
        "amount-scale",
        "amount scale",
        "amount.scale ",
        "montant.échelle"
      })
  void refusesOtherCodesAsAProgrammingError(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TestException(code, "f", "m", null))
        .withMessageContaining("lower_snake_case");
  }
}
