package org.digifin.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digifin.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/** The console behind its form login, in Chinese by default and English on request. */
class ConsoleControllerTest extends ServerTestSupport {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  private HttpResponse<String> fetch(HttpClient browser, HttpRequest request) throws Exception {
    return browser.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> login(HttpClient browser, String password, String language)
      throws Exception {
    HttpResponse<String> page =
        fetch(
            browser,
            HttpRequest.newBuilder(uri("/login"))
                .header("Accept", "text/html")
                .header("Accept-Language", language)
                .build());
    Matcher csrf = CSRF.matcher(page.body());
    assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
    String form =
        "username=admin&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    return fetch(
        browser,
        HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  @Test
  void overviewNeedsLoginAndShowsCountsInChinese() throws Exception {
    HttpClient browser = browser();
    HttpResponse<String> anonymous =
        fetch(browser, HttpRequest.newBuilder(uri("/")).header("Accept", "text/html").build());
    assertThat(anonymous.uri().getPath()).isEqualTo("/login");

    HttpResponse<String> overview = login(browser, adminPassword(), "zh-CN");
    assertThat(overview.uri().getPath()).isEqualTo("/");
    assertThat(overview.body()).contains("总览", "交易", "id=\"count-transactions\"", "审计日志");
  }

  @Test
  void englishWhenTheBrowserAsksForIt() throws Exception {
    HttpResponse<String> overview = login(browser(), adminPassword(), "en-GB,en;q=0.9");
    assertThat(overview.body()).contains("Overview", "Transactions", "Audit trail");
  }

  @Test
  void wrongPasswordStaysOnTheLoginPage() throws Exception {
    HttpResponse<String> page = login(browser(), "not-the-password", "en");
    assertThat(page.uri().getPath()).isEqualTo("/login");
    assertThat(page.body()).contains("Wrong user name or password");
  }

  @Test
  void openApiDocumentDescribesTheApiToAuthenticatedUsersOnly() throws Exception {
    HttpResponse<String> anonymous =
        fetch(browser(), HttpRequest.newBuilder(uri("/v3/api-docs")).build());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(("admin:" + adminPassword()).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> docs =
        fetch(
            browser(),
            HttpRequest.newBuilder(uri("/v3/api-docs"))
                .header("Authorization", "Basic " + basic)
                .build());
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/transactions/batch", "/api/audit/verify");
  }
}
