package org.digifin.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that start a server or open the database. */
final class ServerOptions {

  @Option(
      names = "--port",
      description = "HTTP port (default: ${DEFAULT-VALUE}).",
      defaultValue = "${env:SERVER_PORT:-8080}")
  int port;

  @Option(
      names = "--data-dir",
      description =
          "Where embedded PostgreSQL, logs and first-start secrets live (default: ${DEFAULT-VALUE}).",
      defaultValue = "${env:DIGIFIN_DATA_DIR:-data}")
  Path dataDir;

  /** Spring arguments for these options. */
  List<String> springArgs() {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--digifin.data-dir=" + dataDir.toAbsolutePath());
    return args;
  }
}
