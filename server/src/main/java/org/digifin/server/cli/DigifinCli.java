package org.digifin.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code digifin} command. */
@Command(
    name = "digifin",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "Digifin: an open-source digital-finance platform.",
    subcommands = {
      ServeCommand.class,
      DemoCommand.class,
      ImportCommand.class,
      SimulateCommand.class,
      RiskCommand.class,
      AuditCommand.class,
      VersionCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DigifinCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int exit = run(args);
    if (exit != 0 || !ServerLauncher.serverRunning()) {
      System.exit(exit);
    }
  }

  /** Runs the command line and returns its exit code; the server commands return while it runs. */
  public static int run(String... args) {
    return new CommandLine(new DigifinCli())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new CliErrors())
        .execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
