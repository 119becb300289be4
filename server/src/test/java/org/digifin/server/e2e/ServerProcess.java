package org.digifin.server.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code digifin-exec.jar}) run as a separate process, as a user runs it, so
 * end-to-end tests can kill it like a crash would.
 */
final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final List<String> output = new CopyOnWriteArrayList<>();
  final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  output.add(line);
                }
              } catch (IOException e) {
                output.add("<output closed: " + e.getMessage() + ">");
              }
            },
            "server-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code digifin <command> --port <free> --data-dir <dataDir>}. */
  static ServerProcess start(String command, Path dataDir, String... extra) {
    Path jar = Path.of(System.getProperty("digifin.jar", "target/digifin-exec.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: run the e2e suite through Maven (-Pe2e)");
    }
    int port = freePort();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.add("-jar");
    cmd.add(jar.toAbsolutePath().toString());
    cmd.add(command);
    cmd.add("--port");
    cmd.add(Integer.toString(port));
    cmd.add("--data-dir");
    cmd.add(dataDir.toAbsolutePath().toString());
    cmd.addAll(List.of(extra));
    try {
      ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
      builder.environment().remove("DIGIFIN_DB_URL");
      return new ServerProcess(builder.start(), port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until a line containing {@code text} is printed; returns the output so far. */
  List<String> awaitOutput(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (output.stream().anyMatch(l -> l.contains(text))) {
        return List.copyOf(output);
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited early:\n" + String.join("\n", output));
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "no '" + text + "' within " + timeout + ":\n" + String.join("\n", output));
  }

  /** Waits for the readiness probe to answer UP. */
  void awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited early:\n" + String.join("\n", output));
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("UP")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "not ready within " + timeout + ":\n" + String.join("\n", output));
  }

  String base() {
    return "http://localhost:" + port;
  }

  List<String> output() {
    return List.copyOf(output);
  }

  /** SIGKILL: no shutdown hooks, no chance to finish anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM: an orderly shutdown. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
