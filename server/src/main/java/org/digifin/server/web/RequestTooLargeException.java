package org.digifin.server.web;

import org.digifin.basics.error.DigifinException;

/** The request body exceeds the limit for its route (HTTP 413). */
public final class RequestTooLargeException extends DigifinException {

  private static final long serialVersionUID = 1L;

  public RequestTooLargeException(long limit) {
    super("request.too_large", null, "request body exceeds the limit of " + limit + " bytes");
  }
}
