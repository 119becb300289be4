package org.digifin.server.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A small client of the REST API for the CLI; problem responses become {@link CliException}s. */
final class ApiClient {

  private final URI base;
  private final String authorization;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = JsonMapper.builder().build();

  ApiClient(URI base, String apiKey, String user, String password) {
    this.base = base;
    if (apiKey != null && !apiKey.isBlank()) {
      this.authorization = "Bearer " + apiKey.trim();
    } else {
      String secret = password != null ? password : initialPassword();
      this.authorization =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
  }

  <T> T get(String path, Class<T> type) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .GET()
            .build();
    return json.readValue(send(request), type);
  }

  <T> T post(String path, String contentType, byte[] body, Class<T> type) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", authorization)
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .timeout(Duration.ofMinutes(10))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return json.readValue(send(request), type);
  }

  private byte[] send(HttpRequest request) {
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (ConnectException e) {
      throw new CliException(
          "no Digifin server at " + base + " (start one with ./digifin serve, or use --offline)",
          CliErrors.FAILED);
    } catch (IOException e) {
      throw new CliException("request to " + base + " failed: " + e.getMessage(), CliErrors.FAILED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted", CliErrors.FAILED);
    }
    if (response.statusCode() >= 400) {
      throw new CliException(problem(response), CliErrors.FAILED);
    }
    return response.body();
  }

  private String problem(HttpResponse<byte[]> response) {
    try {
      JsonNode problem = json.readTree(response.body());
      StringBuilder text =
          new StringBuilder()
              .append("HTTP ")
              .append(response.statusCode())
              .append(" [")
              .append(problem.path("code").asString("unknown"))
              .append("] ")
              .append(problem.path("detail").asString(""));
      for (JsonNode error : problem.path("errors")) {
        text.append("\n  line ")
            .append(error.path("line").asLong())
            .append(" [")
            .append(error.path("code").asString(""))
            .append("] ")
            .append(error.path("message").asString(""));
      }
      return text.toString();
    } catch (RuntimeException e) {
      return "HTTP " + response.statusCode();
    }
  }

  private static String initialPassword() {
    Path file =
        Path.of(System.getenv().getOrDefault("DIGIFIN_DATA_DIR", "data"), "initial-admin-password");
    try {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new CliException(
          "no credentials: pass --api-key (or DIGIFIN_API_KEY) or --password", CliErrors.USAGE);
    }
  }
}
