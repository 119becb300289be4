package org.digifin.server.cli;

import org.digifin.basics.error.DigifinException;
import picocli.CommandLine;

/** Turns failures into one clear line and an exit code, without a stack trace for known errors. */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

  /** Exit code for bad input. */
  static final int USAGE = 2;

  /** Exit code for a failure of the operation itself. */
  static final int FAILED = 1;

  @Override
  public int handleExecutionException(
      Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
    if (e instanceof DigifinException d) {
      command.getErr().println("error [" + d.code() + "]: " + d.getMessage());
      return USAGE;
    }
    if (e instanceof CliException c) {
      command.getErr().println("error: " + c.getMessage());
      return c.exitCode();
    }
    command.getErr().println("error: " + e);
    e.printStackTrace(command.getErr());
    return FAILED;
  }
}
