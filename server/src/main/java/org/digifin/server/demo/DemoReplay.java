package org.digifin.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.digifin.server.ingest.IngestMode;
import org.digifin.server.ingest.IngestReport;
import org.digifin.server.ingest.RowReader;
import org.digifin.server.ingest.TransactionIngestService;
import org.digifin.synth.simulate.BankSimulator;
import org.digifin.synth.simulate.SimulatedDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Replays the demo bank through ingest on a background thread: the month up to today at one day a
 * second, so the console visibly fills, then one new simulated day every {@code
 * digifin.demo.day-seconds}. Days already stored (a restart) go through as duplicates, which ingest
 * skips cheaply. After each day the {@link DemoHook}s run.
 */
@Component
public class DemoReplay {

  private static final Logger log = LoggerFactory.getLogger(DemoReplay.class);
  private static final Duration CATCH_UP_DAY = Duration.ofSeconds(1);

  private final TransactionIngestService ingest;
  private final List<DemoHook> hooks;
  private final Clock clock;
  private final Duration dayPace;
  private final AtomicLong ingested = new AtomicLong();
  private final AtomicLong replayed = new AtomicLong();
  private final AtomicReference<LocalDate> currentDay = new AtomicReference<>();
  private volatile boolean caughtUp;
  private volatile Thread thread;

  public DemoReplay(
      TransactionIngestService ingest,
      List<DemoHook> hooks,
      Clock clock,
      @Value("${digifin.demo.day-seconds:30}") long daySeconds) {
    this.ingest = ingest;
    this.hooks = hooks;
    this.clock = clock;
    this.dayPace = Duration.ofSeconds(daySeconds);
  }

  synchronized void start(BankSimulator simulator, DemoSettings settings) {
    if (thread != null) {
      return;
    }
    thread = new Thread(() -> run(simulator), "demo-replay");
    thread.setDaemon(true);
    thread.start();
  }

  private void run(BankSimulator simulator) {
    LocalDate today = LocalDate.now(clock);
    Iterator<SimulatedDay> days = simulator.days().iterator();
    try {
      while (days.hasNext() && !Thread.currentThread().isInterrupted()) {
        SimulatedDay day = days.next();
        currentDay.set(day.date());
        long dayStarted = System.nanoTime();
        IngestReport report =
            ingest.ingest(
                RowReader.of(day.transactions()),
                IngestMode.ALL_OR_NOTHING,
                DemoBank.ACTOR,
                "demo");
        replayed.addAndGet(report.received());
        ingested.addAndGet(report.inserted());
        for (DemoHook hook : hooks) {
          try {
            hook.afterDay(day, report);
          } catch (RuntimeException e) {
            log.warn(
                "Demo hook {} failed on {}: {}",
                hook.getClass().getSimpleName(),
                day.date(),
                e.toString());
          }
        }
        if (report.inserted() == 0) {
          continue; // stored by an earlier run: no need to watch it again
        }
        if (day.date().isBefore(today)) {
          long spent = (System.nanoTime() - dayStarted) / 1_000_000;
          Thread.sleep(Math.max(0, CATCH_UP_DAY.toMillis() - spent));
        } else {
          caughtUp = true;
          Thread.sleep(dayPace.toMillis());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.error("Demo replay stopped", e);
    }
  }

  /** Transactions replayed so far (new or already stored). */
  public long replayed() {
    return replayed.get();
  }

  /** Transactions this run newly stored. */
  public long ingested() {
    return ingested.get();
  }

  /** The simulated day being replayed. */
  public LocalDate currentDay() {
    return currentDay.get();
  }

  /** Whether the month up to today is in and the replay has moved to one day at a time. */
  public boolean caughtUp() {
    return caughtUp;
  }
}
