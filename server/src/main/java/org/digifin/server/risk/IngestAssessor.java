package org.digifin.server.risk;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.digifin.basics.domain.Transaction;
import org.digifin.risk.Decision;
import org.digifin.risk.rule.Action;
import org.digifin.server.ingest.IngestListener;
import org.digifin.server.ingest.IngestReport;
import org.digifin.server.ingest.TimestampParser;
import org.digifin.server.ingest.TransactionPayload;
import org.digifin.server.ingest.TransactionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assesses every ingested transaction after its batch commits, on one background thread, so the
 * ingest path's database transaction is never lengthened by the engine.
 *
 * <p>The durable queue is the database: a batch whose {@code risk_assessed_at} is null is still to
 * be assessed. The in-memory queue (capacity 1) only wakes the worker, so ingest never blocks on it
 * and nothing is lost when it is full, when the server stops mid-way, or when a batch came in
 * through {@code import --offline}; the worker also looks every few seconds. Batches go in id
 * order, their transactions in time order. Each batch's alerts, cases, audit entries and its mark
 * commit together.
 *
 * <p>Only in the web application: the CLI's headless contexts leave batches for the server. {@code
 * digifin.risk.assess-ingested=false} switches it off (the ingest benchmark measures ingest alone).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "digifin.risk.assess-ingested", matchIfMissing = true)
public class IngestAssessor implements IngestListener, InitializingBean, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(IngestAssessor.class);
  private static final int PAGE = 10_000;
  private static final long IDLE_LOOK_SECONDS = 5;

  private final RiskService risk;
  private final AlertWriter alerts;
  private final TransactionRepository transactions;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final TimestampParser timestamps;
  private final BlockingQueue<Boolean> wakeUp = new ArrayBlockingQueue<>(1);
  private final AtomicLong backlog = new AtomicLong();
  private final Counter assessed;
  private final Counter alerted;
  private volatile Thread thread;

  public IngestAssessor(
      RiskService risk,
      AlertWriter alerts,
      TransactionRepository transactions,
      JdbcClient jdbc,
      TransactionTemplate tx,
      Clock clock,
      MeterRegistry meters) {
    this.risk = risk;
    this.alerts = alerts;
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.tx = tx;
    this.timestamps = new TimestampParser(clock.getZone());
    Gauge.builder("digifin.risk.backlog", backlog, AtomicLong::get)
        .description("Ingested transactions waiting for risk assessment")
        .register(meters);
    this.assessed =
        Counter.builder("digifin.risk.assessed")
            .description("Ingested transactions assessed")
            .register(meters);
    this.alerted =
        Counter.builder("digifin.risk.alerts").description("Alerts raised").register(meters);
  }

  @Override
  public void committed(IngestReport report) {
    backlog.addAndGet(report.inserted());
    wakeUp.offer(Boolean.TRUE);
  }

  /** Ingested transactions not assessed yet (approximate while batches are in flight). */
  public long backlog() {
    return backlog.get();
  }

  @Override
  public void afterPropertiesSet() {
    thread = new Thread(this::run, "risk-assessor");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void destroy() throws InterruptedException {
    Thread running = thread;
    if (running != null) {
      running.interrupt();
      running.join(TimeUnit.SECONDS.toMillis(10));
    }
  }

  private void run() {
    backlog.set(
        jdbc.sql(
                "SELECT coalesce(sum(rows_inserted), 0) FROM ingest_batch"
                    + " WHERE risk_assessed_at IS NULL")
            .query(Long.class)
            .single());
    while (!Thread.currentThread().isInterrupted()) {
      try {
        drain();
        wakeUp.poll(IDLE_LOOK_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        // The database may be gone for a moment (or for good at shutdown): try again later.
        log.warn("Risk assessment of ingested batches failed; retrying: {}", e.toString());
        try {
          Thread.sleep(TimeUnit.SECONDS.toMillis(IDLE_LOOK_SECONDS));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** Assesses every batch not yet assessed, oldest first. */
  void drain() {
    while (!Thread.currentThread().isInterrupted()) {
      List<Long> batches =
          jdbc.sql(
                  "SELECT id FROM ingest_batch WHERE risk_assessed_at IS NULL ORDER BY id LIMIT 100")
              .query(Long.class)
              .list();
      if (batches.isEmpty()) {
        return;
      }
      for (long batch : batches) {
        assessBatch(batch);
      }
    }
  }

  private void assessBatch(long batch) {
    tx.executeWithoutResult(
        status -> {
          OffsetDateTime afterTs = null;
          String afterId = null;
          long count = 0;
          while (true) {
            List<TransactionPayload> page = transactions.ofBatch(batch, afterTs, afterId, PAGE);
            for (TransactionPayload payload : page) {
              Transaction transaction = payload.toTransaction(timestamps);
              Decision decision = risk.assessIngested(transaction);
              if (decision.action() != Action.ALLOW
                  && alerts.record(
                      transaction, DecisionView.of(decision), risk.owner(transaction.payer()))) {
                alerted.increment();
              }
            }
            count += page.size();
            if (page.size() < PAGE) {
              break;
            }
            TransactionPayload last = page.get(page.size() - 1);
            afterTs = OffsetDateTime.parse(last.timestamp()).withOffsetSameInstant(ZoneOffset.UTC);
            afterId = last.id();
          }
          jdbc.sql("UPDATE ingest_batch SET risk_assessed_at = now() WHERE id = :id")
              .param("id", batch)
              .update();
          assessed.increment(count);
          backlog.addAndGet(-count);
        });
  }
}
