package org.digifin.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.digifin.server.ServerTestSupport;
import org.digifin.server.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The transaction API end to end: ingest modes, idempotency, errors, search. */
class TransactionControllerTest extends ServerTestSupport {

  @Autowired JdbcClient jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private String tx(String id, String amount) {
    return tx(id, "A-" + run + "-1", "A-" + run + "-2", amount);
  }

  private String tx(String id, String payer, String payee, String amount) {
    return """
        {"id":"%s","timestamp":"2026-11-01T08:00:00Z","payer":"%s","payee":"%s","amount":"%s",\
        "currency":"CNY","channel":"MOBILE","type":"TRANSFER"}"""
        .formatted(id, payer, payee, amount);
  }

  private String id(int n) {
    return "T-" + run + "-" + n;
  }

  private long stored(String prefix) {
    return jdbc.sql("SELECT count(*) FROM transaction WHERE id LIKE :p")
        .param("p", prefix + "%")
        .query(Long.class)
        .single();
  }

  @Test
  void singleIsIdempotentOnTheClientsId() {
    HttpResponse<String> first =
        postJson("/api/transactions", Role.RISK_ANALYST, tx(id(1), "10.00"));
    HttpResponse<String> replay =
        postJson("/api/transactions", Role.RISK_ANALYST, tx(id(1), "10.00"));
    HttpResponse<String> conflict =
        postJson("/api/transactions", Role.RISK_ANALYST, tx(id(1), "10.01"));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).contains("\"duplicates\":1", "\"inserted\":0");
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(conflict.body()).contains("\"code\":\"transaction.id_conflict\"");
    assertThat(get("/api/transactions/" + id(1), Role.AUDITOR).body()).contains("\"amount\":10.00");
  }

  @Test
  void amountsFinerThanTheMinorUnitAreRefusedWithTheField() {
    HttpResponse<String> response = postJson("/api/transactions", Role.ADMIN, tx(id(2), "1.234"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"code\":\"amount.scale\"", "\"field\":\"amount\"");
    assertThat(response.body()).doesNotContain("Exception", "at org.");
  }

  @Test
  void unknownFieldsAreRefused() {
    HttpResponse<String> response =
        postJson(
            "/api/transactions", Role.ADMIN, tx(id(3), "1.00").replace("}", ",\"memo\":\"x\"}"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"code\":\"request.unknown_field\"", "\"field\":\"memo\"");
  }

  @Test
  void malformedJsonGetsAStableCode() {
    HttpResponse<String> response = postJson("/api/transactions", Role.ADMIN, "{\"id\":");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"code\":\"request.malformed_json\"");
  }

  @Test
  void batchWithOneBadRowLeavesNothingBehind() {
    String body =
        IntStream.rangeClosed(10, 19)
                .mapToObj(n -> tx(id(n), n == 15 ? "-1" : "5.00"))
                .collect(Collectors.joining("\n"))
            + "\n";
    HttpResponse<String> response =
        call("POST", "/api/transactions/batch", Role.ADMIN, "application/x-ndjson", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"code\":\"ingest.rows_invalid\"", "\"line\":6", "amount.not_positive");
    assertThat(stored("T-" + run + "-1")).isZero();
  }

  @Test
  void partialModeKeepsGoodRowsAndReportsEachBadOne() {
    String body =
        String.join(
            "\n",
            tx(id(20), "5.00"),
            tx(id(21), "A-" + run + "-1", "A-" + run + "-1", "5.00"),
            "{not json",
            tx(id(23), "5.00"));
    HttpResponse<String> response =
        call(
            "POST",
            "/api/transactions/batch?mode=partial",
            Role.ADMIN,
            "application/x-ndjson",
            body);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "\"inserted\":2",
            "\"rejected\":2",
            "transaction.self_transfer",
            "request.malformed_json");
    assertThat(stored("T-" + run + "-2")).isEqualTo(2);
  }

  @Test
  void batchConflictWithStoredContentRollsBackTheWholeBatch() {
    postJson("/api/transactions", Role.ADMIN, tx(id(30), "7.00"));
    String body = "[" + tx(id(31), "1.00") + "," + tx(id(30), "7.50") + "]";
    HttpResponse<String> response = postJson("/api/transactions/batch", Role.ADMIN, body);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).contains("\"id\":\"" + id(30) + "\"");
    assertThat(get("/api/transactions/" + id(31), Role.ADMIN).statusCode()).isEqualTo(404);
  }

  @Test
  void jsonArrayBatchIsStoredAndReplayIsANoOp() {
    String body = "[" + tx(id(40), "1.00") + "," + tx(id(41), "2.00") + "]";
    HttpResponse<String> first = postJson("/api/transactions/batch", Role.ADMIN, body);
    HttpResponse<String> again = postJson("/api/transactions/batch", Role.ADMIN, body);
    assertThat(first.body()).contains("\"inserted\":2");
    assertThat(again.body()).contains("\"inserted\":0", "\"duplicates\":2");
  }

  @Test
  void csvImportWithColumnMapping() {
    String csv =
        "txn_ref,booked,orig_acct,bene_acct,amt,ccy,channel,type\n"
            + id(50)
            + ",2026-11-01 16:00:00,A-"
            + run
            + "-1,A-"
            + run
            + "-2,\"1,200.50\",CNY,BRANCH,TRANSFER\n";
    HttpResponse<String> response =
        call(
            "POST",
            "/api/transactions/import?map=id=txn_ref,timestamp=booked,payer=orig_acct,payee=bene_acct,amount=amt,currency=ccy",
            Role.ADMIN,
            "text/csv",
            csv);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    // 16:00 in Asia/Shanghai is 08:00 UTC
    assertThat(get("/api/transactions/" + id(50), Role.ADMIN).body())
        .contains("\"timestamp\":\"2026-11-01T08:00:00Z\"", "\"amount\":1200.50");
  }

  @Test
  void csvWithoutARequiredColumnIsRefusedBeforeReading() {
    HttpResponse<String> response =
        call("POST", "/api/transactions/import", Role.ADMIN, "text/csv", "id,payer\nx,y\n");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"code\":\"csv.missing_column\"");
  }

  @Test
  void emptyBatchAndUnsupportedMediaType() {
    assertThat(postJson("/api/transactions/batch", Role.ADMIN, "[]").body())
        .contains("\"code\":\"ingest.empty\"");
    HttpResponse<String> xml =
        call("POST", "/api/transactions/batch", Role.ADMIN, "application/xml", "<x/>");
    assertThat(xml.statusCode()).isEqualTo(415);
    assertThat(xml.body()).contains("\"code\":\"request.media_type\"");
  }

  @Test
  void oversizedSingleRequestIsRefused() {
    String huge =
        tx(id(60), "1.00")
            .replace("\"MOBILE\"", "\"MOBILE\",\"deviceId\":\"" + "x".repeat(1_100_000) + "\"");
    HttpResponse<String> response = postJson("/api/transactions", Role.ADMIN, huge);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"code\":\"request.too_large\"");
  }

  @Test
  void searchFiltersAndPages() {
    String account = "S-" + run;
    String body =
        IntStream.rangeClosed(1, 5)
            .mapToObj(n -> tx("Q-" + run + "-" + n, account, "OTHER-" + run, n + ".00"))
            .collect(Collectors.joining(",", "[", "]"));
    postJson("/api/transactions/batch", Role.ADMIN, body);

    HttpResponse<String> page0 =
        get("/api/transactions?account=" + account + "&minAmount=2&size=2", Role.AUDITOR);
    HttpResponse<String> page1 =
        get("/api/transactions?account=" + account + "&minAmount=2&size=2&page=1", Role.AUDITOR);
    HttpResponse<String> last =
        get("/api/transactions?account=" + account + "&minAmount=2&size=2&page=2", Role.AUDITOR);

    assertThat(page0.body()).contains("\"hasMore\":true").doesNotContain("\"amount\":1.00");
    assertThat(page1.body()).contains("\"hasMore\":false");
    assertThat(last.body()).contains("\"items\":[]");
    assertThat(get("/api/transactions?size=501", Role.ADMIN).body())
        .contains("\"code\":\"page.size\"");
    assertThat(get("/api/transactions?channel=PIGEON", Role.ADMIN).body())
        .contains("\"code\":\"channel.unknown\"");
  }

  @Test
  void unknownTransactionIs404() {
    HttpResponse<String> response = get("/api/transactions/NOPE-" + run, Role.ADMIN);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"code\":\"transaction.not_found\"");
  }
}
