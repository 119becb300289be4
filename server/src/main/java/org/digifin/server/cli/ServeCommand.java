package org.digifin.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the server. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the Digifin server.",
      "With no DIGIFIN_DB_URL it starts embedded PostgreSQL with its data under --data-dir/pg."
    })
final class ServeCommand implements Runnable {

  @Mixin ServerOptions server;

  @Override
  public void run() {
    ServerLauncher.startServer(server.springArgs());
    System.out.printf("%n  Digifin is running at http://localhost:%d/%n%n", server.port);
  }
}
