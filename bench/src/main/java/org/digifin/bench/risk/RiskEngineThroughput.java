package org.digifin.bench.risk;

import java.util.List;
import org.digifin.basics.domain.Transaction;
import org.digifin.risk.RiskContext;
import org.digifin.risk.RiskEngine;
import org.digifin.synth.simulate.BankSimulator;
import org.digifin.synth.simulate.World;

/**
 * End-to-end throughput of {@code RiskEngine.assess} in one thread, as a plain harness (no JMH) so
 * that it runs in a minute: the same workload as {@link RiskEngineBenchmark} (SMALL bank, 10 days,
 * about 36,000 transactions per pass, each pass from empty state), repeated for a fixed time after
 * a warm-up. Prints transactions per second for the full engine, the engine without rules and the
 * hand-written velocity loop peer.
 *
 * <p>Arguments: {@code [seconds per variant, default 20] [variants: fullEngine engineWithoutRules
 * peer]}.
 */
public final class RiskEngineThroughput {

  private RiskEngineThroughput() {}

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<Transaction> transactions =
        BankSimulator.of(RiskEngineBenchmark.CONFIG).transactions().toList();
    RiskContext context =
        new RiskEngineBenchmark.WorldContext(World.of(RiskEngineBenchmark.CONFIG));
    System.out.printf(
        "transactions per pass: %,d; cores %d; load average %.2f%n",
        transactions.size(),
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    List<String> variants =
        args.length > 1
            ? List.of(args).subList(1, args.length)
            : List.of("fullEngine", "engineWithoutRules", "peer");
    for (String variant : variants) {
      switch (variant) {
        case "fullEngine" -> report(variant, rate(transactions, context, true, seconds));
        case "engineWithoutRules" -> report(variant, rate(transactions, context, false, seconds));
        case "peer" -> report("peer handWrittenVelocityLoop", peerRate(transactions, seconds));
        default -> throw new IllegalArgumentException("unknown variant " + variant);
      }
    }
  }

  /** Transactions per second of the engine over {@code seconds}, after a warm-up of a third. */
  static double rate(
      List<Transaction> transactions, RiskContext context, boolean withRules, int seconds) {
    long sink = 0;
    long warmUntil = System.nanoTime() + seconds * 1_000_000_000L / 3;
    while (System.nanoTime() < warmUntil) {
      sink += pass(transactions, context, withRules);
    }
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    long done = 0;
    while (System.nanoTime() < end) {
      sink += pass(transactions, context, withRules);
      done += transactions.size();
    }
    double rate = done / ((System.nanoTime() - start) / 1e9);
    if (sink == 42) {
      System.out.println();
    }
    return rate;
  }

  private static long pass(List<Transaction> transactions, RiskContext context, boolean rules) {
    RiskEngine engine = RiskEngineBenchmark.engine(rules);
    long held = 0;
    for (Transaction t : transactions) {
      held += engine.assess(t, context).rules().size();
    }
    return held;
  }

  private static double peerRate(List<Transaction> transactions, int seconds) {
    RiskEngineBenchmark peer = new RiskEngineBenchmark();
    long warmUntil = System.nanoTime() + seconds * 1_000_000_000L / 3;
    long sink = 0;
    while (System.nanoTime() < warmUntil) {
      sink += peer.velocityLoop(transactions);
    }
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    long done = 0;
    while (System.nanoTime() < end) {
      sink += peer.velocityLoop(transactions);
      done += transactions.size();
    }
    if (sink == 42) {
      System.out.println();
    }
    return done / ((System.nanoTime() - start) / 1e9);
  }

  private static void report(String name, double rate) {
    System.out.printf("%-30s %,12.0f tx/s%n", name, rate);
  }
}
