package org.digifin.synth.simulate;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated day, ready to emit: the rows of the event buffer that fall on the day, in time
 * order, with their transaction sequence numbers. Valid until the engine generates the next day;
 * the engine reuses it.
 */
final class DayBatch {

  LocalDate date;
  EventBuffer events;
  long[] keys = new long[1024];
  int[] positionOfRow = new int[1024];
  int count;
  long firstSequence;
  List<PatternRecorder.AccountTag> accountTags;
  List<SupplyChain.Settlement> settlements;
  List<LoanRecord> closedLoans;

  /** The buffer row of the {@code k}-th transaction of the day. */
  int row(int k) {
    return (int) keys[k];
  }

  /** The run-wide sequence number of the {@code k}-th transaction of the day. */
  long sequence(int k) {
    return firstSequence + k;
  }

  /** The sequence number of the transaction booked in buffer row {@code row}. */
  long sequenceOfRow(int row) {
    return firstSequence + positionOfRow[row];
  }

  /** The transaction id for sequence number {@code sequence}: {@code T} and ten digits. */
  static String transactionId(long sequence) {
    String digits = Long.toString(sequence);
    return "T" + "0000000000".substring(Math.min(10, digits.length())) + digits;
  }
}
