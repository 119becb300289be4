package org.digifin.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the server with SIGKILL while it is ingesting a large batch, restarts it on the same data,
 * and proves that every acknowledged batch is complete and the interrupted one is all or nothing.
 *
 * <p>The proof goes through the API: replaying a batch reports how many of its rows were already
 * stored. An acknowledged batch must report all of them; the interrupted one all or none.
 */
class CrashRecoveryE2E {

  /** Acknowledged batches go the direct COPY path; the interrupted one, larger, through staging. */
  private static final int ROWS = 20_000;

  private static final int INTERRUPTED_ROWS = 200_000;
  private static final Pattern COUNTS =
      Pattern.compile("\"inserted\":(\\d+),\"duplicates\":(\\d+)");

  @TempDir Path data;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void killDuringIngestLosesNoAcknowledgedBatchAndKeepsNoPartialOne() throws Exception {
    List<Integer> acknowledged = new ArrayList<>();
    int interrupted;
    String key;
    try (ServerProcess server = ServerProcess.start("serve", data)) {
      server.awaitReady(Duration.ofSeconds(120));
      key = createKey(server);
      for (int batch = 0; batch < 3; batch++) {
        HttpResponse<String> response = send(server, key, batch);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        acknowledged.add(batch);
      }
      interrupted = 3;
      CompletableFuture<HttpResponse<String>> inFlight = sendAsync(server, key, interrupted);
      Thread.sleep(400 + (long) (Math.random() * 800));
      server.kill();
      // Had the batch been acknowledged before the kill, it must be there too.
      if (inFlight.handle((r, e) -> r != null && r.statusCode() == 200).get()) {
        acknowledged.add(interrupted);
      }
    }

    try (ServerProcess server = ServerProcess.start("serve", data)) {
      server.awaitReady(Duration.ofSeconds(120));
      for (int batch : acknowledged) {
        int[] counts = counts(send(server, key, batch));
        assertThat(counts[1]).as("batch %d rows already stored", batch).isEqualTo(size(batch));
      }
      if (!acknowledged.contains(interrupted)) {
        int[] counts = counts(send(server, key, interrupted));
        assertThat(counts[1])
            .as("rows of the interrupted batch that survived")
            .isIn(0, INTERRUPTED_ROWS);
        System.out.printf(
            "crash test: %d batches acknowledged before SIGKILL; the interrupted batch left %d of %d"
                + " rows%n",
            acknowledged.size(), counts[1], INTERRUPTED_ROWS);
      } else {
        System.out.println("crash test: the in-flight batch was acknowledged before SIGKILL");
      }
      server.output().stream()
          .filter(line -> line.contains("from an earlier run"))
          .forEach(line -> System.out.println("crash test: " + line));
      HttpResponse<String> audit =
          http.send(
              HttpRequest.newBuilder(URI.create(server.base() + "/api/audit/verify"))
                  .header("X-API-Key", key)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(audit.body()).contains("\"intact\":true");
    }
  }

  private String createKey(ServerProcess server) throws Exception {
    String password = Files.readString(data.resolve("initial-admin-password")).trim();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/api/admin/api-keys"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString("{\"name\":\"e2e\",\"roles\":[\"ADMIN\"]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"key\":\"([^\"]+)\"").matcher(response.body());
    assertThat(m.find()).as(response.body()).isTrue();
    return m.group(1);
  }

  private static int size(int batch) {
    return batch == 3 ? INTERRUPTED_ROWS : ROWS;
  }

  private static byte[] batch(int n) {
    StringBuilder body = new StringBuilder(size(n) * 180);
    for (int i = 0; i < size(n); i++) {
      body.append("{\"id\":\"CR-")
          .append(n)
          .append('-')
          .append(i)
          .append("\",\"timestamp\":\"2026-11-01T08:00:00Z\",\"payer\":\"A")
          .append(i % 500)
          .append("\",\"payee\":\"B")
          .append(i % 700)
          .append("\",\"amount\":\"")
          .append(1 + i % 9999)
          .append(".25\",\"currency\":\"CNY\",\"channel\":\"MOBILE\",\"type\":\"TRANSFER\"}\n");
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private HttpRequest request(ServerProcess server, String key, int n) {
    return HttpRequest.newBuilder(URI.create(server.base() + "/api/transactions/batch"))
        .header("X-API-Key", key)
        .header("Content-Type", "application/x-ndjson")
        .timeout(Duration.ofMinutes(2))
        .POST(HttpRequest.BodyPublishers.ofByteArray(batch(n)))
        .build();
  }

  private HttpResponse<String> send(ServerProcess server, String key, int n) throws Exception {
    return http.send(request(server, key, n), HttpResponse.BodyHandlers.ofString());
  }

  private CompletableFuture<HttpResponse<String>> sendAsync(
      ServerProcess server, String key, int n) {
    return http.sendAsync(request(server, key, n), HttpResponse.BodyHandlers.ofString());
  }

  private static int[] counts(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Matcher m = COUNTS.matcher(response.body());
    assertThat(m.find()).as(response.body()).isTrue();
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }
}
