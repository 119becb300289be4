package org.digifin.server.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.digifin.server.ServerTestSupport;
import org.digifin.server.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The risk API: assessment, ingest-time alerts and cases, dispositions, rule precision, STR. */
class RiskControllerTest extends ServerTestSupport {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  /** An elderly customer with one account, and a payee account of another customer. */
  private void seedElderly(String party, String account, String payee) {
    assertThat(
            postJson(
                    "/api/parties/batch",
                    Role.ADMIN,
                    """
                    [{"id":"%s","kind":"PERSON","name":"张秀英","bornOrFounded":"1950-04-01",
                      "region":"310000"},
                     {"id":"%s-B","kind":"PERSON","name":"李强","bornOrFounded":"1990-01-01",
                      "region":"310000"}]"""
                        .formatted(party, party))
                .statusCode())
        .isIn(200, 201);
    assertThat(
            postJson(
                    "/api/accounts/batch",
                    Role.ADMIN,
                    """
                    [{"id":"%s","owner":"%s","type":"SAVINGS","currency":"CNY",
                      "openedOn":"2015-01-01"},
                     {"id":"%s","owner":"%s-B","type":"SAVINGS","currency":"CNY",
                      "openedOn":"2015-01-01"}]"""
                        .formatted(account, party, payee, party))
                .statusCode())
        .isIn(200, 201);
  }

  private static String transfer(String id, String payer, String payee, String amount) {
    return """
        {"id":"%s","timestamp":"2026-03-02T10:15:00+08:00","payer":"%s","payee":"%s",
         "amount":"%s","currency":"CNY","channel":"MOBILE","type":"TRANSFER",
         "deviceId":"dev-%s"}"""
        .formatted(id, payer, payee, amount, payer);
  }

  private JsonNode body(HttpResponse<String> response) {
    return json.readTree(response.body());
  }

  @Test
  void assessHoldsAnElderlyCustomersFirstLargePaymentToANewPayee() {
    seedElderly("RA-" + run, "RA-ACC-" + run, "RA-PAYEE-" + run);
    HttpResponse<String> response =
        postJson(
            "/api/risk/assess",
            Role.RISK_ANALYST,
            transfer("RA-T-" + run, "RA-ACC-" + run, "RA-PAYEE-" + run, "20000.00"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode decision = body(response);
    assertThat(decision.path("action").asString()).isEqualTo("HOLD");
    assertThat(decision.path("score").asDouble()).isGreaterThan(0);
    assertThat(decision.path("holdUntil").asString()).isEqualTo("2026-03-03T02:15:00Z");
    JsonNode elder = null;
    for (JsonNode rule : decision.path("rules")) {
      if (rule.path("id").asString().equals("elder.new_payee_large")) {
        elder = rule;
      }
    }
    assertThat(elder).as(response.body()).isNotNull();
    assertThat(elder.path("contribution").asDouble()).isEqualTo(0.6);
    assertThat(elder.path("reasonZh").asString()).contains("冷静期");
    assertThat(elder.path("reasonEn").asString()).contains("cooling-off");
    assertThat(decision.path("features").path("account_prior_payee_90d").asDouble()).isZero();
    assertThat(decision.path("provenance").path("ruleSetId").asString()).isEqualTo("starter");
  }

  @Test
  void badInputGetsProblemCodes() {
    HttpResponse<String> missing = postJson("/api/risk/assess", Role.ADMIN, "{}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(missing.body()).contains("\"code\":\"value.required\"");
    assertThat(
            postJson(
                    "/api/risk/assess",
                    Role.ADMIN,
                    transfer("BAD-" + run, "A-" + run, "B-" + run, "1.234"))
                .body())
        .contains("\"code\":\"amount.scale\"");
    assertThat(postJson("/api/risk/assess", Role.ADMIN, "{not json").body())
        .contains("\"code\":\"request.malformed_json\"");
    assertThat(get("/api/risk/cases?status=maybe", Role.AUDITOR).body())
        .contains("\"code\":\"status.unknown\"");
    assertThat(get("/api/risk/alerts?action=PANIC", Role.AUDITOR).body())
        .contains("\"code\":\"action.unknown\"");
    HttpResponse<String> noCase = get("/api/risk/cases/999999999", Role.AUDITOR);
    assertThat(noCase.statusCode()).isEqualTo(404);
    assertThat(noCase.body()).contains("\"code\":\"case.not_found\"");
    assertThat(
            postJson(
                    "/api/risk/cases/999999999/disposition",
                    Role.RISK_ANALYST,
                    "{\"disposition\":\"MAYBE\"}")
                .body())
        .contains("\"code\":\"disposition.unknown\"");
    assertThat(postJson("/api/risk/assess", Role.AUDITOR, "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void ingestedTransactionsBecomeAlertsAndACaseWhoseDispositionFeedsRulePrecision() {
    String party = "RI-" + run;
    String account = "RI-ACC-" + run;
    String payee = "RI-PAYEE-" + run;
    seedElderly(party, account, payee);
    String txId = "RI-T-" + run;
    assertThat(
            postJson(
                    "/api/transactions", Role.RISK_ANALYST, transfer(txId, account, payee, "30000"))
                .statusCode())
        .isEqualTo(201);

    JsonNode cases = await("/api/risk/cases?party=" + party, page -> page.path("items").size() > 0);
    JsonNode theCase = cases.path("items").get(0);
    assertThat(theCase.path("status").asString()).isEqualTo("OPEN");
    assertThat(theCase.path("partyId").asString()).isEqualTo(party);
    assertThat(theCase.path("alerts").asLong()).isEqualTo(1);
    long caseId = theCase.path("id").asLong();

    JsonNode alerts = body(get("/api/risk/alerts?case=" + caseId, Role.AUDITOR));
    assertThat(alerts.path("items").get(0).path("transactionId").asString()).isEqualTo(txId);
    assertThat(alerts.path("items").get(0).path("action").asString()).isEqualTo("HOLD");
    assertThat(get("/api/risk/alerts?rule=elder.new_payee_large&size=500", Role.AUDITOR).body())
        .contains(txId);

    JsonNode detail = body(get("/api/risk/cases/" + caseId, Role.AUDITOR));
    assertThat(detail.path("transactions").get(0).path("id").asString()).isEqualTo(txId);
    assertThat(detail.path("timeline").toString()).contains("OPENED", "ALERT_HOLD");

    // Not escalated yet: no report.
    HttpResponse<String> early = get("/api/risk/cases/" + caseId + "/report", Role.AUDITOR);
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("\"code\":\"case.not_escalated\"");

    HttpResponse<String> assigned =
        postJson("/api/risk/cases/" + caseId + "/assign", Role.RISK_ANALYST, "{}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    assertThat(body(assigned).path("assignee").asString()).isEqualTo("key:test-RISK_ANALYST");
    assertThat(
            postJson(
                    "/api/risk/cases/" + caseId + "/disposition",
                    Role.RISK_ANALYST,
                    "{\"disposition\":\"ESCALATE\"}")
                .body())
        .contains("\"field\":\"note\"");
    HttpResponse<String> escalated =
        postJson(
            "/api/risk/cases/" + caseId + "/disposition",
            Role.RISK_ANALYST,
            "{\"disposition\":\"ESCALATE\",\"note\":\"客户确认被冒充公检法诈骗\"}");
    assertThat(body(escalated).path("status").asString()).isEqualTo("ESCALATED");

    JsonNode report = body(get("/api/risk/cases/" + caseId + "/report", Role.AUDITOR));
    assertThat(report.path("subject").path("partyId").asString()).isEqualTo(party);
    assertThat(report.path("transactions").get(0).path("id").asString()).isEqualTo(txId);
    assertThat(report.path("transactions").get(0).path("amount").decimalValue())
        .isEqualByComparingTo("30000");
    assertThat(report.path("accounts").toString()).contains(account);
    assertThat(report.path("reasons").has("elder.new_payee_large")).isTrue();
    assertThat(report.path("analystNote").asString()).contains("诈骗");

    HttpResponse<String> closed =
        postJson(
            "/api/risk/cases/" + caseId + "/disposition",
            Role.RISK_ANALYST,
            "{\"disposition\":\"TRUE_POSITIVE\",\"note\":\"reported\"}");
    assertThat(body(closed).path("status").asString()).isEqualTo("CLOSED");
    HttpResponse<String> again =
        postJson(
            "/api/risk/cases/" + caseId + "/disposition",
            Role.RISK_ANALYST,
            "{\"disposition\":\"FALSE_POSITIVE\"}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("\"code\":\"case.closed\"");

    JsonNode rules = body(get("/api/risk/rules", Role.AUDITOR));
    JsonNode elder = null;
    for (JsonNode rule : rules) {
      if (rule.path("id").asString().equals("elder.new_payee_large")) {
        elder = rule;
      }
    }
    assertThat(elder).isNotNull();
    assertThat(elder.path("alerts").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(elder.path("truePositives").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(elder.path("precision").isNumber()).isTrue();

    assertThat(
            jdbc.sql(
                    "SELECT action FROM audit_log WHERE entity_type = 'risk_case'"
                        + " AND entity_id = :id ORDER BY seq")
                .param("id", Long.toString(caseId))
                .query(String.class)
                .list())
        .containsExactly(
            "risk.case.open", "risk.case.assign", "risk.case.dispose", "risk.case.dispose");
  }

  /** Polls {@code path} as an auditor until {@code done} holds for its JSON body. */
  private JsonNode await(String path, Predicate<JsonNode> done) {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      last = body(get(path, Role.AUDITOR));
      if (done.test(last)) {
        return last;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError(
        "no answer as expected from " + path + " in " + PATIENCE + ": " + last);
  }
}
