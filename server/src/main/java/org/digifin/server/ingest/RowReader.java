package org.digifin.server.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.digifin.basics.domain.Transaction;

/**
 * Rows of one batch, read lazily so a batch of millions streams through in constant memory. A
 * reader turns bytes into rows and never touches the database; {@link #close} releases the input.
 */
public interface RowReader extends Iterator<IngestRow>, AutoCloseable {

  @Override
  void close();

  /** Rows over transactions already in memory, numbered from 1. */
  static RowReader of(List<Transaction> transactions) {
    Iterator<Transaction> it = transactions.iterator();
    return new RowReader() {
      private long line;

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public IngestRow next() {
        if (!it.hasNext()) {
          throw new NoSuchElementException();
        }
        return IngestRow.valid(++line, it.next());
      }

      @Override
      public void close() {}
    };
  }
}
