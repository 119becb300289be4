package org.digifin.server.ingest;

import org.digifin.basics.error.DigifinException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns one payload, or the failure to read it, into an {@link IngestRow}: shared by the readers.
 */
final class PayloadRows {

  private final TimestampParser timestamps;

  PayloadRows(TimestampParser timestamps) {
    this.timestamps = timestamps;
  }

  IngestRow toRow(long line, TransactionPayload payload) {
    try {
      return IngestRow.valid(line, payload.toTransaction(timestamps));
    } catch (DigifinException e) {
      return IngestRow.invalid(
          new RowError(line, payload.id(), e.code(), e.field().orElse(null), e.getMessage()));
    }
  }

  static IngestRow unreadable(long line, JacksonException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      String field = unknown.getPropertyName();
      return IngestRow.invalid(
          new RowError(
              line, null, "request.unknown_field", field, "unknown field '" + field + "'"));
    }
    return IngestRow.invalid(
        new RowError(
            line, null, "request.malformed_json", null, firstLine(e.getOriginalMessage())));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
