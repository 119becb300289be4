package org.digifin.basics.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TransactionIdTest {

  @Test
  void ofKeepsTheValueAndPrintsIt() {
    TransactionId id = TransactionId.of("A-0001");
    assertThat(id.value()).isEqualTo("A-0001");
    assertThat(id).hasToString("A-0001").isEqualTo(new TransactionId("A-0001"));
  }

  @Test
  void isCaseSensitive() {
    assertThat(TransactionId.of("a1")).isNotEqualTo(TransactionId.of("A1"));
  }

  @Test
  void refusesBadSyntaxNamingItsField() {
    assertFailsWith("id.invalid", "transactionId", () -> TransactionId.of("a b"));
    assertFailsWith("id.invalid", "transactionId", () -> TransactionId.of(""));
    assertFailsWith("value.required", "transactionId", () -> TransactionId.of(null));
  }

  @Test
  void ordersByValue() {
    List<TransactionId> sorted =
        Stream.of("b", "A2", "a", "A10").map(TransactionId::of).sorted().toList();
    assertThat(sorted).extracting(TransactionId::value).containsExactly("A10", "A2", "a", "b");
    assertThat(TransactionId.of("x").compareTo(TransactionId.of("x"))).isZero();
  }

  @Test
  void isNotEqualToAnotherKindOfIdWithTheSameText() {
    assertThat((Object) TransactionId.of("X1")).isNotEqualTo(AccountId.of("X1"));
  }
}
