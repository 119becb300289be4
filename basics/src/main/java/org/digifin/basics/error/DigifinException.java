package org.digifin.basics.error;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Base of Digifin's unchecked exceptions. The code is stable across releases and is what clients
 * match on; the message is for people and may change.
 */
public abstract class DigifinException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  private final String code;
  private final String field;

  protected DigifinException(String code, String field, String message) {
    this(code, field, message, null);
  }

  protected DigifinException(String code, String field, String message, Throwable cause) {
    super(message, cause);
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("error code must be dotted lower_snake_case: " + code);
    }
    this.code = code;
    this.field = field;
  }

  /** The stable error code, e.g. {@code transaction.amount.scale}. */
  public String code() {
    return code;
  }

  /** The input field at fault, when one is. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
