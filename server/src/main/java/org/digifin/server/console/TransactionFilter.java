package org.digifin.server.console;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.TransactionType;
import org.digifin.server.ingest.TransactionQuery;

/**
 * The transaction search form as typed: every field text, blank meaning no filter. Dates are whole
 * days in the server's zone, both ends included.
 *
 * @param account payer or payee account id
 * @param from first day (yyyy-MM-dd)
 * @param to last day (yyyy-MM-dd)
 * @param channel a {@link Channel} name
 * @param type a {@link TransactionType} name
 * @param min smallest amount
 * @param max largest amount
 */
public record TransactionFilter(
    String account, String from, String to, String channel, String type, String min, String max) {

  /** The query these fields ask for; each field that does not parse adds its name to errors. */
  TransactionQuery toQuery(ZoneId zone, List<String> errors) {
    LocalDate fromDay = day(from, "from", errors);
    LocalDate toDay = day(to, "to", errors);
    Instant start = fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant();
    Instant end = toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant();
    return new TransactionQuery(
        blankToNull(account),
        start,
        end,
        code(channel, Channel.class, "channel", errors),
        code(type, TransactionType.class, "type", errors),
        amount(min, "min", errors),
        amount(max, "max", errors));
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static LocalDate day(String text, String field, List<String> errors) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(field);
      return null;
    }
  }

  private static BigDecimal amount(String text, String field, List<String> errors) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(value.replace(",", ""));
      if (amount.signum() < 0) {
        errors.add(field);
        return null;
      }
      return amount;
    } catch (NumberFormatException e) {
      errors.add(field);
      return null;
    }
  }

  private static <E extends Enum<E>> String code(
      String text, Class<E> type, String field, List<String> errors) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT)).name();
    } catch (IllegalArgumentException e) {
      errors.add(field);
      return null;
    }
  }
}
