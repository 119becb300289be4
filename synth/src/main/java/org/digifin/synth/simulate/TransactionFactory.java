package org.digifin.synth.simulate;

import java.time.Instant;
import java.util.Optional;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.GeoPoint;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.TransactionId;
import org.digifin.basics.money.Currency;
import org.digifin.basics.money.Money;

/**
 * Turns event-buffer rows into basics {@link Transaction}s, caching what repeats (account ids,
 * device ids, bank codes) so a transaction costs little more than its own objects.
 */
final class TransactionFactory {

  private static final Channel[] CHANNELS = Channel.values();
  private static final TransactionType[] TYPES = TransactionType.values();

  private final World world;
  private final Optional<String>[] phones;
  private final Optional<String>[] banks;

  @SuppressWarnings({"unchecked", "rawtypes"})
  TransactionFactory(World world) {
    this.world = world;
    this.phones = new Optional[world.persons];
    this.banks = new Optional[ReferenceData.OTHER_BANKS.length];
    for (int b = 0; b < banks.length; b++) {
      banks[b] = Optional.of(ReferenceData.OTHER_BANKS[b]);
    }
  }

  Transaction transaction(DayBatch batch, int k) {
    EventBuffer e = batch.events;
    int row = batch.row(k);
    int payer = e.payer[row];
    int payee = e.payee[row];
    int lat = e.latitude[row];
    return new Transaction(
        TransactionId.of(DayBatch.transactionId(batch.sequence(k))),
        Instant.ofEpochSecond(e.time[row]),
        world.accountId(payer),
        world.accountId(payee),
        Money.ofMinor(Currency.CNY, e.amount[row]),
        CHANNELS[e.channel[row]],
        TYPES[e.type[row]],
        device(e.device[row]),
        lat == EventBuffer.NO_GEO
            ? Optional.empty()
            : Optional.of(new GeoPoint(lat / 10_000.0, e.longitude[row] / 10_000.0)),
        counterpartyBank(payer, payee));
  }

  private Optional<String> device(int code) {
    if (code == EventBuffer.NO_DEVICE) {
      return Optional.empty();
    }
    if (code >= 0) {
      Optional<String> phone = phones[code];
      if (phone == null) {
        phone = Optional.of(deviceId(code));
        phones[code] = phone;
      }
      return phone;
    }
    return Optional.of(deviceId(code));
  }

  private Optional<String> counterpartyBank(int payer, int payee) {
    int bank = world.accountBank[payee];
    if (bank < 0) {
      bank = world.accountBank[payer];
    }
    return bank < 0 ? Optional.empty() : banks[bank];
  }

  /** A person's phone is {@code D<person+1>}; an attacker's device is {@code X<n>}. */
  static String deviceId(int code) {
    return code >= 0 ? "D" + (code + 1) : "X" + (-code - 1);
  }
}
