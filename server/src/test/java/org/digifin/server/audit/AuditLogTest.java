package org.digifin.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.digifin.server.ServerTestSupport;
import org.digifin.server.cli.DigifinCli;
import org.digifin.server.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stored chain: every change appends, the table refuses edits, and tampering is found. */
class AuditLogTest extends ServerTestSupport {

  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  private long head() {
    return jdbc.sql("SELECT seq FROM audit_head").query(Long.class).single();
  }

  @Test
  void stateChangesAppendEntries() {
    long before = head();
    String id = "AU-" + UUID.randomUUID().toString().substring(0, 8);
    postJson(
        "/api/parties",
        Role.ADMIN,
        "{\"id\":\""
            + id
            + "\",\"kind\":\"PERSON\",\"name\":\"x\",\"bornOrFounded\":\"1990-01-01\",\"region\":\"310000\"}");
    assertThat(head()).isEqualTo(before + 1);
    AuditEntry last = audit.page(before + 1, 1).get(0);
    assertThat(last.actor()).isEqualTo("key:test-ADMIN");
    assertThat(last.action()).isEqualTo("parties.create");
    assertThat(last.entityId()).isEqualTo(id);
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void theTableRefusesUpdatesAndDeletes() {
    postJson(
        "/api/parties",
        Role.ADMIN,
        "{\"id\":\"AU-DEL-"
            + UUID.randomUUID().toString().substring(0, 6)
            + "\",\"kind\":\"PERSON\",\"name\":\"x\",\"bornOrFounded\":\"1990-01-01\",\"region\":\"310000\"}");
    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'x' WHERE seq = 1").update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE seq = 1").update())
        .rootCause()
        .hasMessageContaining("append-only");
  }

  @Test
  void tamperingWithOneRowIsReportedByTheCli() {
    postJson(
        "/api/parties",
        Role.ADMIN,
        "{\"id\":\"AU-T-"
            + UUID.randomUUID().toString().substring(0, 6)
            + "\",\"kind\":\"PERSON\",\"name\":\"x\",\"bornOrFounded\":\"1990-01-01\",\"region\":\"310000\"}");
    assertThat(verifyWithCli().exit).isZero();
    long target = head();
    String original =
        jdbc.sql("SELECT actor FROM audit_log WHERE seq = :s")
            .param("s", target)
            .query(String.class)
            .single();
    try {
      tamper(target, "someone-else");
      Cli result = verifyWithCli();
      assertThat(result.exit).isEqualTo(3);
      assertThat(result.out).contains("BROKEN at entry " + target);
      assertThat(get("/api/audit/verify", Role.AUDITOR).body())
          .contains("\"intact\":false", "\"firstBrokenSeq\":" + target);
    } finally {
      tamper(target, original);
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  /** What a privileged attacker can do: switch the guard off, edit, switch it back on. */
  private void tamper(long seq, String actor) {
    jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update").update();
    try {
      jdbc.sql("UPDATE audit_log SET actor = :a WHERE seq = :s")
          .param("a", actor)
          .param("s", seq)
          .update();
    } finally {
      jdbc.sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update").update();
    }
  }

  record Cli(int exit, String out) {}

  private Cli verifyWithCli() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int exit =
          DigifinCli.run(
              "audit",
              "verify",
              "--url",
              "http://localhost:" + port,
              "--api-key",
              key(Role.AUDITOR));
      return new Cli(exit, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }
}
