package org.digifin.basics.id;

/**
 * Identifies a transaction, as the client numbered it; ingest is idempotent on it.
 *
 * @param value the identifier text
 */
public record TransactionId(String value) implements Comparable<TransactionId> {

  public TransactionId {
    IdentifierSyntax.check(value, "transactionId");
  }

  public static TransactionId of(String value) {
    return new TransactionId(value);
  }

  @Override
  public int compareTo(TransactionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
