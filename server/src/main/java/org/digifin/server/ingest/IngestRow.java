package org.digifin.server.ingest;

import org.digifin.basics.domain.Transaction;

/**
 * One row read from a batch: a valid transaction, or the reason it was refused.
 *
 * @param line 1-based position in the batch (line of an NDJSON or CSV body, element of an array)
 * @param transaction the transaction, or null when refused
 * @param error why it was refused, or null
 */
public record IngestRow(long line, Transaction transaction, RowError error) {

  public static IngestRow valid(long line, Transaction transaction) {
    return new IngestRow(line, transaction, null);
  }

  public static IngestRow invalid(RowError error) {
    return new IngestRow(error.line(), null, error);
  }

  public boolean isValid() {
    return error == null;
  }
}
