package org.digifin.basics.domain;

import java.time.Instant;
import java.util.Optional;
import org.digifin.basics.Checks;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.TransactionId;
import org.digifin.basics.money.Money;

/**
 * One movement of money from a payer's account to a payee's.
 *
 * @param id the client's transaction id; ingest is idempotent on it
 * @param timestamp when it was booked
 * @param payer the account debited
 * @param payee the account credited
 * @param amount the amount; positive, at the currency's minor unit
 * @param channel where it was made
 * @param type what it does
 * @param deviceId the device fingerprint, when made on a device
 * @param geo where it was made, when known
 * @param counterpartyBank the other bank's code (CNAPS or BIC), when the counterparty banks
 *     elsewhere
 */
public record Transaction(
    TransactionId id,
    Instant timestamp,
    AccountId payer,
    AccountId payee,
    Money amount,
    Channel channel,
    TransactionType type,
    Optional<String> deviceId,
    Optional<GeoPoint> geo,
    Optional<String> counterpartyBank) {

  public Transaction {
    Checks.notNull(id, "id");
    Checks.notNull(timestamp, "timestamp");
    Checks.notNull(payer, "payer");
    Checks.notNull(payee, "payee");
    Checks.notNull(amount, "amount");
    Checks.check(amount.isPositive(), "amount.not_positive", "amount", "amount must be positive");
    Checks.check(
        !payer.equals(payee), "transaction.self_transfer", "payee", "payer and payee must differ");
    Checks.notNull(channel, "channel");
    Checks.notNull(type, "type");
    Checks.notNull(deviceId, "deviceId");
    deviceId.ifPresent(device -> Checks.maxLength(device, 128, "deviceId"));
    Checks.notNull(geo, "geo");
    Checks.notNull(counterpartyBank, "counterpartyBank");
    counterpartyBank.ifPresent(bank -> Checks.maxLength(bank, 16, "counterpartyBank"));
  }

  /** A transaction with no device, location or counterparty bank. */
  public static Transaction of(
      TransactionId id,
      Instant timestamp,
      AccountId payer,
      AccountId payee,
      Money amount,
      Channel channel,
      TransactionType type) {
    return new Transaction(
        id,
        timestamp,
        payer,
        payee,
        amount,
        channel,
        type,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
