package org.digifin.basics.domain;

import java.util.Locale;
import org.digifin.basics.Checks;
import org.digifin.basics.error.ValidationException;

/** Parses the enums of this package from their names, case-insensitively, with stable errors. */
final class CodedValues {

  private CodedValues() {}

  static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    Checks.notNull(text, field);
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          field + ".unknown", field, "unknown " + field + " '" + text + "'", e);
    }
  }
}
