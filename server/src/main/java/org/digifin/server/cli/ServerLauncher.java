package org.digifin.server.cli;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.digifin.server.DigifinApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for the CLI, as a web server or as a headless context. */
final class ServerLauncher {

  private static final AtomicReference<ConfigurableApplicationContext> RUNNING =
      new AtomicReference<>();

  private ServerLauncher() {}

  /** Starts the web server; it keeps running after this returns. */
  static ConfigurableApplicationContext startServer(List<String> args) {
    ConfigurableApplicationContext context =
        SpringApplication.run(DigifinApplication.class, args.toArray(String[]::new));
    RUNNING.set(context);
    return context;
  }

  /** Starts the application without a web server, to work on the database directly. */
  static ConfigurableApplicationContext startHeadless(List<String> args) {
    SpringApplication app = new SpringApplication(DigifinApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    return app.run(args.toArray(String[]::new));
  }

  static boolean serverRunning() {
    ConfigurableApplicationContext context = RUNNING.get();
    return context != null && context.isActive();
  }
}
