package org.digifin.basics.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ConflictExceptionTest {

  @Test
  void carriesCodeFieldAndMessage() {
    ConflictException e =
        new ConflictException("transaction.id_reused", "transactionId", "a message for people");
    assertThat(e)
        .isInstanceOf(DigifinException.class)
        .hasMessage("a message for people")
        .hasNoCause();
    assertThat(e.code()).isEqualTo("transaction.id_reused");
    assertThat(e.field()).contains("transactionId");
  }

  @Test
  void keepsItsCause() {
    Throwable cause = new IllegalStateException("underlying");
    ConflictException e = new ConflictException("transaction.id_reused", null, "m", cause);
    assertThat(e).hasCause(cause);
    assertThat(e.field()).isEmpty();
  }

  @Test
  void refusesAnUnstableCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ConflictException("Not A Code", "f", "m"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ConflictException(null, "f", "m", new RuntimeException()));
  }
}
