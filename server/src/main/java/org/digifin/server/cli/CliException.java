package org.digifin.server.cli;

/** A command failed for a reason the user should read; no stack trace. */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
