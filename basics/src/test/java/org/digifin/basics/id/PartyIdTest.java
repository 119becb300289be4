package org.digifin.basics.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PartyIdTest {

  @Test
  void ofKeepsTheValueAndPrintsIt() {
    PartyId id = PartyId.of("A-0001");
    assertThat(id.value()).isEqualTo("A-0001");
    assertThat(id).hasToString("A-0001").isEqualTo(new PartyId("A-0001"));
  }

  @Test
  void isCaseSensitive() {
    assertThat(PartyId.of("a1")).isNotEqualTo(PartyId.of("A1"));
  }

  @Test
  void refusesBadSyntaxNamingItsField() {
    assertFailsWith("id.invalid", "partyId", () -> PartyId.of("a b"));
    assertFailsWith("id.invalid", "partyId", () -> PartyId.of(""));
    assertFailsWith("value.required", "partyId", () -> PartyId.of(null));
  }

  @Test
  void ordersByValue() {
    List<PartyId> sorted = Stream.of("b", "A2", "a", "A10").map(PartyId::of).sorted().toList();
    assertThat(sorted).extracting(PartyId::value).containsExactly("A10", "A2", "a", "b");
    assertThat(PartyId.of("x").compareTo(PartyId.of("x"))).isZero();
  }

  @Test
  void isNotEqualToAnotherKindOfIdWithTheSameText() {
    assertThat((Object) PartyId.of("X1")).isNotEqualTo(AccountId.of("X1"));
  }
}
