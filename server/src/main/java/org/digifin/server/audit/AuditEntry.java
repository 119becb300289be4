package org.digifin.server.audit;

import java.time.Instant;

/**
 * One link of the audit chain.
 *
 * @param seq position in the chain, from 1
 * @param at when the change was made, to the microsecond
 * @param actor the principal who made it
 * @param action what was done, e.g. {@code transactions.ingest}
 * @param entityType the kind of thing changed
 * @param entityId which one
 * @param beforeDigest SHA-256 of the state before, null when created
 * @param afterDigest SHA-256 of the state after, null when deleted
 * @param prevHash the previous entry's hash (32 zero bytes for the first)
 * @param hash this entry's hash
 */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    String action,
    String entityType,
    String entityId,
    byte[] beforeDigest,
    byte[] afterDigest,
    byte[] prevHash,
    byte[] hash) {}
