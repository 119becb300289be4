package org.digifin.server.console;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.digifin.server.web.Page;
import org.digifin.server.web.PageRequest;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The console's read-only queries. Aggregates are computed by PostgreSQL; Java only shapes the rows
 * for the templates and charts.
 */
@Repository
public class ConsoleQueries {

  /** Rows ingested in one minute. */
  public record MinuteCount(OffsetDateTime minute, long rows) {}

  /** A count and a sum of amounts under one label (channel, hour, counterparty). */
  public record Volume(String label, long count, BigDecimal amount) {}

  /** A party as the customer list shows it. */
  public record CustomerRow(
      String id,
      String kind,
      String name,
      LocalDate bornOrFounded,
      String region,
      String industryCode,
      long accounts) {}

  /** An account on the customer page, with its transaction count. */
  public record AccountRow(
      String id, String type, String currency, LocalDate openedOn, String status, long txCount) {}

  /** A transaction row as the console shows it. */
  public record TransactionRow(
      String id,
      OffsetDateTime ts,
      String payer,
      String payerOwner,
      String payee,
      String payeeOwner,
      BigDecimal amount,
      String currency,
      String channel,
      String type) {}

  /** Customer search filters; null means no filter. */
  public record CustomerFilter(String text, String kind, String region) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public ConsoleQueries(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Rows inserted per minute over the last {@code minutes} minutes, oldest first, gaps as 0. */
  public List<MinuteCount> ingestRate(int minutes) {
    return jdbc.sql(
            """
            SELECT m.minute, coalesce(sum(b.rows_inserted), 0) AS rows
            FROM generate_series(date_trunc('minute', now()) - make_interval(mins => :span),
                                 date_trunc('minute', now()), interval '1 minute') AS m(minute)
            LEFT JOIN ingest_batch b ON date_trunc('minute', b.received_at) = m.minute
            GROUP BY m.minute ORDER BY m.minute
            """)
        .param("span", minutes - 1)
        .query(
            (rs, i) ->
                new MinuteCount(rs.getObject("minute", OffsetDateTime.class), rs.getLong("rows")))
        .list();
  }

  /** Count and amount of all transactions by channel, largest amount first. */
  public List<Volume> volumeByChannel() {
    return jdbc.sql(
            """
            SELECT channel AS label, count(*) AS n, sum(amount) AS amount
            FROM transaction GROUP BY channel ORDER BY amount DESC, channel
            """)
        .query(ConsoleQueries::volume)
        .list();
  }

  /** Count and amount by hour of day (0-23) in the server's zone, every hour present. */
  public List<Volume> volumeByHour() {
    return jdbc.sql(
            """
            SELECT h.hour::text AS label, count(t.id) AS n, coalesce(sum(t.amount), 0) AS amount
            FROM generate_series(0, 23) AS h(hour)
            LEFT JOIN transaction t ON extract(hour FROM t.ts AT TIME ZONE :zone) = h.hour
            GROUP BY h.hour ORDER BY h.hour
            """)
        .param("zone", clock.getZone().getId())
        .query(ConsoleQueries::volume)
        .list();
  }

  /**
   * The payees that received the most, by {@code amount} (true) or by number of transactions.
   * Payees are the counterparties money flows to; a payee account's owner is not resolved here.
   */
  public List<Volume> topCounterparties(boolean byAmount, int limit) {
    String order = byAmount ? "amount DESC, n DESC" : "n DESC, amount DESC";
    return jdbc.sql(
            "SELECT payee AS label, count(*) AS n, sum(amount) AS amount FROM transaction"
                + " GROUP BY payee ORDER BY "
                + order
                + ", payee LIMIT :limit")
        .param("limit", limit)
        .query(ConsoleQueries::volume)
        .list();
  }

  /** Parties matching {@code filter}, ordered by id. The text matches the id or part of a name. */
  public Page<CustomerRow> customers(CustomerFilter filter, PageRequest page) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (filter.text() != null) {
      where.add("(p.id = :text OR p.name ILIKE :pattern)");
      params.put("text", filter.text());
      params.put("pattern", "%" + likeEscaped(filter.text()) + "%");
    }
    if (filter.kind() != null) {
      where.add("p.kind = :kind");
      params.put("kind", filter.kind());
    }
    if (filter.region() != null) {
      where.add("p.region = :region");
      params.put("region", filter.region());
    }
    String sql =
        """
        SELECT p.id, p.kind, p.name, p.born_or_founded, p.region, p.industry_code,
               (SELECT count(*) FROM account a WHERE a.owner_id = p.id) AS accounts
        FROM party p
        """
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY p.id LIMIT :limit OFFSET :offset";
    List<CustomerRow> rows =
        jdbc.sql(sql)
            .params(params)
            .param("limit", page.fetch())
            .param("offset", page.offset())
            .query(ConsoleQueries::customer)
            .list();
    return Page.of(rows, page.page(), page.size());
  }

  public Optional<CustomerRow> customer(String id) {
    return jdbc.sql(
            """
            SELECT p.id, p.kind, p.name, p.born_or_founded, p.region, p.industry_code,
                   (SELECT count(*) FROM account a WHERE a.owner_id = p.id) AS accounts
            FROM party p WHERE p.id = :id
            """)
        .param("id", id)
        .query(ConsoleQueries::customer)
        .optional();
  }

  /** The customer's accounts with how many transactions touch each. */
  public List<AccountRow> accountsOf(String partyId) {
    return jdbc.sql(
            """
            SELECT a.id, a.type, a.currency, a.opened_on, a.status,
                   (SELECT count(*) FROM transaction t WHERE t.payer = a.id)
                 + (SELECT count(*) FROM transaction t WHERE t.payee = a.id) AS tx_count
            FROM account a WHERE a.owner_id = :owner ORDER BY a.id
            """)
        .param("owner", partyId)
        .query(
            (rs, i) ->
                new AccountRow(
                    rs.getString("id"),
                    rs.getString("type"),
                    rs.getString("currency").trim(),
                    rs.getObject("opened_on", LocalDate.class),
                    rs.getString("status"),
                    rs.getLong("tx_count")))
        .list();
  }

  /**
   * The transactions paid from or to any account the party owns, newest first. Two index range
   * scans (payer, payee) rather than one OR, so each side uses its (account, ts) index.
   */
  public Page<TransactionRow> transactionsOf(String partyId, PageRequest page) {
    List<TransactionRow> rows =
        jdbc.sql(
                """
                SELECT t.id, t.ts, t.payer, pa.owner_id AS payer_owner, t.payee,
                       pe.owner_id AS payee_owner, t.amount, t.currency, t.channel, t.type
                FROM (SELECT * FROM transaction WHERE payer IN (SELECT id FROM account
                                                              WHERE owner_id = :owner)
                      UNION
                      SELECT * FROM transaction WHERE payee IN (SELECT id FROM account
                                                              WHERE owner_id = :owner)) t
                LEFT JOIN account pa ON pa.id = t.payer
                LEFT JOIN account pe ON pe.id = t.payee
                ORDER BY t.ts DESC, t.id LIMIT :limit OFFSET :offset
                """)
            .param("owner", partyId)
            .param("limit", page.fetch())
            .param("offset", page.offset())
            .query(ConsoleQueries::transaction)
            .list();
    return Page.of(rows, page.page(), page.size());
  }

  /** The owners of {@code accounts} that have one, by account id. */
  public Map<String, String> ownersOf(List<String> accounts) {
    if (accounts.isEmpty()) {
      return Map.of();
    }
    Map<String, String> owners = new HashMap<>();
    jdbc.sql("SELECT id, owner_id FROM account WHERE id = ANY(:ids) AND owner_id IS NOT NULL")
        .param("ids", accounts.toArray(String[]::new))
        .query((RowCallbackHandler) rs -> owners.put(rs.getString("id"), rs.getString("owner_id")));
    return owners;
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Volume volume(ResultSet rs, int row) throws SQLException {
    return new Volume(rs.getString("label"), rs.getLong("n"), rs.getBigDecimal("amount"));
  }

  private static CustomerRow customer(ResultSet rs, int row) throws SQLException {
    return new CustomerRow(
        rs.getString("id"),
        rs.getString("kind"),
        rs.getString("name"),
        rs.getObject("born_or_founded", LocalDate.class),
        rs.getString("region"),
        rs.getString("industry_code"),
        rs.getLong("accounts"));
  }

  private static TransactionRow transaction(ResultSet rs, int row) throws SQLException {
    return new TransactionRow(
        rs.getString("id"),
        rs.getObject("ts", OffsetDateTime.class),
        rs.getString("payer"),
        rs.getString("payer_owner"),
        rs.getString("payee"),
        rs.getString("payee_owner"),
        rs.getBigDecimal("amount"),
        rs.getString("currency").trim(),
        rs.getString("channel"),
        rs.getString("type"));
  }
}
