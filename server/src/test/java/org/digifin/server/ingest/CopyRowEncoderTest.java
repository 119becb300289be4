package org.digifin.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.GeoPoint;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.TransactionId;
import org.digifin.basics.money.Currency;
import org.digifin.basics.money.Money;
import org.junit.jupiter.api.Test;

class CopyRowEncoderTest {

  @Test
  void writesCopyTextWithNullsAndEscapes() {
    Transaction t =
        new Transaction(
            TransactionId.of("T1"),
            Instant.parse("2026-11-01T00:00:00Z"),
            AccountId.of("A"),
            AccountId.of("B"),
            Money.of(Currency.CNY, 5),
            Channel.POS,
            TransactionType.CARD,
            Optional.of("dev\\ice\tone"),
            Optional.of(new GeoPoint(31.5, 121.25)),
            Optional.empty());
    CopyRowEncoder encoder = new CopyRowEncoder();
    encoder.append(t, new byte[] {0x0a, (byte) 0xff}, 7);
    String row = new String(encoder.buffer(), 0, encoder.size(), StandardCharsets.UTF_8);
    assertThat(row)
        .isEqualTo(
            "T1\t2026-11-01T00:00:00Z\tA\tB\t5.00\tCNY\tPOS\tCARD\tdev\\\\ice\\tone\t31.5\t121.25\t\\N\t\\\\x0aff\t7\n");
    assertThat(row.split("\t")).hasSize(CopyRowEncoder.COLUMNS.split(",").length + 1);
  }

  @Test
  void bufferGrowsAndClears() {
    CopyRowEncoder encoder = new CopyRowEncoder();
    Transaction t =
        Transaction.of(
            TransactionId.of("T"),
            Instant.EPOCH,
            AccountId.of("A"),
            AccountId.of("B"),
            Money.of(Currency.CNY, 1),
            Channel.ATM,
            TransactionType.TRANSFER);
    for (int i = 0; i < 2000; i++) {
      encoder.append(t, new byte[16], i);
    }
    assertThat(encoder.size()).isGreaterThan(1 << 16);
    encoder.clear();
    assertThat(encoder.size()).isZero();
  }
}
