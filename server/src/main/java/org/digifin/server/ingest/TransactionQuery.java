package org.digifin.server.ingest;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Filters of a transaction search; null means no filter.
 *
 * @param account payer or payee
 * @param from timestamp at or after
 * @param to timestamp before
 * @param channel channel name
 * @param type type name
 * @param minAmount amount at least
 * @param maxAmount amount at most
 */
public record TransactionQuery(
    String account,
    Instant from,
    Instant to,
    String channel,
    String type,
    BigDecimal minAmount,
    BigDecimal maxAmount) {}
