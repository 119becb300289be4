/**
 * Parties (customers, persons and enterprises) and their accounts: create one or a batch,
 * idempotently on the institution's id, read, and search.
 */
package org.digifin.server.party;
