package org.digifin.server.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads newline-delimited JSON: one transaction object per line, blank lines skipped. A line that
 * is not valid JSON fails that row only, so partial mode can report it and go on.
 */
public final class NdjsonRowReader implements RowReader {

  private final BufferedReader lines;
  private final ObjectReader reader;
  private final PayloadRows rows;
  private long lineNumber;
  private IngestRow next;

  public NdjsonRowReader(InputStream input, ObjectMapper mapper, TimestampParser timestamps) {
    this.lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
    this.reader = mapper.readerFor(TransactionPayload.class);
    this.rows = new PayloadRows(timestamps);
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    try {
      String line;
      do {
        line = lines.readLine();
        lineNumber++;
        if (line == null) {
          return false;
        }
      } while (line.isBlank());
      next = parse(line);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public IngestRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestRow row = next;
    next = null;
    return row;
  }

  private IngestRow parse(String line) {
    try {
      return rows.toRow(lineNumber, reader.readValue(line));
    } catch (JacksonException e) {
      return PayloadRows.unreadable(lineNumber, e);
    }
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
