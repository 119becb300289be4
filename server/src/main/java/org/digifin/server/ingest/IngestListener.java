package org.digifin.server.ingest;

/**
 * Told about each ingest batch after its database transaction has committed, on the ingesting
 * thread: an implementation must return quickly (hand work to its own thread) and never throw.
 */
public interface IngestListener {

  /** Called once {@code report}'s batch is durable. */
  void committed(IngestReport report);
}
