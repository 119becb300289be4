package org.digifin.basics.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LoanIdTest {

  @Test
  void ofKeepsTheValueAndPrintsIt() {
    LoanId id = LoanId.of("A-0001");
    assertThat(id.value()).isEqualTo("A-0001");
    assertThat(id).hasToString("A-0001").isEqualTo(new LoanId("A-0001"));
  }

  @Test
  void isCaseSensitive() {
    assertThat(LoanId.of("a1")).isNotEqualTo(LoanId.of("A1"));
  }

  @Test
  void refusesBadSyntaxNamingItsField() {
    assertFailsWith("id.invalid", "loanId", () -> LoanId.of("a b"));
    assertFailsWith("id.invalid", "loanId", () -> LoanId.of(""));
    assertFailsWith("value.required", "loanId", () -> LoanId.of(null));
  }

  @Test
  void ordersByValue() {
    List<LoanId> sorted = Stream.of("b", "A2", "a", "A10").map(LoanId::of).sorted().toList();
    assertThat(sorted).extracting(LoanId::value).containsExactly("A10", "A2", "a", "b");
    assertThat(LoanId.of("x").compareTo(LoanId.of("x"))).isZero();
  }

  @Test
  void isNotEqualToAnotherKindOfIdWithTheSameText() {
    assertThat((Object) LoanId.of("X1")).isNotEqualTo(AccountId.of("X1"));
  }
}
