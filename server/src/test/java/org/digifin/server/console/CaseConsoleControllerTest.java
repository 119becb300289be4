package org.digifin.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.digifin.server.ServerTestSupport;
import org.digifin.server.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The case list, a case's page (reasons, graph data, timeline) and the rules page. */
class CaseConsoleControllerTest extends ServerTestSupport {

  @Autowired ObjectMapper json;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void casePagesShowTheAlertItsReasonsAndTheGraph() throws InterruptedException {
    String party = "CC-" + run;
    postJson(
        "/api/parties",
        Role.ADMIN,
        """
        {"id":"%s","kind":"PERSON","name":"周桂兰","bornOrFounded":"1948-06-01","region":"110000"}"""
            .formatted(party));
    postJson(
        "/api/accounts",
        Role.ADMIN,
        """
        {"id":"CC-ACC-%s","owner":"%s","type":"SAVINGS","currency":"CNY","openedOn":"2012-01-01"}"""
            .formatted(run, party));
    String tx = "CC-T-" + run;
    postJson(
        "/api/transactions",
        Role.ADMIN,
        """
        {"id":"%s","timestamp":"2026-04-01T09:00:00+08:00","payer":"CC-ACC-%s",
         "payee":"CC-EXT-%s","amount":"50000","currency":"CNY","channel":"MOBILE",
         "type":"TRANSFER"}"""
            .formatted(tx, run, run));
    long caseId = -1;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (caseId < 0 && Instant.now().isBefore(deadline)) {
      JsonNode items =
          json.readTree(get("/api/risk/cases?party=" + party, Role.AUDITOR).body()).path("items");
      if (items.size() > 0) {
        caseId = items.get(0).path("id").asLong();
      } else {
        Thread.sleep(100);
      }
    }
    assertThat(caseId).as("a case for " + party).isPositive();

    ConsoleHttpSession session = new ConsoleHttpSession(uri("/"), "zh-CN");
    session.login(adminPassword());
    assertThat(session.get("/cases?status=open").body()).contains("案件", "/cases/" + caseId, "周桂兰");
    HttpResponse<String> page = session.get("/cases/" + caseId);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(tx, "elder.new_payee_large", "冷静期", "case-graph", "CC-EXT-" + run, "立案");
    assertThat(session.get("/cases/" + caseId + "?lang=en").body())
        .contains("cooling-off", "Fund flow", "Timeline");
    assertThat(session.get("/rules").body()).contains("elder.new_payee_large", "Precision");
    assertThat(session.get("/cases?elder=on").body()).contains("class=\"elder\"");
    session.get("/?elder=off");
    assertThat(session.get("/cases/987654321").statusCode()).isEqualTo(404);
    assertThat(session.get("/cases/nope").statusCode()).isEqualTo(404);
  }
}
