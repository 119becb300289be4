package org.digifin.server.ingest;

import java.util.List;

/**
 * What a batch did.
 *
 * @param batchId the batch's id in {@code ingest_batch}
 * @param mode all-or-nothing or partial
 * @param received rows read
 * @param inserted new transactions written
 * @param duplicates rows whose id was already stored with the same content (no-ops)
 * @param rejected rows refused (invalid, or an id reused with different content)
 * @param errors the refused rows, up to the configured limit
 */
public record IngestReport(
    long batchId,
    IngestMode mode,
    long received,
    long inserted,
    long duplicates,
    long rejected,
    List<RowError> errors) {}
