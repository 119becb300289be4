package org.digifin.server.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.digifin.server.demo.DemoBank;
import org.digifin.server.demo.DemoReplay;
import org.digifin.server.demo.DemoSettings;
import org.digifin.server.security.InitialAdmin;
import org.digifin.synth.simulate.SimulationSize;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the server with a simulated bank replaying through it, and prints where to look. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start Digifin on embedded PostgreSQL with a simulated bank: its customers and accounts are"
          + " loaded, a month of its transactions is replayed through ingest, and new days keep"
          + " coming while it runs.",
      "Data is kept under --data-dir; a restart replays the same bank and skips what is stored."
    })
final class DemoCommand implements Runnable {

  @Mixin ServerOptions server;

  @Option(
      names = "--size",
      description = "small (2,000 customers), medium (20,000) or large (200,000); default small.")
  String size;

  @Option(names = "--seed", description = "Seed of the simulated bank.")
  Long seed;

  @Option(
      names = "--day-seconds",
      description =
          "Once the month is in, seconds between simulated days (default: ${DEFAULT-VALUE}).",
      defaultValue = "30")
  long daySeconds;

  @Override
  public void run() {
    long started = System.nanoTime();
    DemoSettings settings =
        DemoSettings.resolve(
            server.dataDir,
            Optional.ofNullable(size).map(SimulationSize::parse),
            Optional.ofNullable(seed),
            LocalDate.now());
    var args = server.springArgs();
    args.add("--digifin.demo.day-seconds=" + daySeconds);
    ConfigurableApplicationContext context = ServerLauncher.startServer(args);
    settings.write(server.dataDir);
    DemoReplay replay = context.getBean(DemoBank.class).start(settings);
    String password =
        context
            .getBean(InitialAdmin.class)
            .unchangedPassword()
            .orElse("(changed since the first start; the initial-admin-password file is gone)");
    System.out.printf(
        Locale.ROOT,
        """

          Digifin demo is ready (%.1f s).
            Console:   http://localhost:%d/
            API docs:  http://localhost:%d/swagger-ui.html
            User:      %s
            Password:  %s
            Bank:      %s, seed %d, from %s (data in %s)
          Replaying its transactions now; the console fills as they arrive. Stop with Ctrl-C.

        """,
        (System.nanoTime() - started) / 1e9,
        server.port,
        server.port,
        InitialAdmin.USERNAME,
        password,
        settings.size().name().toLowerCase(Locale.ROOT),
        settings.seed(),
        settings.start(),
        server.dataDir.toAbsolutePath());
    watch(replay);
  }

  /** A live counter until the month is in; the server and the replay go on after. */
  private void watch(DemoReplay replay) {
    boolean terminal = System.console() != null;
    long last = 0;
    long lastTime = System.nanoTime();
    long lastPrinted = 0;
    while (!replay.caughtUp() && ServerLauncher.serverRunning()) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long now = System.nanoTime();
      long replayed = replay.replayed();
      double rate = (replayed - last) / ((now - lastTime) / 1e9);
      last = replayed;
      lastTime = now;
      String line =
          String.format(
              Locale.ROOT,
              "  replaying %s: %,d transactions (%,d new), %,.0f/s",
              replay.currentDay(),
              replayed,
              replay.ingested(),
              rate);
      if (terminal) {
        System.out.print("\r" + line + "   ");
        System.out.flush();
      } else if (now - lastPrinted > 5_000_000_000L) {
        System.out.println(line);
        lastPrinted = now;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s  month replayed: %,d transactions (%,d new this run); a new simulated day follows every"
            + " few seconds.%n",
        terminal ? "\n" : "",
        replay.replayed(),
        replay.ingested());
  }
}
