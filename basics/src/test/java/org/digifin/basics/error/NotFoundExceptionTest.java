package org.digifin.basics.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class NotFoundExceptionTest {

  @Test
  void carriesCodeFieldAndMessage() {
    NotFoundException e =
        new NotFoundException("party.not_found", "partyId", "a message for people");
    assertThat(e)
        .isInstanceOf(DigifinException.class)
        .hasMessage("a message for people")
        .hasNoCause();
    assertThat(e.code()).isEqualTo("party.not_found");
    assertThat(e.field()).contains("partyId");
  }

  @Test
  void keepsItsCause() {
    Throwable cause = new IllegalStateException("underlying");
    NotFoundException e = new NotFoundException("party.not_found", null, "m", cause);
    assertThat(e).hasCause(cause);
    assertThat(e.field()).isEmpty();
  }

  @Test
  void refusesAnUnstableCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NotFoundException("Not A Code", "f", "m"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NotFoundException(null, "f", "m", new RuntimeException()));
  }
}
