package org.digifin.server.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.digifin.basics.money.Currency;
import org.digifin.basics.money.Money;
import org.digifin.server.web.Page;
import org.digifin.server.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads stored transactions; writes go through {@link TransactionIngestService} only. */
@Repository
public class TransactionRepository {

  private static final String COLUMNS =
      "id, ts, payer, payee, amount, currency, channel, type, device_id, latitude, longitude,"
          + " counterparty_bank";

  private final JdbcClient jdbc;

  public TransactionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<TransactionPayload> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM transaction WHERE id = :id")
        .param("id", id)
        .query(TransactionRepository::payload)
        .optional();
  }

  /** Newest first, then by id. */
  public Page<TransactionPayload> search(TransactionQuery query, PageRequest page) {
    List<String> where = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM transaction");
    if (query.account() != null) {
      where.add("(payer = :account OR payee = :account)");
    }
    if (query.from() != null) {
      where.add("ts >= :from");
    }
    if (query.to() != null) {
      where.add("ts < :to");
    }
    if (query.channel() != null) {
      where.add("channel = :channel");
    }
    if (query.type() != null) {
      where.add("type = :type");
    }
    if (query.minAmount() != null) {
      where.add("amount >= :minAmount");
    }
    if (query.maxAmount() != null) {
      where.add("amount <= :maxAmount");
    }
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", where));
    }
    sql.append(" ORDER BY ts DESC, id LIMIT :limit OFFSET :offset");
    JdbcClient.StatementSpec spec = jdbc.sql(sql.toString());
    if (query.account() != null) {
      spec = spec.param("account", query.account());
    }
    if (query.from() != null) {
      spec = spec.param("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
    }
    if (query.to() != null) {
      spec = spec.param("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
    }
    if (query.channel() != null) {
      spec = spec.param("channel", query.channel());
    }
    if (query.type() != null) {
      spec = spec.param("type", query.type());
    }
    if (query.minAmount() != null) {
      spec = spec.param("minAmount", query.minAmount());
    }
    if (query.maxAmount() != null) {
      spec = spec.param("maxAmount", query.maxAmount());
    }
    List<TransactionPayload> rows =
        spec.param("limit", page.fetch())
            .param("offset", page.offset())
            .query(TransactionRepository::payload)
            .list();
    return Page.of(rows, page.page(), page.size());
  }

  /**
   * Up to {@code limit} transactions of batch {@code batchId} in time order, after ({@code
   * afterTs}, {@code afterId}) when those are given: a keyset page through one batch.
   */
  public List<TransactionPayload> ofBatch(
      long batchId, OffsetDateTime afterTs, String afterId, int limit) {
    String after = afterTs == null ? "" : " AND (ts, id) > (:afterTs, :afterId)";
    JdbcClient.StatementSpec spec =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM transaction WHERE batch_id = :batch"
                    + after
                    + " ORDER BY ts, id LIMIT :limit")
            .param("batch", batchId)
            .param("limit", limit);
    if (afterTs != null) {
      spec = spec.param("afterTs", afterTs).param("afterId", afterId);
    }
    return spec.query(TransactionRepository::payload).list();
  }

  /** The stored transactions among {@code ids}, oldest first. */
  public List<TransactionPayload> findAll(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM transaction WHERE id = ANY(:ids) ORDER BY ts, id")
        .param("ids", ids.toArray(String[]::new))
        .query(TransactionRepository::payload)
        .list();
  }

  /** The number of stored transactions. */
  public long count() {
    return jdbc.sql("SELECT count(*) FROM transaction").query(Long.class).single();
  }

  static TransactionPayload payload(ResultSet rs, int row) throws SQLException {
    Double latitude = rs.getObject("latitude", Double.class);
    Double longitude = rs.getObject("longitude", Double.class);
    return new TransactionPayload(
        rs.getString("id"),
        rs.getObject("ts", OffsetDateTime.class).toInstant().toString(),
        rs.getString("payer"),
        rs.getString("payee"),
        Money.of(Currency.parse(rs.getString("currency")), rs.getBigDecimal("amount")).amount(),
        rs.getString("currency"),
        rs.getString("channel"),
        rs.getString("type"),
        rs.getString("device_id"),
        latitude,
        longitude,
        rs.getString("counterparty_bank"));
  }
}
