package org.digifin.server.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.digifin.basics.error.ValidationException;
import org.digifin.server.DigifinProperties;
import org.digifin.server.audit.AuditLog;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes batches of transactions: every row is validated, streamed into a session-local staging
 * table with COPY, then moved into {@code transaction} in one statement that skips ids already
 * stored. Ids stored with different content are conflicts.
 *
 * <p>A batch is one database transaction together with its {@code ingest_batch} row and its audit
 * entry, so a crash at any point leaves either the whole batch or none of it, and a batch is
 * acknowledged only after its commit is durable. In {@link IngestMode#ALL_OR_NOTHING} any bad row
 * or conflict rolls the batch back; in {@link IngestMode#PARTIAL} good rows are kept and the bad
 * ones reported.
 */
@Service
public class TransactionIngestService {

  private static final String STAGING =
      """
      CREATE TEMP TABLE IF NOT EXISTS ingest_staging (
          id text COLLATE "C", ts timestamptz, payer text COLLATE "C", payee text COLLATE "C",
          amount numeric(20, 4),
          currency char(3), channel text, type text, device_id text,
          latitude double precision, longitude double precision, counterparty_bank text,
          content_hash bytea, line bigint
      ) ON COMMIT DELETE ROWS
      """;

  private static final int FLUSH_BYTES = 1 << 16;

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditLog audit;
  private final int maxRowErrors;
  private final Counter insertedCounter;
  private final Counter duplicateCounter;
  private final Counter rejectedCounter;
  private final Timer batchTimer;

  public TransactionIngestService(
      DataSource dataSource,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      AuditLog audit,
      DigifinProperties properties,
      MeterRegistry meters) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
    this.maxRowErrors = properties.ingest().maxRowErrors();
    this.insertedCounter = rows(meters, "inserted");
    this.duplicateCounter = rows(meters, "duplicate");
    this.rejectedCounter = rows(meters, "rejected");
    this.batchTimer =
        Timer.builder("digifin.ingest.batch")
            .description("Time to validate and commit one ingest batch")
            .publishPercentileHistogram()
            .register(meters);
  }

  private static Counter rows(MeterRegistry meters, String outcome) {
    return Counter.builder("digifin.ingest.rows")
        .description("Transaction rows ingested, by outcome")
        .tag("outcome", outcome)
        .register(meters);
  }

  /**
   * Ingests every row of {@code rows} as one batch for {@code principal}.
   *
   * @param source where the batch came from, for the batch record (e.g. {@code api.ndjson})
   * @throws BatchRejectedException in all-or-nothing mode when a row is bad or conflicts
   * @throws ValidationException with code {@code ingest.empty} when there are no rows
   */
  public IngestReport ingest(RowReader rows, IngestMode mode, String principal, String source) {
    return batchTimer.record(
        () -> {
          IngestReport report =
              transactions.execute(status -> write(rows, mode, principal, source));
          insertedCounter.increment(report.inserted());
          duplicateCounter.increment(report.duplicates());
          rejectedCounter.increment(report.rejected());
          return report;
        });
  }

  private IngestReport write(RowReader rows, IngestMode mode, String principal, String source) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    createStaging(connection);
    Staged staged = stage(connection, rows, mode);
    if (staged.received == 0) {
      throw new ValidationException("ingest.empty", null, "the batch holds no transactions");
    }
    if (mode == IngestMode.ALL_OR_NOTHING && staged.rejected > 0) {
      throw new BatchRejectedException(
          "ingest.rows_invalid",
          staged.rejected + " of " + staged.received + " rows are invalid; nothing was written",
          staged.errors,
          staged.rejected,
          false);
    }

    long batchId =
        jdbc.sql(
                "INSERT INTO ingest_batch (principal, source, mode, rows_received)"
                    + " VALUES (:principal, :source, :mode, :received) RETURNING id")
            .param("principal", principal)
            .param("source", source)
            .param("mode", mode.name())
            .param("received", staged.received)
            .query(Long.class)
            .single();
    int inserted =
        jdbc.sql(
                """
                INSERT INTO transaction (id, ts, payer, payee, amount, currency, channel, type,
                    device_id, latitude, longitude, counterparty_bank, content_hash, batch_id)
                SELECT id, ts, payer, payee, amount, currency, channel, type,
                    device_id, latitude, longitude, counterparty_bank, content_hash, :batch
                FROM ingest_staging
                ON CONFLICT (id) DO NOTHING
                """)
            .param("batch", batchId)
            .update();

    // When every staged row went in there is nothing to compare. Otherwise read after the insert:
    // ON CONFLICT waited for any concurrent batch holding the same id, so this statement's snapshot
    // sees its committed row and cannot miss a conflict.
    long conflicts =
        inserted == staged.staged
            ? 0
            : jdbc.sql(
                    "SELECT count(*) FROM ingest_staging s JOIN transaction t ON t.id = s.id"
                        + " WHERE t.content_hash <> s.content_hash")
                .query(Long.class)
                .single();
    List<RowError> errors = new ArrayList<>(staged.errors);
    if (conflicts > 0) {
      errors.addAll(conflictErrors(Math.max(0, maxRowErrors - errors.size())));
      if (mode == IngestMode.ALL_OR_NOTHING) {
        throw new BatchRejectedException(
            "transaction.id_conflict",
            conflicts
                + " transaction ids are already stored with different content;"
                + " nothing was written",
            errors,
            conflicts,
            true);
      }
    }
    long duplicates = staged.staged - inserted - conflicts;
    long rejected = staged.rejected + conflicts;
    jdbc.sql(
            "UPDATE ingest_batch SET rows_inserted = :inserted, rows_duplicate = :duplicates,"
                + " rows_rejected = :rejected, content_digest = :digest WHERE id = :id")
        .param("inserted", inserted)
        .param("duplicates", duplicates)
        .param("rejected", rejected)
        .param("digest", staged.digest)
        .param("id", batchId)
        .update();
    audit.append(
        principal,
        "transactions.ingest",
        "ingest_batch",
        Long.toString(batchId),
        null,
        staged.digest);
    return new IngestReport(batchId, mode, staged.received, inserted, duplicates, rejected, errors);
  }

  private List<RowError> conflictErrors(int limit) {
    return jdbc.sql(
            "SELECT s.line, s.id FROM ingest_staging s JOIN transaction t ON t.id = s.id"
                + " WHERE t.content_hash <> s.content_hash ORDER BY s.line LIMIT :limit")
        .param("limit", limit)
        .query(
            (rs, n) ->
                new RowError(
                    rs.getLong(1),
                    rs.getString(2),
                    "transaction.id_conflict",
                    "id",
                    "id '" + rs.getString(2) + "' is already stored with different content"))
        .list();
  }

  private static void createStaging(Connection connection) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(STAGING);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the ingest staging table", e);
    }
  }

  private Staged stage(Connection connection, RowReader rows, IngestMode mode) {
    Staged staged = new Staged();
    TransactionHasher hasher = new TransactionHasher();
    CopyRowEncoder encoder = new CopyRowEncoder();
    MessageDigest batchDigest = sha256();
    CopyIn copy;
    try {
      copy =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY ingest_staging (" + CopyRowEncoder.COLUMNS + ") FROM STDIN");
    } catch (SQLException e) {
      throw new IllegalStateException("could not start COPY into the staging table", e);
    }
    try {
      while (rows.hasNext()) {
        IngestRow row = rows.next();
        staged.received++;
        if (!row.isValid()) {
          staged.rejected++;
          if (staged.errors.size() < maxRowErrors) {
            staged.errors.add(row.error());
          } else if (mode == IngestMode.ALL_OR_NOTHING) {
            break; // the batch is refused anyway; enough has been reported
          }
          continue;
        }
        if (mode == IngestMode.ALL_OR_NOTHING && staged.rejected > 0) {
          continue; // keep reading to report every bad row, but stage nothing more
        }
        byte[] hash = hasher.hash(row.transaction());
        batchDigest.update(hash);
        encoder.append(row.transaction(), hash, row.line());
        staged.staged++;
        if (encoder.size() >= FLUSH_BYTES) {
          copy.writeToCopy(encoder.buffer(), 0, encoder.size());
          encoder.clear();
        }
      }
      if (encoder.size() > 0) {
        copy.writeToCopy(encoder.buffer(), 0, encoder.size());
      }
      copy.endCopy();
    } catch (SQLException e) {
      cancel(copy);
      throw new IllegalStateException("COPY into the staging table failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      cancel(copy);
      throw e;
    } finally {
      rows.close();
    }
    staged.digest = batchDigest.digest();
    return staged;
  }

  private static void cancel(CopyIn copy) {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("could not cancel COPY", e));
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What staging a batch found. */
  private static final class Staged {
    long received;
    long staged;
    long rejected;
    final List<RowError> errors = new ArrayList<>();
    byte[] digest;
  }
}
