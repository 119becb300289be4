package org.digifin.basics.error;

/** The request contradicts stored state, such as a transaction id reused with different content. */
public class ConflictException extends DigifinException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String code, String field, String message) {
    super(code, field, message);
  }

  public ConflictException(String code, String field, String message, Throwable cause) {
    super(code, field, message, cause);
  }
}
