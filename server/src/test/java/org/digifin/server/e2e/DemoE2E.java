package org.digifin.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code digifin demo} as a new user meets it: ready within 90 s with URL and credentials printed,
 * the credentials work, the month of the simulated bank is replayed within a minute or so, and a
 * restart finds all of it still stored.
 */
class DemoE2E {

  private static final Pattern PASSWORD = Pattern.compile("Password:\\s+(\\S+)");
  private static final Pattern REPLAYED =
      Pattern.compile("month replayed: ([\\d,]+) transactions \\(([\\d,]+) new this run\\)");

  @TempDir Path data;

  @Test
  void demoStartsReplaysTheBankAndKeepsItAcrossRestarts() throws Exception {
    String password;
    String replayed;
    try (ServerProcess demo = ServerProcess.start("demo", data)) {
      String ready =
          String.join("\n", demo.awaitOutput("Digifin demo is ready", Duration.ofSeconds(90)));
      assertThat(ready)
          .contains("Console:   http://localhost:" + demo.port + "/", "User:      admin");
      password = find(PASSWORD, ready, 1);
      assertThat(get(demo, "/api/me", password).statusCode()).isEqualTo(200);

      String text = String.join("\n", demo.awaitOutput("month replayed", Duration.ofSeconds(120)));
      replayed = find(REPLAYED, text, 1);
      assertThat(find(REPLAYED, text, 2)).isEqualTo(replayed);
      assertThat(Long.parseLong(replayed.replace(",", ""))).isGreaterThan(50_000);
      assertThat(get(demo, "/api/transactions?size=1", password).body()).contains("\"id\":\"T");
    }
    try (ServerProcess demo = ServerProcess.start("demo", data)) {
      String text = String.join("\n", demo.awaitOutput("month replayed", Duration.ofSeconds(120)));
      assertThat(text).contains("Password:  " + password);
      // Everything of the first run is stored; only the day(s) after it are new.
      long newAfterRestart = Long.parseLong(find(REPLAYED, text, 2).replace(",", ""));
      assertThat(newAfterRestart)
          .as("new transactions after a restart")
          .isLessThan(Long.parseLong(replayed.replace(",", "")) / 10);
      assertThat(get(demo, "/api/audit/verify", password).body()).contains("\"intact\":true");
    }
  }

  private static String find(Pattern pattern, String text, int group) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as("%s in:%n%s", pattern, text).isTrue();
    return m.group(group);
  }

  private static HttpResponse<String> get(ServerProcess demo, String path, String password)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(demo.base() + path))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
