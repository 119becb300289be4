package org.digifin.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.digifin.server.security.ApiKeyStore;
import org.digifin.server.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the server's integration tests: one application on a random port over one embedded
 * PostgreSQL in a fresh directory, shared by every test class in the JVM (Spring caches the
 * context). Tests use their own ids so they do not depend on each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerTestSupport {

  private static final Path DATA_DIR = createDataDir();
  private static final Map<Role, String> KEYS = new ConcurrentHashMap<>();

  @LocalServerPort protected int port;
  @Autowired protected ApiKeyStore apiKeys;

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("digifin.data-dir", DATA_DIR::toString);
    registry.add("logging.file.name", () -> DATA_DIR.resolve("logs/digifin.jsonl").toString());
  }

  private static Path createDataDir() {
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      return Files.createTempDirectory(target.toAbsolutePath(), "it-data-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data directory of the shared server. */
  protected static Path dataDir() {
    return DATA_DIR;
  }

  /** An API key holding exactly {@code role}, created once per JVM. */
  protected String key(Role role) {
    return KEYS.computeIfAbsent(
        role, r -> apiKeys.create("test-" + r.name(), EnumSet.of(r), "test").key());
  }

  protected String adminPassword() {
    try {
      return Files.readString(DATA_DIR.resolve("initial-admin-password")).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** Sends {@code method path} with {@code body} as {@code role} (null for no credentials). */
  protected HttpResponse<String> call(
      String method, String path, Role role, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (role != null) {
      request.header("X-API-Key", key(role));
    }
    return send(request.build());
  }

  protected HttpResponse<String> get(String path, Role role) {
    return call("GET", path, role, null, null);
  }

  protected HttpResponse<String> postJson(String path, Role role, String body) {
    return call("POST", path, role, "application/json", body);
  }

  protected HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
