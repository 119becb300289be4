package org.digifin.server.ingest;

import java.util.Locale;
import org.digifin.basics.error.ValidationException;

/** What a batch does with a bad row. */
public enum IngestMode {
  /** One bad row refuses the whole batch; nothing is written. The default. */
  ALL_OR_NOTHING,
  /** Good rows are written; each bad row is reported. */
  PARTIAL;

  /** Parses {@code all-or-nothing} or {@code partial}; fails with {@code ingest.mode}. */
  public static IngestMode parse(String text) {
    return switch (text == null ? "" : text.toLowerCase(Locale.ROOT)) {
      case "all-or-nothing", "all_or_nothing", "strict" -> ALL_OR_NOTHING;
      case "partial" -> PARTIAL;
      default ->
          throw new ValidationException(
              "ingest.mode", "mode", "mode must be 'all-or-nothing' or 'partial'");
    };
  }
}
