package org.digifin.server.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.digifin.server.ServerTestSupport;
import org.digifin.server.security.Role;
import org.junit.jupiter.api.Test;

/** Parties and accounts over the API. */
class PartyControllerTest extends ServerTestSupport {

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private String party(String id, String name) {
    return """
        {"id":"%s","kind":"PERSON","name":"%s","bornOrFounded":"1950-04-01","region":"310000"}"""
        .formatted(id, name);
  }

  @Test
  void createReadAndReplay() {
    assertThat(postJson("/api/parties", Role.CREDIT_OFFICER, party("P-" + run, "王芳")).statusCode())
        .isEqualTo(201);
    assertThat(postJson("/api/parties", Role.CREDIT_OFFICER, party("P-" + run, "王芳")).statusCode())
        .isEqualTo(200);
    HttpResponse<String> conflict = postJson("/api/parties", Role.ADMIN, party("P-" + run, "王芳芳"));
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.body()).contains("\"code\":\"party.id_conflict\"");
    assertThat(get("/api/parties/P-" + run, Role.AUDITOR).body())
        .contains("王芳", "\"kind\":\"PERSON\"");
  }

  @Test
  void accountsNeedAKnownOwner() {
    postJson("/api/parties", Role.ADMIN, party("O-" + run, "李强"));
    String account =
        """
        {"id":"ACC-%s","owner":"%s","type":"SAVINGS","currency":"CNY","openedOn":"2020-01-01"}""";
    assertThat(
            postJson("/api/accounts", Role.ADMIN, account.formatted(run, "O-" + run)).statusCode())
        .isEqualTo(201);
    HttpResponse<String> orphan =
        postJson("/api/accounts", Role.ADMIN, account.formatted(run + "x", "NOBODY-" + run));
    assertThat(orphan.statusCode()).isEqualTo(400);
    assertThat(orphan.body()).contains("\"code\":\"account.owner_unknown\"");
    assertThat(get("/api/parties/O-" + run + "/accounts", Role.ADMIN).body())
        .contains("ACC-" + run);
  }

  @Test
  void batchIsAllOrNothing() {
    String body =
        "["
            + party("B1-" + run, "甲")
            + ","
            + party("B2-" + run, "").replace("\"\"", "\"  \"")
            + "]";
    HttpResponse<String> response = postJson("/api/parties/batch", Role.ADMIN, body);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"name\"");
    assertThat(get("/api/parties/B1-" + run, Role.ADMIN).statusCode()).isEqualTo(404);
  }

  @Test
  void searchByKind() {
    postJson("/api/parties", Role.ADMIN, party("K-" + run, "赵六"));
    assertThat(get("/api/parties?kind=person&size=500", Role.ADMIN).body())
        .contains("\"kind\":\"PERSON\"");
    assertThat(get("/api/parties?kind=robot", Role.ADMIN).body())
        .contains("\"code\":\"kind.unknown\"");
  }
}
