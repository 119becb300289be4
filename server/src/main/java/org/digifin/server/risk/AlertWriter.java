package org.digifin.server.risk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.Transaction;
import org.digifin.server.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Stores a decision other than ALLOW as an alert and files it in its customer's active case,
 * opening one when there is none. Call within a transaction: the alert, the case and their audit
 * entries commit together.
 */
@Repository
class AlertWriter {

  /** Who the audit trail names for the engine's own writes. */
  static final String ACTOR = "risk-engine";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ObjectMapper json;

  AlertWriter(JdbcClient jdbc, AuditLog audit, ObjectMapper json) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.json = json;
  }

  /** Records {@code decision} on {@code transaction}; false when it was already recorded. */
  boolean record(Transaction transaction, DecisionView decision, Optional<Party> payerOwner) {
    String account = transaction.payer().value();
    String party = payerOwner.map(p -> p.id().value()).orElse(null);
    String subject = party != null ? party : account;
    long caseId = activeCase(subject, party, account);
    String rules = json.writeValueAsString(decision.rules());
    Long alertId =
        jdbc.sql(
                """
                INSERT INTO alert (transaction_id, account_id, party_id, action, score, rules,
                    patterns, rule_set, ts, amount, currency, hold_until, case_id)
                VALUES (:tx, :account, :party, :action, :score, CAST(:rules AS jsonb),
                    CAST(:patterns AS jsonb), :ruleSet, :ts, :amount, :currency, :holdUntil, :case)
                ON CONFLICT (transaction_id) DO NOTHING
                RETURNING id
                """)
            .param("tx", transaction.id().value())
            .param("account", account)
            .param("party", party)
            .param("action", decision.action())
            .param("score", decision.score())
            .param("rules", rules)
            .param("patterns", json.writeValueAsString(decision.patterns()))
            .param(
                "ruleSet",
                decision.provenance().ruleSetId() + "@" + decision.provenance().ruleSetVersion())
            .param("ts", OffsetDateTime.ofInstant(transaction.timestamp(), ZoneOffset.UTC))
            .param("amount", transaction.amount().amount())
            .param("currency", transaction.amount().currency().code())
            .param(
                "holdUntil",
                decision.holdUntil() == null
                    ? null
                    : OffsetDateTime.ofInstant(Instant.parse(decision.holdUntil()), ZoneOffset.UTC))
            .param("case", caseId)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (alertId == null) {
      return false;
    }
    jdbc.sql("UPDATE risk_case SET updated_at = now() WHERE id = :id").param("id", caseId).update();
    audit.append(
        ACTOR,
        "risk.alert.create",
        "alert",
        Long.toString(alertId),
        null,
        sha256(transaction.id().value() + "|" + decision.action() + "|" + rules));
    return true;
  }

  private long activeCase(String subject, String party, String account) {
    Optional<Long> open =
        jdbc.sql(
                "SELECT id FROM risk_case WHERE subject = :subject AND status <> 'CLOSED'"
                    + " FOR UPDATE")
            .param("subject", subject)
            .query(Long.class)
            .optional();
    if (open.isPresent()) {
      return open.get();
    }
    long id =
        jdbc.sql(
                "INSERT INTO risk_case (subject, party_id, account_id, status)"
                    + " VALUES (:subject, :party, :account, 'OPEN') RETURNING id")
            .param("subject", subject)
            .param("party", party)
            .param("account", account)
            .query(Long.class)
            .single();
    audit.append(
        ACTOR, "risk.case.open", "risk_case", Long.toString(id), null, sha256("OPEN|" + subject));
    return id;
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
