/** End-to-end ingest benchmark: NDJSON batches over HTTP into embedded PostgreSQL. */
package org.digifin.bench.ingest;
