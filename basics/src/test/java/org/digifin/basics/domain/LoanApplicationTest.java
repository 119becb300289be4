package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.time.Instant;
import org.digifin.basics.id.LoanId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoanApplicationTest {

  private static final LoanId ID = LoanId.of("L-2025-0001");
  private static final PartyId APPLICANT = PartyId.of("C0001");
  private static final Money AMOUNT = Money.parse("CNY 100000.00");
  private static final Instant AT = Instant.parse("2025-01-15T02:30:00Z");

  private static LoanApplication application(
      String product, Money amount, int term, String purpose) {
    return new LoanApplication(ID, APPLICANT, product, amount, term, purpose, AT);
  }

  @Test
  void keepsItsAttributes() {
    LoanApplication application = application("CONSUMER-12", AMOUNT, 12, "装修 renovation");
    assertThat(application.id()).isEqualTo(ID);
    assertThat(application.applicant()).isEqualTo(APPLICANT);
    assertThat(application.product()).isEqualTo("CONSUMER-12");
    assertThat(application.amount()).isEqualTo(AMOUNT);
    assertThat(application.termMonths()).isEqualTo(12);
    assertThat(application.purpose()).isEqualTo("装修 renovation");
    assertThat(application.appliedAt()).isEqualTo(AT);
  }

  @Test
  void anEmptyPurposeIsAllowed() {
    assertThat(application("P", AMOUNT, 1, "").purpose()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CNY 0.00", "CNY -0.01"})
  void theAmountMustBePositive(String amount) {
    assertFailsWith(
        "amount.not_positive", "amount", () -> application("P", Money.parse(amount), 12, ""));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 481})
  void theTermIsOneToFourHundredEightyMonths(int term) {
    assertFailsWith("loan.term", "termMonths", () -> application("P", AMOUNT, term, ""));
  }

  @Test
  void acceptsTheLongestTerm() {
    assertThat(application("MORTGAGE", AMOUNT, 480, "").termMonths()).isEqualTo(480);
  }

  @Test
  void productAndPurposeAreBounded() {
    assertFailsWith("value.blank", "product", () -> application(" ", AMOUNT, 12, ""));
    assertThat(application("p".repeat(64), AMOUNT, 12, "").product()).hasSize(64);
    assertFailsWith("value.too_long", "product", () -> application("p".repeat(65), AMOUNT, 12, ""));
    assertThat(application("P", AMOUNT, 12, "x".repeat(500)).purpose()).hasSize(500);
    assertFailsWith(
        "value.too_long", "purpose", () -> application("P", AMOUNT, 12, "x".repeat(501)));
  }

  @Test
  void refusesNulls() {
    assertFailsWith(
        "value.required",
        "id",
        () -> new LoanApplication(null, APPLICANT, "P", AMOUNT, 12, "", AT));
    assertFailsWith(
        "value.required",
        "applicant",
        () -> new LoanApplication(ID, null, "P", AMOUNT, 12, "", AT));
    assertFailsWith(
        "value.required",
        "product",
        () -> new LoanApplication(ID, APPLICANT, null, AMOUNT, 12, "", AT));
    assertFailsWith(
        "value.required",
        "amount",
        () -> new LoanApplication(ID, APPLICANT, "P", null, 12, "", AT));
    assertFailsWith(
        "value.required",
        "purpose",
        () -> new LoanApplication(ID, APPLICANT, "P", AMOUNT, 12, null, AT));
    assertFailsWith(
        "value.required",
        "appliedAt",
        () -> new LoanApplication(ID, APPLICANT, "P", AMOUNT, 12, "", null));
  }
}
