package org.digifin.server.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** How the CLI reaches a running server. */
final class RemoteOptions {

  @Option(
      names = "--url",
      description = "Server URL (default: ${DEFAULT-VALUE}).",
      defaultValue = "${env:DIGIFIN_URL:-http://localhost:8080}")
  URI url = URI.create("http://localhost:8080");

  @Option(
      names = "--api-key",
      description = "API key (default: $DIGIFIN_API_KEY).",
      defaultValue = "${env:DIGIFIN_API_KEY}")
  String apiKey;

  @Option(
      names = "--user",
      description = "User for HTTP Basic when no API key is given (default: ${DEFAULT-VALUE}).",
      defaultValue = "${env:DIGIFIN_USER:-admin}")
  String user = "admin";

  @Option(
      names = "--password",
      description =
          "Password for --user (default: $DIGIFIN_PASSWORD, else data/initial-admin-password).",
      defaultValue = "${env:DIGIFIN_PASSWORD}")
  String password;

  ApiClient client() {
    return new ApiClient(url, apiKey, user, password);
  }
}
