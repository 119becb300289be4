package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.time.Instant;
import java.util.Optional;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.TransactionId;
import org.digifin.basics.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionTest {

  private static final TransactionId ID = TransactionId.of("T20250115000001");
  private static final Instant AT = Instant.parse("2025-01-15T02:30:00Z");
  private static final AccountId PAYER = AccountId.of("6222020200112345678");
  private static final AccountId PAYEE = AccountId.of("6217000010001234567");
  private static final Money AMOUNT = Money.parse("CNY 1288.00");

  private static Transaction full(Optional<String> device, Optional<String> bank) {
    return new Transaction(
        ID,
        AT,
        PAYER,
        PAYEE,
        AMOUNT,
        Channel.MOBILE,
        TransactionType.TRANSFER,
        device,
        Optional.of(new GeoPoint(31.23, 121.47)),
        bank);
  }

  @Test
  void ofLeavesTheOptionalAttributesEmpty() {
    Transaction t =
        Transaction.of(ID, AT, PAYER, PAYEE, AMOUNT, Channel.ATM, TransactionType.CASH_WITHDRAWAL);
    assertThat(t.id()).isEqualTo(ID);
    assertThat(t.timestamp()).isEqualTo(AT);
    assertThat(t.payer()).isEqualTo(PAYER);
    assertThat(t.payee()).isEqualTo(PAYEE);
    assertThat(t.amount()).isEqualTo(AMOUNT);
    assertThat(t.channel()).isEqualTo(Channel.ATM);
    assertThat(t.type()).isEqualTo(TransactionType.CASH_WITHDRAWAL);
    assertThat(t.deviceId()).isEmpty();
    assertThat(t.geo()).isEmpty();
    assertThat(t.counterpartyBank()).isEmpty();
  }

  @Test
  void keepsOptionalAttributes() {
    Transaction t = full(Optional.of("dev-1"), Optional.of("102100099996"));
    assertThat(t.deviceId()).contains("dev-1");
    assertThat(t.geo()).contains(new GeoPoint(31.23, 121.47));
    assertThat(t.counterpartyBank()).contains("102100099996");
  }

  @Test
  void refusesATransferToTheSameAccount() {
    assertFailsWith(
        "transaction.self_transfer",
        "payee",
        () ->
            Transaction.of(
                ID,
                AT,
                PAYER,
                AccountId.of(PAYER.value()),
                AMOUNT,
                Channel.ONLINE,
                TransactionType.TRANSFER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CNY 0.00", "CNY -0.01", "JPY 0"})
  void refusesAnAmountThatIsNotPositive(String amount) {
    assertFailsWith(
        "amount.not_positive",
        "amount",
        () ->
            Transaction.of(
                ID, AT, PAYER, PAYEE, Money.parse(amount), Channel.POS, TransactionType.CARD));
  }

  @Test
  void boundsDeviceAndBankCodes() {
    assertThat(full(Optional.of("d".repeat(128)), Optional.of("b".repeat(16)))).isNotNull();
    assertFailsWith(
        "value.too_long", "deviceId", () -> full(Optional.of("d".repeat(129)), Optional.empty()));
    assertFailsWith(
        "value.too_long",
        "counterpartyBank",
        () -> full(Optional.empty(), Optional.of("b".repeat(17))));
  }

  @Test
  void refusesNulls() {
    Channel c = Channel.API;
    TransactionType ty = TransactionType.PAYMENT;
    Optional<String> none = Optional.empty();
    Optional<GeoPoint> noGeo = Optional.empty();
    assertFailsWith(
        "value.required",
        "id",
        () -> new Transaction(null, AT, PAYER, PAYEE, AMOUNT, c, ty, none, noGeo, none));
    assertFailsWith(
        "value.required",
        "timestamp",
        () -> new Transaction(ID, null, PAYER, PAYEE, AMOUNT, c, ty, none, noGeo, none));
    assertFailsWith(
        "value.required",
        "payer",
        () -> new Transaction(ID, AT, null, PAYEE, AMOUNT, c, ty, none, noGeo, none));
    assertFailsWith(
        "value.required",
        "payee",
        () -> new Transaction(ID, AT, PAYER, null, AMOUNT, c, ty, none, noGeo, none));
    assertFailsWith(
        "value.required",
        "amount",
        () -> new Transaction(ID, AT, PAYER, PAYEE, null, c, ty, none, noGeo, none));
    assertFailsWith(
        "value.required",
        "channel",
        () -> new Transaction(ID, AT, PAYER, PAYEE, AMOUNT, null, ty, none, noGeo, none));
    assertFailsWith(
        "value.required",
        "type",
        () -> new Transaction(ID, AT, PAYER, PAYEE, AMOUNT, c, null, none, noGeo, none));
    assertFailsWith(
        "value.required",
        "deviceId",
        () -> new Transaction(ID, AT, PAYER, PAYEE, AMOUNT, c, ty, null, noGeo, none));
    assertFailsWith(
        "value.required",
        "geo",
        () -> new Transaction(ID, AT, PAYER, PAYEE, AMOUNT, c, ty, none, null, none));
    assertFailsWith(
        "value.required",
        "counterpartyBank",
        () -> new Transaction(ID, AT, PAYER, PAYEE, AMOUNT, c, ty, none, noGeo, null));
  }
}
