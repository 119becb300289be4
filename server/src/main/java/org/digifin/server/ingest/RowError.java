package org.digifin.server.ingest;

/**
 * Why one row of a batch was refused.
 *
 * @param line 1-based position in the batch
 * @param id the row's transaction id, when it could be read
 * @param code the stable error code
 * @param field the field at fault, when one is
 * @param message for people
 */
public record RowError(long line, String id, String code, String field, String message) {}
