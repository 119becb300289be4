package org.digifin.bench.risk;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.digifin.basics.domain.Transaction;
import org.digifin.risk.RiskContext;
import org.digifin.risk.RiskEngine;
import org.digifin.synth.simulate.BankSimulator;
import org.digifin.synth.simulate.World;

/**
 * Latency of {@code RiskEngine.assess} at a fixed offered rate: first the maximum rate is measured
 * with {@link RiskEngineThroughput} (unless given), then simulator transactions (the JMH
 * benchmark's workload, each pass from empty state) are offered at half of it on a fixed schedule
 * for the given time, after a warm-up at the same rate. Reports percentiles of two latencies per
 * transaction, from a sorted array of nanoseconds:
 *
 * <ul>
 *   <li>service time: from the call of {@code assess} to its return;
 *   <li>response time: from the transaction's scheduled arrival to the return, so a stall also
 *       counts against the transactions queued behind it (no coordinated omission).
 * </ul>
 *
 * <p>Arguments: {@code [seconds, default 30] [rate in tx/s, default half the measured maximum]}.
 */
public final class RiskEngineLatency {

  private RiskEngineLatency() {}

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    List<Transaction> transactions =
        BankSimulator.of(RiskEngineBenchmark.CONFIG).transactions().toList();
    RiskContext context =
        new RiskEngineBenchmark.WorldContext(World.of(RiskEngineBenchmark.CONFIG));
    double rate;
    if (args.length > 1) {
      rate = Double.parseDouble(args[1]);
    } else {
      double max = RiskEngineThroughput.rate(transactions, context, true, 15);
      System.out.printf("measured maximum: %,.0f tx/s%n", max);
      rate = max / 2;
    }
    System.out.printf(
        "offered rate %,.0f tx/s for %d s (+%d s warm-up); cores %d; load average %.2f%n",
        rate,
        seconds,
        seconds / 3,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    drive(transactions, context, rate, seconds / 3, null, null);
    int n = (int) Math.ceil(rate * seconds);
    long[] service = new long[n];
    long[] response = new long[n];
    drive(transactions, context, rate, seconds, service, response);
    report("service time", service);
    report("response time", response);
  }

  /** Offers transactions at {@code rate} for {@code seconds}, recording latencies when asked. */
  private static void drive(
      List<Transaction> transactions,
      RiskContext context,
      double rate,
      int seconds,
      long[] service,
      long[] response) {
    long total = (long) Math.ceil(rate * seconds);
    double interval = 1e9 / rate;
    RiskEngine engine = RiskEngineBenchmark.engine(true);
    int next = 0;
    long start = System.nanoTime();
    long sink = 0;
    for (long i = 0; i < total; i++) {
      if (next == transactions.size()) {
        engine = RiskEngineBenchmark.engine(true);
        next = 0;
      }
      long scheduled = start + (long) (i * interval);
      long now;
      while ((now = System.nanoTime()) < scheduled) {
        if (scheduled - now > 200_000) {
          LockSupport.parkNanos(scheduled - now - 100_000);
        } else {
          Thread.onSpinWait();
        }
      }
      long before = System.nanoTime();
      sink += engine.assess(transactions.get(next++), context).rules().size();
      long after = System.nanoTime();
      if (service != null) {
        service[(int) i] = after - before;
        response[(int) i] = after - scheduled;
      }
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%-14s p50 %7.1f us  p99 %7.1f us  p99.9 %8.1f us  max %9.1f us  (%,d transactions)%n",
        what,
        at(sorted, 0.50) / 1e3,
        at(sorted, 0.99) / 1e3,
        at(sorted, 0.999) / 1e3,
        sorted[sorted.length - 1] / 1e3,
        sorted.length);
  }

  private static long at(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }
}
