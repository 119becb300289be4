package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyKindTest {

  @ParameterizedTest
  @EnumSource(PartyKind.class)
  void parsesEveryNameInAnyCase(PartyKind value) {
    assertThat(PartyKind.parse(value.name())).isEqualTo(value);
    assertThat(PartyKind.parse(value.name().toLowerCase(Locale.ROOT))).isEqualTo(value);
    assertThat(PartyKind.parse("  " + value.name() + " ")).isEqualTo(value);
  }

  @Test
  void parsesMixedCase() {
    assertThat(PartyKind.parse("Enterprise")).isEqualTo(PartyKind.ENTERPRISE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "unknown", "ENTERPRISES", "ENTERPRISE-x"})
  void refusesOtherTextWithAStableCode(String text) {
    var e = assertFailsWith("kind.unknown", "kind", () -> PartyKind.parse(text));
    assertThat(e).hasMessageContaining("'" + text + "'");
  }

  @Test
  void refusesNull() {
    assertFailsWith("value.required", "kind", () -> PartyKind.parse(null));
  }
}
