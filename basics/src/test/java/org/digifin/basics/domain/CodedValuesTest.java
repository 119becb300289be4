package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CodedValuesTest {

  @Test
  void parsesTrimmedCaseInsensitiveNames() {
    assertThat(CodedValues.parse(Channel.class, " pos\t", "channel")).isEqualTo(Channel.POS);
  }

  @Test
  void codeAndFieldComeFromTheFieldName() {
    var e =
        assertFailsWith(
            "origin.unknown", "origin", () -> CodedValues.parse(Channel.class, "fax", "origin"));
    assertThat(e)
        .hasMessage("unknown origin 'fax'")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void doesNotDependOnTheDefaultLocale() {
    // Turkish upper-cases "i" to a dotted capital, so "mobile" would not find MOBILE.
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(CodedValues.parse(Channel.class, "mobile", "channel")).isEqualTo(Channel.MOBILE);
      assertThat(CodedValues.parse(TransactionType.class, "interest", "type"))
          .isEqualTo(TransactionType.INTEREST);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void refusesNullAsRequired() {
    assertFailsWith(
        "value.required", "channel", () -> CodedValues.parse(Channel.class, null, "channel"));
  }
}
