package org.digifin.server.ingest;

import java.math.BigDecimal;
import java.util.Optional;
import org.digifin.basics.Checks;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.GeoPoint;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.error.ValidationException;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.TransactionId;
import org.digifin.basics.money.Currency;
import org.digifin.basics.money.Money;

/**
 * A transaction as it arrives over the wire (JSON, NDJSON, or a CSV row after column mapping).
 *
 * <p>Amounts are decimal strings or JSON numbers and are refused, not rounded, when finer than the
 * currency's minor unit. Timestamps are ISO-8601 with an offset, or local date-times read in the
 * configured zone.
 */
public record TransactionPayload(
    String id,
    String timestamp,
    String payer,
    String payee,
    BigDecimal amount,
    String currency,
    String channel,
    String type,
    String deviceId,
    Double latitude,
    Double longitude,
    String counterpartyBank) {

  /** The domain transaction; fails with a {@link ValidationException} naming the field. */
  public Transaction toTransaction(TimestampParser timestamps) {
    Currency ccy = Currency.parse(Checks.notNull(currency, "currency"));
    Optional<GeoPoint> geo;
    if (latitude == null && longitude == null) {
      geo = Optional.empty();
    } else if (latitude == null || longitude == null) {
      throw new ValidationException(
          "geo.incomplete",
          latitude == null ? "latitude" : "longitude",
          "latitude and longitude come together");
    } else {
      geo = Optional.of(new GeoPoint(latitude, longitude));
    }
    return new Transaction(
        TransactionId.of(Checks.notNull(id, "id")),
        timestamps.parse(timestamp),
        AccountId.of(Checks.notNull(payer, "payer")),
        AccountId.of(Checks.notNull(payee, "payee")),
        Money.ofExact(ccy, Checks.notNull(amount, "amount")),
        Channel.parse(Checks.notNull(channel, "channel")),
        TransactionType.parse(Checks.notNull(type, "type")),
        blankToEmpty(deviceId),
        geo,
        blankToEmpty(counterpartyBank));
  }

  /** The wire form of {@code transaction}. */
  public static TransactionPayload of(Transaction transaction) {
    return new TransactionPayload(
        transaction.id().value(),
        transaction.timestamp().toString(),
        transaction.payer().value(),
        transaction.payee().value(),
        transaction.amount().amount(),
        transaction.amount().currency().code(),
        transaction.channel().name(),
        transaction.type().name(),
        transaction.deviceId().orElse(null),
        transaction.geo().map(GeoPoint::latitude).orElse(null),
        transaction.geo().map(GeoPoint::longitude).orElse(null),
        transaction.counterpartyBank().orElse(null));
  }

  private static Optional<String> blankToEmpty(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
