package org.digifin.server.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One COPY … FROM STDIN on a connection, fed through a {@link CopyRowEncoder} in 64 KiB chunks. A
 * failure cancels the COPY so the connection stays usable for a rollback.
 */
final class CopyStream {

  private static final int FLUSH_BYTES = 1 << 16;

  private final CopyIn copy;
  private final CopyRowEncoder encoder = new CopyRowEncoder();
  private long rows;

  private CopyStream(CopyIn copy) {
    this.copy = copy;
  }

  /** Starts {@code COPY table (columns) FROM STDIN}. */
  static CopyStream open(Connection connection, String table, String columns) throws SQLException {
    return new CopyStream(
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
  }

  void write(StagedRow row, long trailing) throws SQLException {
    encoder.append(row.transaction(), row.hash(), trailing);
    rows++;
    if (encoder.size() >= FLUSH_BYTES) {
      flush();
    }
  }

  /** Ends the COPY; returns the rows it wrote. */
  long finish() throws SQLException {
    flush();
    copy.endCopy();
    return rows;
  }

  /** Cancels the COPY if it is still open; never throws. */
  void cancel(Throwable cause) {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private void flush() throws SQLException {
    if (encoder.size() > 0) {
      copy.writeToCopy(encoder.buffer(), 0, encoder.size());
      encoder.clear();
    }
  }
}
