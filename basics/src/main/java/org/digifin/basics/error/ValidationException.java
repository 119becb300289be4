package org.digifin.basics.error;

/**
 * Input that breaks a rule of the domain: a missing field, an amount with too many decimals, an
 * unknown currency.
 */
public class ValidationException extends DigifinException {

  private static final long serialVersionUID = 1L;

  public ValidationException(String code, String field, String message) {
    super(code, field, message);
  }

  public ValidationException(String code, String field, String message, Throwable cause) {
    super(code, field, message, cause);
  }
}
