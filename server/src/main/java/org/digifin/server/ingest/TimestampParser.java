package org.digifin.server.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import org.digifin.basics.Checks;
import org.digifin.basics.error.ValidationException;

/**
 * Reads transaction timestamps: ISO-8601 with an offset ({@code 2026-11-01T08:00:00Z}, {@code
 * 2026-11-01T16:00:00+08:00}) or a local date-time as core-banking exports write it ({@code
 * 2026-11-01 16:00:00}, {@code 2026-11-01T16:00:00}), taken in the institution's zone.
 */
public final class TimestampParser {

  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .toFormatter();

  private final ZoneId zone;

  public TimestampParser(ZoneId zone) {
    this.zone = Checks.notNull(zone, "zone");
  }

  public Instant parse(String text) {
    Checks.notNull(text, "timestamp");
    try {
      if (text.endsWith("Z") || text.lastIndexOf('+') > 9 || text.lastIndexOf('-') > 9) {
        return OffsetDateTime.parse(text).toInstant();
      }
      return LocalDateTime.parse(text, LOCAL).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new ValidationException(
          "timestamp.format",
          "timestamp",
          "timestamp '" + text + "' is neither ISO-8601 with an offset nor 'yyyy-MM-dd HH:mm:ss'",
          e);
    }
  }
}
