package org.digifin.basics.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierSyntaxTest {

  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  @Provide
  Arbitrary<String> validIds() {
    Arbitrary<String> first =
        Arbitraries.of(ALNUM.chars().mapToObj(c -> String.valueOf((char) c)).toList());
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withChars(ALNUM + "._:-")
            .ofMinLength(0)
            .ofMaxLength(IdentifierSyntax.MAX_LENGTH - 1);
    return Combinators.combine(first, rest).as(String::concat);
  }

  @Property
  void acceptsEveryWellFormedIdUnchanged(@ForAll("validIds") String id) {
    assertThat(IdentifierSyntax.check(id, "accountId")).isSameAs(id);
  }

  @Property
  void refusesIdsContainingASpaceOrSlash(
      @ForAll("validIds") String id,
      @ForAll @IntRange(min = 0, max = 64) int at,
      @ForAll("separators") String separator) {
    int position = Math.min(at, id.length());
    String bad = id.substring(0, position) + separator + id.substring(position);
    assertFailsWith("id.invalid", "partyId", () -> IdentifierSyntax.check(bad, "partyId"));
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" ", "/", "\\", "\t", "\n", "\u0000", "\u3000", ",", "?", "#", "%");
  }

  @Property
  void refusesIdsLongerThanTheMaximum(
      @ForAll("validIds") String id, @ForAll @IntRange(min = 1, max = 200) int extra) {
    String tooLong = id + "9".repeat(IdentifierSyntax.MAX_LENGTH - id.length() + extra);
    assertFailsWith("id.invalid", "loanId", () -> IdentifierSyntax.check(tooLong, "loanId"));
  }

  @Test
  void acceptsExactlyTheMaximumLength() {
    String longest = "a".repeat(IdentifierSyntax.MAX_LENGTH);
    assertThat(IdentifierSyntax.check(longest, "id")).isEqualTo(longest);
    assertFailsWith("id.invalid", () -> IdentifierSyntax.check(longest + "a", "id"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"6222021234567890", "C-0001", "acct:2025.11_01", "9", "x"})
  void acceptsInstitutionsOwnNumbers(String id) {
    assertThat(IdentifierSyntax.check(id, "id")).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".hidden", "-1", "_a", ":a", "账户1", "a b", "a/b", "１２３"})
  void refusesIdsThatDoNotStartWithALetterOrDigitOrUseOtherCharacters(String id) {
    assertFailsWith(
        "id.invalid", "transactionId", () -> IdentifierSyntax.check(id, "transactionId"));
  }

  @Test
  void refusesNullAsRequired() {
    assertFailsWith("value.required", "accountId", () -> IdentifierSyntax.check(null, "accountId"));
  }
}
