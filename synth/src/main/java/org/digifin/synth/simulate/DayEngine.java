package org.digifin.synth.simulate;

import java.util.Arrays;

/**
 * Generates the run one day at a time. Each day every behaviour adds its rows to the event buffer;
 * the rows that fall on the day are sorted by time and handed out as a {@link DayBatch}; rows that
 * injected patterns placed on later days wait in the buffer. Nothing of a day is kept once the next
 * day starts, so memory depends on the number of customers, not of days.
 */
final class DayEngine {

  private static final int CIRCUMSTANCES_STREAM = 5;

  private final SimulationConfig config;
  private final DayContext day;
  private final PersonalBanking personal;
  private final Payroll payroll;
  private final SupplyChain supplyChain;
  private final LoanBook loans;
  private final LaunderingPatterns laundering;
  private final FraudPatterns fraud;
  private final DecoyPatterns decoys;
  private final DayBatch batch = new DayBatch();
  private final int[] secondCounts = new int[86_400 + 1];
  private int dayIndex;
  private long nextSequence = 1;
  private long emittedUntil = Long.MIN_VALUE;

  DayEngine(World world, SimulationConfig config) {
    this.config = config;
    this.day = new DayContext(world, config);
    this.personal = new PersonalBanking(world);
    this.payroll = new Payroll(world);
    this.supplyChain = new SupplyChain(world, config.seed());
    this.loans = new LoanBook(world, config.seed());
    this.laundering = new LaunderingPatterns(world);
    this.fraud = new FraudPatterns(world);
    this.decoys = new DecoyPatterns(world);
  }

  boolean hasNext() {
    return dayIndex < config.days();
  }

  int dayIndex() {
    return dayIndex;
  }

  DayBatch next() {
    EventBuffer events = day.events;
    events.keepFrom(emittedUntil);
    day.patterns.committed.clear();
    day.moveTo(config.start().plusDays(dayIndex));
    if (dayIndex == 0 || day.dayOfMonth == 1) {
      day.circumstances.startMonth(day, day.random(CIRCUMSTANCES_STREAM));
    }
    payroll.generate(day);
    personal.generate(day);
    supplyChain.generate(day);
    loans.generate(day);
    laundering.generate(day, config);
    fraud.generate(day, config);
    decoys.generate(day, config);

    long end = day.dayStart + 86_400;
    if (batch.keys.length < events.size) {
      batch.keys = new long[events.capacity()];
      batch.positionOfRow = new int[events.capacity()];
    }
    // a stable counting sort on the second of the day: the order (time, row) in O(n)
    int[] counts = secondCounts;
    Arrays.fill(counts, 0);
    int n = 0;
    for (int i = 0; i < events.size; i++) {
      long t = events.time[i];
      if (t < end) {
        counts[(int) (t - day.dayStart) + 1]++;
        n++;
      }
    }
    for (int s = 1; s < counts.length; s++) {
      counts[s] += counts[s - 1];
    }
    long[] keys = batch.keys;
    for (int i = 0; i < events.size; i++) {
      long t = events.time[i];
      if (t < end) {
        int second = (int) (t - day.dayStart);
        int k = counts[second]++;
        keys[k] = ((long) second << 32) | i;
        batch.positionOfRow[i] = k;
      }
    }
    batch.date = day.date;
    batch.events = events;
    batch.count = n;
    batch.firstSequence = nextSequence;
    batch.accountTags = day.patterns.committed;
    batch.settlements = supplyChain.settledToday;
    batch.closedLoans = loans.closedToday;
    nextSequence += n;
    emittedUntil = end;
    dayIndex++;
    return batch;
  }

  /** Loans still running; for the end of the run. */
  java.util.List<LoanRecord> activeLoans() {
    return loans.activeLoans();
  }

  /** Trade orders still unpaid; for the end of the run. */
  java.util.List<TradeOrder> openOrders() {
    return supplyChain.openOrders();
  }

  long patternInstances() {
    return day.patterns.instancesCommitted();
  }

  /**
   * What the engine holds between days, in slots: buffer capacity, sort keys, open trade orders.
   * Bounded by the busiest day and the number of supply links, not by the number of days.
   */
  long stateSize() {
    return day.events.capacity() + batch.keys.length + supplyChain.openCount();
  }
}
