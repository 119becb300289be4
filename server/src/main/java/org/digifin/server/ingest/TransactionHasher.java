package org.digifin.server.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.digifin.basics.domain.GeoPoint;
import org.digifin.basics.domain.Transaction;

/**
 * The content fingerprint that tells a harmless replay of a transaction id from a conflicting
 * reuse: the first 16 bytes of SHA-256 over every field in a fixed, unambiguous form. Not
 * thread-safe: one per thread or per batch.
 */
final class TransactionHasher {

  static final int LENGTH = 16;
  private static final byte SEPARATOR = 0x1f;

  private final MessageDigest sha256;

  TransactionHasher() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  byte[] hash(Transaction t) {
    field(t.id().value());
    field(t.timestamp().toString());
    field(t.payer().value());
    field(t.payee().value());
    field(t.amount().amount().toPlainString());
    field(t.amount().currency().code());
    field(t.channel().name());
    field(t.type().name());
    field(t.deviceId().orElse(""));
    field(t.geo().map(GeoPoint::latitude).map(String::valueOf).orElse(""));
    field(t.geo().map(GeoPoint::longitude).map(String::valueOf).orElse(""));
    field(t.counterpartyBank().orElse(""));
    return Arrays.copyOf(sha256.digest(), LENGTH);
  }

  private void field(String value) {
    sha256.update(value.getBytes(StandardCharsets.UTF_8));
    sha256.update(SEPARATOR);
  }
}
