package org.digifin.server.ingest;

/** What a batch does with a bad row. */
public enum IngestMode {
  /** One bad row refuses the whole batch; nothing is written. The default. */
  ALL_OR_NOTHING,
  /** Good rows are written; each bad row is reported. */
  PARTIAL
}
