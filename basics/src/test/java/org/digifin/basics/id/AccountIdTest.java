package org.digifin.basics.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AccountIdTest {

  @Test
  void ofKeepsTheValueAndPrintsIt() {
    AccountId id = AccountId.of("A-0001");
    assertThat(id.value()).isEqualTo("A-0001");
    assertThat(id).hasToString("A-0001").isEqualTo(new AccountId("A-0001"));
  }

  @Test
  void isCaseSensitive() {
    assertThat(AccountId.of("a1")).isNotEqualTo(AccountId.of("A1"));
  }

  @Test
  void refusesBadSyntaxNamingItsField() {
    assertFailsWith("id.invalid", "accountId", () -> AccountId.of("a b"));
    assertFailsWith("id.invalid", "accountId", () -> AccountId.of(""));
    assertFailsWith("value.required", "accountId", () -> AccountId.of(null));
  }

  @Test
  void ordersByValue() {
    List<AccountId> sorted = Stream.of("b", "A2", "a", "A10").map(AccountId::of).sorted().toList();
    assertThat(sorted).extracting(AccountId::value).containsExactly("A10", "A2", "a", "b");
    assertThat(AccountId.of("x").compareTo(AccountId.of("x"))).isZero();
  }

  @Test
  void isNotEqualToAnotherKindOfIdWithTheSameText() {
    assertThat((Object) AccountId.of("X1")).isNotEqualTo(PartyId.of("X1"));
  }
}
