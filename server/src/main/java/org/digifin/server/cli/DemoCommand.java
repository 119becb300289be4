package org.digifin.server.cli;

import org.digifin.server.demo.DemoBank;
import org.digifin.server.security.InitialAdmin;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the server with a demo bank loaded, and prints where to look. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start Digifin on embedded PostgreSQL with a demo bank, and print the console URL and"
          + " credentials.",
      "Data is kept under --data-dir, so a second run starts where the first stopped."
    })
final class DemoCommand implements Runnable {

  @Mixin ServerOptions server;

  @Option(
      names = "--seed",
      description = "Seed of the demo bank (default: ${DEFAULT-VALUE}).",
      defaultValue = "20261128")
  long seed;

  @Override
  public void run() {
    long started = System.nanoTime();
    ConfigurableApplicationContext context = ServerLauncher.startServer(server.springArgs());
    DemoBank bank = context.getBean(DemoBank.class);
    DemoBank.Loaded loaded = bank.loadIfEmpty(seed);
    InitialAdmin admin = context.getBean(InitialAdmin.class);
    String password =
        admin
            .unchangedPassword()
            .orElse("(changed since the first start; the initial-admin-password file is gone)");
    System.out.printf(
        """

          Digifin demo is ready (%.1f s).
            Console:   http://localhost:%d/
            API docs:  http://localhost:%d/swagger-ui.html
            User:      %s
            Password:  %s
            Demo bank: %,d parties, %,d accounts, %,d transactions%s
          Stop with Ctrl-C; data stays in %s.

        """,
        (System.nanoTime() - started) / 1e9,
        server.port,
        server.port,
        InitialAdmin.USERNAME,
        password,
        loaded.parties(),
        loaded.accounts(),
        loaded.transactions(),
        loaded.fresh() ? "" : " (kept from an earlier run)",
        server.dataDir.toAbsolutePath());
  }
}
