package org.digifin.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.digifin.server.ServerTestSupport;
import org.digifin.server.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's pages and chart data over plain HTTP, so they are checked where no browser is
 * installed too; {@link ConsoleBrowserTest} covers what needs one (scripts, focus, layout).
 */
class ConsolePagesTest extends ServerTestSupport {

  private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  private final String person = "CP" + run + "-P";
  private final String account = "CP" + run + "-A";
  private final String other = "CP" + run + "-B";
  private ConsoleHttpSession zh;

  @BeforeEach
  void seedAndLogin() {
    post(
        "/api/parties",
        """
        {"id":"%s","kind":"PERSON","name":"李建国%s","bornOrFounded":"1960-05-04","region":"110000"}"""
            .formatted(person, run));
    post(
        "/api/accounts",
        """
        {"id":"%s","owner":"%s","type":"SAVINGS","currency":"CNY","openedOn":"2019-01-01"}"""
            .formatted(account, person));
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rows.add(
          """
          {"id":"CP%s-%d","timestamp":"2025-03-0%dT10:00:00+08:00","payer":"%s","payee":"%s",\
          "amount":"%d.50","currency":"CNY","channel":"POS","type":"CARD"}"""
              .formatted(run, i, i + 1, account, other, 100 * (i + 1)));
    }
    post("/api/transactions/batch", "[" + String.join(",", rows) + "]");
    zh = new ConsoleHttpSession(uri("/"), "zh-CN");
    zh.login(adminPassword());
  }

  @Test
  void customerSearchFindsByNameFragmentAndLinksToTheProfile() {
    HttpResponse<String> list = zh.get("/customers?q=" + "建国" + run + "&kind=PERSON&region=110000");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("李建国" + run, "/customers/" + person, "个人", "查找客户");

    HttpResponse<String> none = zh.get("/customers?q=" + run + "&kind=ENTERPRISE");
    assertThat(none.body()).contains("没有找到记录").doesNotContain("/customers/" + person);

    HttpResponse<String> profile = zh.get("/customers/" + person);
    assertThat(profile.body()).contains("李建国" + run, account, "储蓄", "300.50 CNY", "POS 终端");
    assertThat(profile.body()).doesNotContain("id=\"pager-next\"");
  }

  @Test
  void unknownCustomerIsNotFound() {
    HttpResponse<String> missing = zh.get("/customers/no-such-" + run);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("未找到客户", "no-such-" + run);
  }

  @Test
  void transactionSearchFiltersPagesAndLinksToTheOwner() {
    String base = "/transactions?account=" + account + "&channel=pos&type=CARD";
    HttpResponse<String> all = zh.get(base + "&size=2");
    assertThat(all.body())
        .contains("CP" + run + "-2", "CP" + run + "-1", "/customers/" + person, "id=\"pager-next\"")
        .doesNotContain("CP" + run + "-0<");
    assertThat(zh.get(base + "&size=2&page=1").body())
        .contains("CP" + run + "-0", "id=\"pager-prev\"")
        .doesNotContain("id=\"pager-next\"");

    HttpResponse<String> ranged = zh.get(base + "&from=2025-03-02&to=2025-03-02&min=150&max=250");
    assertThat(ranged.body()).contains("CP" + run + "-1").doesNotContain("CP" + run + "-2<");

    HttpResponse<String> invalid = zh.get(base + "&from=yesterday&min=-3");
    assertThat(invalid.statusCode()).isEqualTo(200);
    assertThat(invalid.body()).contains("以下筛选条件无效", "aria-invalid=\"true\"", "开始日期", "最小金额");
  }

  @Test
  void languageAndElderModeAreRememberedInCookies() {
    ConsoleHttpSession session = new ConsoleHttpSession(uri("/"), "zh-CN");
    session.login(adminPassword());
    assertThat(session.get("/transactions?lang=en").body()).contains("Minimum amount");
    assertThat(session.get("/customers").body()).contains("Find customers", "lang=\"en\"");
    assertThat(session.get("/?elder=on").body()).contains("class=\"elder\"", "Standard view");
    assertThat(session.get("/customers?lang=zh").body())
        .contains("查找客户", "class=\"elder\"", "标准模式");
    assertThat(session.get("/?elder=off").body()).doesNotContain("class=\"elder\"");
  }

  @Test
  void tilesFragmentAndChartDataServeTheOverview() {
    HttpResponse<String> tiles = zh.get("/console/tiles");
    assertThat(tiles.body())
        .contains("id=\"tiles\"", "hx-trigger=\"every 5s\"", "id=\"count-transactions\"")
        .doesNotContain("<html");

    assertThat(zh.get("/console/api/charts/volume-by-channel").body())
        .contains("\"labels\":[", "POS 终端", "\"count\":[", "\"amount\":[");
    assertThat(zh.get("/console/api/charts/volume-by-hour").body()).contains("\"23\"");
    String minutes = zh.get("/console/api/charts/ingest-rate?minutes=10").body();
    assertThat(minutes).matches("\\{\"labels\":\\[(\"\\d\\d:\\d\\d\",?){10}\\].*");
    assertThat(zh.get("/console/api/charts/top-counterparties?by=count").body())
        .contains("\"labels\":[");
  }

  @Test
  void consolePagesNeedALogin() {
    ConsoleHttpSession anonymous = new ConsoleHttpSession(uri("/"), "en");
    for (String path :
        List.of(
            "/customers",
            "/transactions",
            "/console/tiles",
            "/console/api/charts/volume-by-hour")) {
      HttpResponse<String> response = anonymous.get(path);
      assertThat(response.uri().getPath()).as(path).isEqualTo("/login");
    }
  }

  private void post(String path, String body) {
    HttpResponse<String> response = postJson(path, Role.ADMIN, body);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
  }
}
