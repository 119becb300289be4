package org.digifin.server.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.digifin.server.risk.CaseRecords.AlertRow;
import org.digifin.server.risk.CaseRecords.CaseSummary;
import org.digifin.server.web.Page;
import org.digifin.server.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Reads and updates alerts and cases (plain SQL). */
@Repository
public class CaseRepository {

  private static final String CASE_COLUMNS =
      """
      c.id, c.subject, c.party_id, p.name AS party_name, c.account_id, c.status, c.assignee,
      c.disposition, c.note, c.opened_at, c.updated_at, c.assigned_at, c.disposed_at, c.closed_at,
      (SELECT count(*) FROM alert a WHERE a.case_id = c.id) AS alerts,
      (SELECT coalesce(max(a.score), 0) FROM alert a WHERE a.case_id = c.id) AS max_score,
      (SELECT a.action FROM alert a WHERE a.case_id = c.id
         ORDER BY CASE a.action WHEN 'BLOCK' THEN 3 WHEN 'HOLD' THEN 2 ELSE 1 END DESC LIMIT 1)
         AS worst_action
      """;

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public CaseRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Filters for the case list; null means any. */
  public record CaseFilter(String status, String assignee, String party) {}

  /** Filters for the alert list; null means any. */
  public record AlertFilter(String action, Long caseId, String account, String rule) {}

  /** Cases, most recently updated first. */
  public Page<CaseSummary> cases(CaseFilter filter, PageRequest page) {
    List<String> where = new ArrayList<>();
    if (filter.status() != null) {
      where.add("c.status = :status");
    }
    if (filter.assignee() != null) {
      where.add("c.assignee = :assignee");
    }
    if (filter.party() != null) {
      where.add("c.subject = :party");
    }
    JdbcClient.StatementSpec spec =
        jdbc.sql(
            "SELECT "
                + CASE_COLUMNS
                + " FROM risk_case c LEFT JOIN party p ON p.id = c.party_id"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY c.updated_at DESC, c.id DESC LIMIT :limit OFFSET :offset");
    if (filter.status() != null) {
      spec = spec.param("status", filter.status());
    }
    if (filter.assignee() != null) {
      spec = spec.param("assignee", filter.assignee());
    }
    if (filter.party() != null) {
      spec = spec.param("party", filter.party());
    }
    List<CaseSummary> rows =
        spec.param("limit", page.fetch())
            .param("offset", page.offset())
            .query(CaseRepository::summary)
            .list();
    return Page.of(rows, page.page(), page.size());
  }

  public Optional<CaseSummary> find(long id) {
    return jdbc.sql(
            "SELECT "
                + CASE_COLUMNS
                + " FROM risk_case c LEFT JOIN party p ON p.id = c.party_id WHERE c.id = :id")
        .param("id", id)
        .query(CaseRepository::summary)
        .optional();
  }

  /** Case counts by status. */
  public java.util.Map<String, Long> countByStatus() {
    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
    jdbc.sql("SELECT status, count(*) FROM risk_case GROUP BY status")
        .query(
            rs -> {
              counts.put(rs.getString(1), rs.getLong(2));
            });
    return counts;
  }

  public long alertCount() {
    return jdbc.sql("SELECT count(*) FROM alert").query(Long.class).single();
  }

  /** Alerts, newest first. */
  public Page<AlertRow> alerts(AlertFilter filter, PageRequest page) {
    List<String> where = new ArrayList<>();
    if (filter.action() != null) {
      where.add("action = :action");
    }
    if (filter.caseId() != null) {
      where.add("case_id = :case");
    }
    if (filter.account() != null) {
      where.add("account_id = :account");
    }
    if (filter.rule() != null) {
      where.add("rules @> CAST(:rule AS jsonb)");
    }
    JdbcClient.StatementSpec spec =
        jdbc.sql(
            "SELECT * FROM alert"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
    if (filter.action() != null) {
      spec = spec.param("action", filter.action());
    }
    if (filter.caseId() != null) {
      spec = spec.param("case", filter.caseId());
    }
    if (filter.account() != null) {
      spec = spec.param("account", filter.account());
    }
    if (filter.rule() != null) {
      spec =
          spec.param(
              "rule", json.writeValueAsString(List.of(java.util.Map.of("id", filter.rule()))));
    }
    List<AlertRow> rows =
        spec.param("limit", page.fetch()).param("offset", page.offset()).query(this::alert).list();
    return Page.of(rows, page.page(), page.size());
  }

  /** Every alert of case {@code id}, in transaction time order. */
  public List<AlertRow> alertsOf(long caseId) {
    return jdbc.sql("SELECT * FROM alert WHERE case_id = :case ORDER BY ts, id")
        .param("case", caseId)
        .query(this::alert)
        .list();
  }

  /** Sets the assignee; false when the case does not exist. */
  public boolean assign(long id, String assignee) {
    return jdbc.sql(
                "UPDATE risk_case SET assignee = :assignee, assigned_at = now(), updated_at = now()"
                    + " WHERE id = :id")
            .param("assignee", assignee)
            .param("id", id)
            .update()
        == 1;
  }

  /** Records a disposition and the status it leads to. */
  public void dispose(long id, String disposition, String status, String note) {
    jdbc.sql(
            """
            UPDATE risk_case SET disposition = :disposition, status = :status, note = :note,
                disposed_at = now(), updated_at = now(),
                closed_at = CASE WHEN :status = 'CLOSED' THEN now() END
            WHERE id = :id
            """)
        .param("disposition", disposition)
        .param("status", status)
        .param("note", note)
        .param("id", id)
        .update();
  }

  /** Per rule id: alerts, alerts in cases disposed true positive, and false positive. */
  public java.util.Map<String, long[]> ruleCounts() {
    java.util.Map<String, long[]> counts = new java.util.HashMap<>();
    jdbc.sql(
            """
            SELECT r->>'id' AS rule, count(*) AS alerts,
                count(*) FILTER (WHERE c.disposition = 'TRUE_POSITIVE') AS tp,
                count(*) FILTER (WHERE c.disposition = 'FALSE_POSITIVE') AS fp
            FROM alert a JOIN risk_case c ON c.id = a.case_id
                CROSS JOIN LATERAL jsonb_array_elements(a.rules) r
            GROUP BY 1
            """)
        .query(
            rs -> {
              counts.put(
                  rs.getString("rule"),
                  new long[] {rs.getLong("alerts"), rs.getLong("tp"), rs.getLong("fp")});
            });
    return counts;
  }

  private static CaseSummary summary(ResultSet rs, int row) throws SQLException {
    return new CaseSummary(
        rs.getLong("id"),
        rs.getString("subject"),
        rs.getString("party_id"),
        rs.getString("party_name"),
        rs.getString("account_id"),
        rs.getString("status"),
        rs.getString("assignee"),
        rs.getString("disposition"),
        rs.getString("note"),
        rs.getLong("alerts"),
        rs.getDouble("max_score"),
        rs.getString("worst_action"),
        time(rs, "opened_at"),
        time(rs, "updated_at"),
        time(rs, "assigned_at"),
        time(rs, "disposed_at"),
        time(rs, "closed_at"));
  }

  private AlertRow alert(ResultSet rs, int row) throws SQLException {
    return new AlertRow(
        rs.getLong("id"),
        rs.getString("transaction_id"),
        rs.getString("account_id"),
        rs.getString("party_id"),
        rs.getString("action"),
        rs.getDouble("score"),
        json.readTree(rs.getString("rules")),
        json.readTree(rs.getString("patterns")),
        rs.getString("rule_set"),
        time(rs, "ts"),
        org.digifin.basics.money.Money.of(
                org.digifin.basics.money.Currency.parse(rs.getString("currency")),
                rs.getBigDecimal("amount"))
            .amount(),
        rs.getString("currency"),
        time(rs, "hold_until"),
        time(rs, "created_at"),
        rs.getLong("case_id"));
  }

  private static String time(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant().toString();
  }
}
