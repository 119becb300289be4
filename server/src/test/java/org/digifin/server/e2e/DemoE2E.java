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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code digifin demo} as a new user meets it: healthy within 90 s with URL and credentials
 * printed, the credentials work, and a restart keeps the data.
 */
class DemoE2E {

  private static final Pattern PASSWORD = Pattern.compile("Password:\\s+(\\S+)");
  private static final Pattern TRANSACTIONS = Pattern.compile("([\\d,]+) transactions");

  @TempDir Path data;

  @Test
  void demoStartsPrintsCredentialsAndKeepsDataAcrossRestarts() throws Exception {
    String password;
    String firstCount;
    try (ServerProcess demo = ServerProcess.start("demo", data)) {
      long started = System.nanoTime();
      List<String> output = demo.awaitOutput("Digifin demo is ready", Duration.ofSeconds(90));
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(90));
      String text = String.join("\n", output);
      assertThat(text)
          .contains("Console:   http://localhost:" + demo.port + "/", "User:      admin");
      password = find(PASSWORD, text);
      firstCount = find(TRANSACTIONS, text);
      assertThat(firstCount).isNotEqualTo("0");
      assertThat(me(demo, password).statusCode()).isEqualTo(200);
    }
    try (ServerProcess demo = ServerProcess.start("demo", data)) {
      String text =
          String.join("\n", demo.awaitOutput("Digifin demo is ready", Duration.ofSeconds(90)));
      assertThat(text).contains("kept from an earlier run", "Password:  " + password);
      assertThat(find(TRANSACTIONS, text)).isEqualTo(firstCount);
      assertThat(me(demo, password).body()).contains("\"name\":\"admin\"");
    }
  }

  private static String find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as("%s in:%n%s", pattern, text).isTrue();
    return m.group(1);
  }

  private static HttpResponse<String> me(ServerProcess demo, String password) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(demo.base() + "/api/me"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
