/**
 * Transaction ingest: single, batch (JSON array or NDJSON stream) and CSV, idempotent on the
 * client's transaction id and transactional per batch, written through PostgreSQL's COPY.
 *
 * <p>{@link org.digifin.server.ingest.TransactionIngestService} is the one path every source takes;
 * the readers turn bytes into {@link org.digifin.server.ingest.IngestRow}s and never touch the
 * database.
 */
package org.digifin.server.ingest;
