package org.digifin.server.console;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the console writes times and amounts: times in the server's zone to the second, amounts with
 * thousands separators and two decimals. Available to templates as {@code fmt}.
 */
public final class ConsoleFormat {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final ZoneId zone;

  ConsoleFormat(ZoneId zone) {
    this.zone = zone;
  }

  /** An ISO instant (as the API writes it) or an offset date-time, in the server's zone. */
  public String time(Object value) {
    if (value == null) {
      return "";
    }
    Instant instant;
    if (value instanceof OffsetDateTime odt) {
      instant = odt.toInstant();
    } else if (value instanceof Instant i) {
      instant = i;
    } else {
      instant = Instant.parse(value.toString());
    }
    return TIME.format(instant.atZone(zone));
  }

  public String money(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount);
  }
}
