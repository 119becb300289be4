/**
 * The database: embedded PostgreSQL by default (data under {@code ./data/pg}, kept across
 * restarts), or an external server named by {@code DIGIFIN_DB_URL}. Schema by Flyway; access by
 * {@code JdbcClient} with plain SQL.
 */
package org.digifin.server.db;
