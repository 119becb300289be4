package org.digifin.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the audit chain. {@link #append} must run inside the transaction that makes the change, so
 * there is never a change without its entry nor an entry without its change; it locks the chain's
 * head row, so call it last, just before commit, to hold the lock briefly.
 */
@Repository
public class AuditLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  public AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Appends an entry for a change made by {@code actor}; returns its sequence number. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long append(
      String actor,
      String action,
      String entityType,
      String entityId,
      byte[] beforeDigest,
      byte[] afterDigest) {
    Head head =
        jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
            .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
            .single();
    long seq = head.seq() + 1;
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    byte[] hash =
        AuditChain.hash(
            head.hash(), seq, at, actor, action, entityType, entityId, beforeDigest, afterDigest);
    jdbc.sql(
            """
            INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id,
                                   before_digest, after_digest, prev_hash, hash)
            VALUES (:seq, :at, :actor, :action, :entityType, :entityId,
                    :before, :after, :prev, :hash)
            """)
        .param("seq", seq)
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("actor", actor)
        .param("action", action)
        .param("entityType", entityType)
        .param("entityId", entityId)
        .param("before", beforeDigest)
        .param("after", afterDigest)
        .param("prev", head.hash())
        .param("hash", hash)
        .update();
    jdbc.sql("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
        .param("seq", seq)
        .param("hash", hash)
        .update();
    return seq;
  }

  /** Entries {@code from} (inclusive) onwards, oldest first, at most {@code limit}. */
  @Transactional(readOnly = true)
  public List<AuditEntry> page(long from, int limit) {
    return jdbc.sql("SELECT * FROM audit_log WHERE seq >= :from ORDER BY seq LIMIT :limit")
        .param("from", from)
        .param("limit", limit)
        .query(AuditLog::entry)
        .list();
  }

  /** Verifies the whole chain, streaming it from the database. */
  @Transactional(readOnly = true)
  public AuditChain.Verification verify() {
    try (Stream<AuditEntry> entries =
        jdbc
            .sql("SELECT * FROM audit_log ORDER BY seq")
            .withFetchSize(1000)
            .query(AuditLog::entry)
            .stream()) {
      Iterator<AuditEntry> iterator = entries.iterator();
      return AuditChain.verify(iterator);
    }
  }

  static AuditEntry entry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("seq"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("entity_type"),
        rs.getString("entity_id"),
        rs.getBytes("before_digest"),
        rs.getBytes("after_digest"),
        rs.getBytes("prev_hash"),
        rs.getBytes("hash"));
  }

  private record Head(long seq, byte[] hash) {}
}
