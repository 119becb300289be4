package org.digifin.server.cli;

import java.util.concurrent.Callable;
import org.digifin.server.audit.AuditController.VerificationView;
import org.digifin.server.audit.AuditLog;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Audit trail commands. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Work with the audit trail.",
    subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

  @Override
  public void run() {
    throw new CliException("say which: digifin audit verify", CliErrors.USAGE);
  }

  /** Verifies the hash chain. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Verify the audit trail's hash chain and report the first broken link.",
        "Asks a running server (--url), or with --offline opens the database under --data-dir"
            + " (the server must be stopped)."
      })
  static final class Verify implements Callable<Integer> {

    @ArgGroup(exclusive = false)
    RemoteOptions remote = new RemoteOptions();

    @Mixin ServerOptions server;

    @picocli.CommandLine.Option(
        names = "--offline",
        description = "Open the database directly instead of asking a running server.")
    boolean offline;

    @Override
    public Integer call() {
      VerificationView result;
      if (offline) {
        try (ConfigurableApplicationContext context =
            ServerLauncher.startHeadless(server.springArgs())) {
          result = VerificationView.of(context.getBean(AuditLog.class).verify());
        }
      } else {
        result = remote.client().get("/api/audit/verify", VerificationView.class);
      }
      if (result.intact()) {
        System.out.printf("audit trail intact: %,d entries verified%n", result.verified());
        return 0;
      }
      System.out.printf(
          "audit trail BROKEN at entry %d: %s%n(%,d entries before it verified)%n",
          result.firstBrokenSeq(), result.reason(), result.verified());
      return 3;
    }
  }
}
