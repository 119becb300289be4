package org.digifin.server.ingest;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.digifin.basics.domain.Transaction;

/**
 * Writes transactions in PostgreSQL's COPY text format into a reusable buffer: tab-separated
 * columns, {@code \N} for null, backslash escapes for the characters the format reserves.
 */
final class CopyRowEncoder {

  /**
   * The columns {@link #append} writes, but the last; that one is the caller's: {@code line} into
   * the staging table, {@code batch_id} straight into {@code transaction}.
   */
  static final String COLUMNS =
      "id, ts, payer, payee, amount, currency, channel, type, device_id, latitude, longitude,"
          + " counterparty_bank, content_hash";

  private static final HexFormat HEX = HexFormat.of();

  private final StringBuilder row = new StringBuilder(256);
  private byte[] bytes = new byte[1 << 16];
  private int size;

  void append(Transaction t, byte[] contentHash, long trailing) {
    row.setLength(0);
    text(t.id().value()).append('\t');
    row.append(t.timestamp()).append('\t');
    text(t.payer().value()).append('\t');
    text(t.payee().value()).append('\t');
    row.append(t.amount().amount().toPlainString()).append('\t');
    row.append(t.amount().currency().code()).append('\t');
    row.append(t.channel().name()).append('\t');
    row.append(t.type().name()).append('\t');
    optional(t.deviceId().orElse(null)).append('\t');
    if (t.geo().isPresent()) {
      row.append(t.geo().get().latitude()).append('\t').append(t.geo().get().longitude());
    } else {
      row.append("\\N\t\\N");
    }
    row.append('\t');
    optional(t.counterpartyBank().orElse(null)).append('\t');
    row.append("\\\\x").append(HEX.formatHex(contentHash)).append('\t');
    row.append(trailing).append('\n');
    byte[] encoded = row.toString().getBytes(StandardCharsets.UTF_8);
    ensureCapacity(encoded.length);
    System.arraycopy(encoded, 0, bytes, size, encoded.length);
    size += encoded.length;
  }

  byte[] buffer() {
    return bytes;
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  private StringBuilder optional(String value) {
    return value == null ? row.append("\\N") : text(value);
  }

  private StringBuilder text(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> row.append("\\\\");
        case '\t' -> row.append("\\t");
        case '\n' -> row.append("\\n");
        case '\r' -> row.append("\\r");
        default -> row.append(c);
      }
    }
    return row;
  }

  private void ensureCapacity(int extra) {
    if (size + extra > bytes.length) {
      byte[] larger = new byte[Math.max(bytes.length * 2, size + extra)];
      System.arraycopy(bytes, 0, larger, 0, size);
      bytes = larger;
    }
  }
}
