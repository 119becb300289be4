package org.digifin.server.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.digifin.basics.error.ValidationException;

/**
 * Reads CSV with a header row, taking each field from the column the {@link ColumnMapping} names.
 * Required columns missing from the header fail the whole file before any row is read.
 */
public final class CsvRowReader implements RowReader {

  private static final java.util.List<String> REQUIRED =
      java.util.List.of(
          "id", "timestamp", "payer", "payee", "amount", "currency", "channel", "type");

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final ColumnMapping mapping;
  private final PayloadRows rows;
  private final Map<String, Integer> header;

  public CsvRowReader(InputStream input, ColumnMapping mapping, TimestampParser timestamps) {
    this.mapping = mapping;
    this.rows = new PayloadRows(timestamps);
    try {
      this.parser =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreEmptyLines(true)
              .setTrim(true)
              .get()
              .parse(new InputStreamReader(input, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.header = parser.getHeaderMap();
    for (String field : REQUIRED) {
      String column = mapping.column(field);
      if (!header.containsKey(column)) {
        throw new ValidationException(
            "csv.missing_column",
            field,
            "CSV header lacks column '"
                + column
                + "' for field '"
                + field
                + "'; map it with field=column");
      }
    }
    this.records = parser.iterator();
  }

  @Override
  public boolean hasNext() {
    return records.hasNext();
  }

  @Override
  public IngestRow next() {
    if (!records.hasNext()) {
      throw new NoSuchElementException();
    }
    CSVRecord record = records.next();
    long line = record.getRecordNumber();
    try {
      return rows.toRow(line, payload(record));
    } catch (ValidationException e) {
      return IngestRow.invalid(
          new RowError(line, cell(record, "id"), e.code(), e.field().orElse(null), e.getMessage()));
    }
  }

  private TransactionPayload payload(CSVRecord record) {
    return new TransactionPayload(
        cell(record, "id"),
        cell(record, "timestamp"),
        cell(record, "payer"),
        cell(record, "payee"),
        decimal(cell(record, "amount")),
        cell(record, "currency"),
        cell(record, "channel"),
        cell(record, "type"),
        cell(record, "deviceId"),
        coordinate(cell(record, "latitude"), "latitude"),
        coordinate(cell(record, "longitude"), "longitude"),
        cell(record, "counterpartyBank"));
  }

  private String cell(CSVRecord record, String field) {
    Integer index = header.get(mapping.column(field));
    if (index == null || index >= record.size()) {
      return null;
    }
    String value = record.get(index);
    return value.isEmpty() ? null : value;
  }

  private static BigDecimal decimal(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new ValidationException(
          "amount.format", "amount", "'" + text + "' is not a decimal amount", e);
    }
  }

  private static Double coordinate(String text, String field) {
    if (text == null) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      throw new ValidationException("geo.format", field, "'" + text + "' is not a coordinate", e);
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
