package org.digifin.synth.simulate;

/** The file formats {@link SimulationWriter} writes transactions and labels in. */
public enum OutputFormat {
  /** One JSON object per line ({@code .ndjson}). */
  NDJSON,
  /** Comma-separated with a header row ({@code .csv}). */
  CSV
}
