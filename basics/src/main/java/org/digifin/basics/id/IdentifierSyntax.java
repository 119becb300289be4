package org.digifin.basics.id;

import java.util.regex.Pattern;
import org.digifin.basics.Checks;

/**
 * The syntax every Digifin identifier shares: 1 to 64 characters of letters, digits and {@code . _
 * : -}, starting with a letter or digit. Institutions' own numbers fit; whitespace, slashes and
 * control characters, which break URLs, CSV and logs, do not.
 */
public final class IdentifierSyntax {

  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  private IdentifierSyntax() {}

  /** Returns {@code value} or fails with code {@code id.invalid} on {@code field}. */
  public static String check(String value, String field) {
    Checks.notNull(value, field);
    Checks.check(
        SYNTAX.matcher(value).matches(),
        "id.invalid",
        field,
        field
            + " must be 1-"
            + MAX_LENGTH
            + " letters, digits or . _ : - starting with a letter or digit");
    return value;
  }
}
