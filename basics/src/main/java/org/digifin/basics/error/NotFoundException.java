package org.digifin.basics.error;

/** A referenced entity does not exist. */
public class NotFoundException extends DigifinException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String code, String field, String message) {
    super(code, field, message);
  }

  public NotFoundException(String code, String field, String message, Throwable cause) {
    super(code, field, message, cause);
  }
}
