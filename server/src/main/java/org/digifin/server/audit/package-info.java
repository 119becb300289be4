/**
 * The audit trail: every state change appends an entry (who, what, when, digests of before and
 * after) to an append-only, hash-chained table in the same database transaction as the change.
 * {@link org.digifin.server.audit.AuditChain} is the pure hashing and verification logic; {@link
 * org.digifin.server.audit.AuditLog} is its storage.
 */
package org.digifin.server.audit;
