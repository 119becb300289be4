package org.digifin.server.ingest;

import org.digifin.basics.domain.Transaction;

/**
 * A valid row on its way into the database.
 *
 * @param line its position in the batch
 * @param transaction the transaction
 * @param hash its content fingerprint ({@link TransactionHasher})
 */
record StagedRow(long line, Transaction transaction, byte[] hash) {}
