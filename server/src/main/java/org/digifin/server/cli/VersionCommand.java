package org.digifin.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints the version. */
@Command(name = "version", description = "Print the Digifin version.")
final class VersionCommand implements Runnable {

  @Override
  public void run() {
    System.out.println("digifin " + version());
    System.out.println("java " + System.getProperty("java.version"));
  }

  static String version() {
    String v = DigifinCli.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /** For {@code --version}. */
  static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"digifin " + version()};
    }
  }
}
