package org.digifin.server.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.digifin.basics.error.ValidationException;

/**
 * Which column of a file holds which transaction field, so a bank's own export loads without
 * rewriting it: {@code payer=orig_acct,payee=bene_acct}. Fields not mapped are read from the column
 * of the same name.
 */
public final class ColumnMapping {

  /** The transaction fields a file may provide, in the canonical header order. */
  public static final List<String> FIELDS =
      List.of(
          "id",
          "timestamp",
          "payer",
          "payee",
          "amount",
          "currency",
          "channel",
          "type",
          "deviceId",
          "latitude",
          "longitude",
          "counterpartyBank");

  private static final ColumnMapping IDENTITY = new ColumnMapping(Map.of());

  private final Map<String, String> columnByField;

  private ColumnMapping(Map<String, String> columnByField) {
    this.columnByField = Map.copyOf(columnByField);
  }

  /** Every field read from the column of its own name. */
  public static ColumnMapping identity() {
    return IDENTITY;
  }

  /**
   * Parses {@code field=column,field=column}; fails with {@code mapping.unknown_field} for a field
   * Digifin does not know and {@code mapping.format} for a malformed pair.
   */
  public static ColumnMapping parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return IDENTITY;
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (String pair : spec.split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new ValidationException(
            "mapping.format", "map", "mapping '" + pair + "' must read field=column");
      }
      String field = pair.substring(0, eq).trim();
      if (!FIELDS.contains(field)) {
        throw new ValidationException(
            "mapping.unknown_field",
            "map",
            "unknown field '" + field + "'; fields are " + String.join(", ", FIELDS));
      }
      map.put(field, pair.substring(eq + 1).trim());
    }
    return new ColumnMapping(map);
  }

  /** The column that holds {@code field}. */
  public String column(String field) {
    return columnByField.getOrDefault(field, field);
  }
}
