package org.digifin.basics.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

  @Test
  void carriesCodeFieldAndMessage() {
    ValidationException e =
        new ValidationException("amount.scale", "amount", "a message for people");
    assertThat(e)
        .isInstanceOf(DigifinException.class)
        .hasMessage("a message for people")
        .hasNoCause();
    assertThat(e.code()).isEqualTo("amount.scale");
    assertThat(e.field()).contains("amount");
  }

  @Test
  void keepsItsCause() {
    Throwable cause = new IllegalStateException("underlying");
    ValidationException e = new ValidationException("amount.scale", null, "m", cause);
    assertThat(e).hasCause(cause);
    assertThat(e.field()).isEmpty();
  }

  @Test
  void refusesAnUnstableCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ValidationException("Not A Code", "f", "m"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ValidationException(null, "f", "m", new RuntimeException()));
  }
}
