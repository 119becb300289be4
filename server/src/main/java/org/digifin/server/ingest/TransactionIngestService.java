package org.digifin.server.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.digifin.basics.error.ValidationException;
import org.digifin.server.DigifinProperties;
import org.digifin.server.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
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
 *
 * <p>Once a batch with new rows has committed, each {@link IngestListener} is told.
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

  /** Batches up to this many rows try the direct COPY first; larger ones stream through staging. */
  static final int DIRECT_LIMIT = 50_000;

  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditLog audit;
  private final int maxRowErrors;
  private final Counter insertedCounter;
  private final Counter duplicateCounter;
  private final Counter rejectedCounter;
  private final Timer batchTimer;
  private final ObjectProvider<IngestListener> listeners;

  public TransactionIngestService(
      DataSource dataSource,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      AuditLog audit,
      DigifinProperties properties,
      MeterRegistry meters,
      ObjectProvider<IngestListener> listeners) {
    this.listeners = listeners;
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
          if (report.inserted() > 0) {
            // After the commit, outside the batch's transaction: listeners (risk assessment) never
            // hold the batch's locks or lengthen it.
            listeners.orderedStream().forEach(listener -> listener.committed(report));
          }
          return report;
        });
  }

  private IngestReport write(RowReader rows, IngestMode mode, String principal, String source) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try (rows) {
      Read read = read(rows, mode);
      if (read.received == 0) {
        throw new ValidationException("ingest.empty", null, "the batch holds no transactions");
      }
      if (mode == IngestMode.ALL_OR_NOTHING && read.rejected > 0) {
        throw new BatchRejectedException(
            "ingest.rows_invalid",
            read.rejected + " of " + read.received + " rows are invalid; nothing was written",
            read.errors,
            read.rejected,
            false);
      }
      long batchId =
          jdbc.sql(
                  "INSERT INTO ingest_batch (principal, source, mode) VALUES (:principal, :source,"
                      + " :mode) RETURNING id")
              .param("principal", principal)
              .param("source", source)
              .param("mode", mode.name())
              .query(Long.class)
              .single();
      Written written =
          read.complete() && copyDirect(connection, read.buffered, batchId)
              ? new Written(read.buffered.size(), 0)
              : viaStaging(connection, read, rows, mode, batchId);

      List<RowError> errors = new ArrayList<>(read.errors);
      if (written.conflicts > 0) {
        errors.addAll(conflictErrors(Math.max(0, maxRowErrors - errors.size())));
        if (mode == IngestMode.ALL_OR_NOTHING) {
          throw new BatchRejectedException(
              "transaction.id_conflict",
              written.conflicts
                  + " transaction ids are already stored with different content;"
                  + " nothing was written",
              errors,
              written.conflicts,
              true);
        }
      }
      long duplicates = read.staged - written.inserted - written.conflicts;
      long rejected = read.rejected + written.conflicts;
      byte[] digest = read.digest.digest();
      jdbc.sql(
              "UPDATE ingest_batch SET rows_received = :received, rows_inserted = :inserted,"
                  + " rows_duplicate = :duplicates, rows_rejected = :rejected,"
                  + " content_digest = :digest WHERE id = :id")
          .param("received", read.received)
          .param("inserted", written.inserted)
          .param("duplicates", duplicates)
          .param("rejected", rejected)
          .param("digest", digest)
          .param("id", batchId)
          .update();
      audit.append(
          principal, "transactions.ingest", "ingest_batch", Long.toString(batchId), null, digest);
      return new IngestReport(
          batchId, mode, read.received, written.inserted, duplicates, rejected, errors);
    }
  }

  /**
   * Reads rows until the stream ends or {@value #DIRECT_LIMIT} valid rows are buffered. In
   * all-or-nothing mode a bad row stops the buffering, and reading goes on only to report more bad
   * rows.
   */
  private Read read(RowReader rows, IngestMode mode) {
    Read read = new Read();
    while (read.buffered.size() < DIRECT_LIMIT && rows.hasNext()) {
      if (!read.accept(rows.next(), mode, maxRowErrors)) {
        break;
      }
    }
    read.exhausted = !rows.hasNext();
    return read;
  }

  /**
   * The fast path for a batch of new ids: COPY straight into {@code transaction}. A unique-key
   * violation (an id already stored, or stored by a concurrent batch meanwhile) rolls back to the
   * savepoint and the batch takes the staging path instead, which sorts duplicates from conflicts.
   */
  private static boolean copyDirect(Connection connection, List<StagedRow> rows, long batchId) {
    Savepoint savepoint;
    try {
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw new IllegalStateException("could not set a savepoint", e);
    }
    CopyStream copy = null;
    try {
      copy = CopyStream.open(connection, "transaction", CopyRowEncoder.COLUMNS + ", batch_id");
      for (StagedRow row : rows) {
        copy.write(row, batchId);
      }
      copy.finish();
      connection.releaseSavepoint(savepoint);
      return true;
    } catch (SQLException e) {
      if (copy != null) {
        copy.cancel(e);
      }
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new IllegalStateException("COPY into transaction failed: " + e.getMessage(), e);
      }
      try {
        connection.rollback(savepoint);
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
        throw new IllegalStateException("could not roll back to the savepoint", e);
      }
      return false;
    }
  }

  /**
   * The general path: COPY every valid row (those buffered, then the rest of the stream) into a
   * session-local staging table, insert the new ids in one statement, and count the ids that were
   * stored with other content.
   */
  private Written viaStaging(
      Connection connection, Read read, RowReader rest, IngestMode mode, long batchId) {
    createStaging(connection);
    CopyStream copy = null;
    try {
      copy = CopyStream.open(connection, "ingest_staging", CopyRowEncoder.COLUMNS + ", line");
      for (StagedRow row : read.buffered) {
        copy.write(row, row.line());
      }
      read.buffered.clear();
      while (!read.exhausted && rest.hasNext()) {
        if (!read.accept(rest.next(), mode, maxRowErrors)) {
          break;
        }
        for (StagedRow row : read.buffered) {
          copy.write(row, row.line());
        }
        read.buffered.clear();
      }
      copy.finish();
    } catch (SQLException e) {
      if (copy != null) {
        copy.cancel(e);
      }
      throw new IllegalStateException("COPY into the staging table failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (copy != null) {
        copy.cancel(e);
      }
      throw e;
    }
    if (mode == IngestMode.ALL_OR_NOTHING && read.rejected > 0) {
      throw new BatchRejectedException(
          "ingest.rows_invalid",
          read.rejected + " of " + read.received + " rows are invalid; nothing was written",
          read.errors,
          read.rejected,
          false);
    }
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
    // ON CONFLICT waited for any concurrent batch holding the same id, so this statement's
    // snapshot sees its committed row and cannot miss a conflict.
    long conflicts =
        inserted == read.staged
            ? 0
            : jdbc.sql(
                    "SELECT count(*) FROM ingest_staging s JOIN transaction t ON t.id = s.id"
                        + " WHERE t.content_hash <> s.content_hash")
                .query(Long.class)
                .single();
    return new Written(inserted, conflicts);
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What written rows came to. */
  private record Written(long inserted, long conflicts) {}

  /** The rows read so far: counts, errors, and valid rows waiting to be copied. */
  private static final class Read {
    final List<StagedRow> buffered = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();
    final TransactionHasher hasher = new TransactionHasher();
    final MessageDigest digest = sha256();
    long received;
    long staged;
    long rejected;
    boolean exhausted;

    /** Takes one row; returns false when reading should stop. */
    boolean accept(IngestRow row, IngestMode mode, int maxRowErrors) {
      received++;
      if (!row.isValid()) {
        rejected++;
        if (errors.size() < maxRowErrors) {
          errors.add(row.error());
          return true;
        }
        return mode != IngestMode.ALL_OR_NOTHING; // refused anyway; enough has been reported
      }
      if (mode == IngestMode.ALL_OR_NOTHING && rejected > 0) {
        return true; // keep reading to report every bad row, but keep nothing more
      }
      byte[] hash = hasher.hash(row.transaction());
      digest.update(hash);
      buffered.add(new StagedRow(row.line(), row.transaction(), hash));
      staged++;
      return true;
    }

    /** The whole batch is buffered and valid enough to write. */
    boolean complete() {
      return exhausted && !buffered.isEmpty();
    }
  }
}
