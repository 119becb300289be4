package org.digifin.bench.risk;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.TransactionId;
import org.digifin.basics.money.Currency;
import org.digifin.basics.money.Money;
import org.digifin.risk.RiskContext;
import org.digifin.risk.RiskEngine;
import org.digifin.risk.feature.FeatureExtractor;
import org.digifin.risk.feature.InMemoryEntityStateStore;
import org.digifin.risk.graph.FundFlowGraph;
import org.digifin.risk.graph.GraphConfig;
import org.digifin.risk.graph.InMemoryGraphStateStore;
import org.digifin.risk.rule.RuleBook;
import org.digifin.risk.rule.StarterLibrary;

/**
 * Memory per tracked account: the starter engine assesses {@code perAccount} rounds of synthetic
 * transfers in which each of {@code accounts} distinct accounts pays once and is paid once (payee =
 * a fixed permutation of the payer, different each round), all within three days so nothing is
 * evicted. Then heap used after full GC is read with the engine alive, without the graph state, and
 * without the feature state; the differences divided by the accounts are the bytes per account.
 * Transactions are generated on the fly and not retained.
 *
 * <p>Arguments: {@code [accounts, default 1000000] [transactions paid per account, default 3]}. Run
 * with a heap big enough for the state (-Xmx6g for a million accounts).
 */
public final class RiskEngineMemory {

  private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");
  private static final long SPAN_MILLIS = Duration.ofDays(3).toMillis();

  /**
   * The state under measurement, in static fields so that only clearing them (not the JIT's
   * liveness analysis of locals) makes it unreachable.
   */
  private static RiskEngine engine;

  private static InMemoryEntityStateStore featureState;
  private static InMemoryGraphStateStore graphState;

  private RiskEngineMemory() {}

  public static void main(String[] args) throws InterruptedException {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int perAccount = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    System.out.printf(
        "accounts %,d, transactions paid per account %d; cores %d; load average %.2f; max heap %,d MiB%n",
        accounts,
        perAccount,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory() >> 20);
    long base = usedAfterGc();
    featureState = InMemoryEntityStateStore.of(Duration.ofDays(91), 4 * accounts);
    graphState = InMemoryGraphStateStore.of(Duration.ofDays(8), 4 * accounts);
    engine =
        RiskEngine.of(
            FeatureExtractor.of(StarterLibrary.features()),
            featureState,
            FundFlowGraph.of(GraphConfig.DEFAULT, graphState),
            RuleBook.of(StarterLibrary.ruleSet()),
            ZoneId.of("Asia/Shanghai"));
    RiskContext context = new NoContext();
    long total = (long) accounts * perAccount;
    long started = System.nanoTime();
    long held = 0;
    for (int round = 0; round < perAccount; round++) {
      for (int i = 0; i < accounts; i++) {
        long n = (long) round * accounts + i;
        int payee = (int) ((i * 7919L + round * 104_729L + 1) % accounts);
        if (payee == i) {
          payee = (payee + 1) % accounts;
        }
        Transaction t =
            new Transaction(
                TransactionId.of("M" + n),
                T0.plusMillis(n * SPAN_MILLIS / total),
                account(i),
                account(payee),
                Money.ofMinor(Currency.CNY, 10_000 + (n * 7_919) % 1_000_000),
                Channel.MOBILE,
                TransactionType.TRANSFER,
                Optional.of("dev-" + i),
                Optional.empty(),
                Optional.empty());
        held += engine.assess(t, context).rules().size();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long withAll = usedAfterGc();
    System.out.printf(
        "assessed %,d transactions in %.1f s (%,.0f tx/s, %d rule hits); entities: %,d feature windows, %,d graph nodes%n",
        total, seconds, total / seconds, held, featureState.size(), graphState.size());
    engine = null;
    graphState = null;
    long withFeatures = usedAfterGc();
    featureState = null;
    long withNone = usedAfterGc();
    report("feature state (payer + payee windows)", withFeatures - withNone, accounts);
    report("graph state (nodes, edges)", withAll - withFeatures, accounts);
    report("engine total", withAll - base, accounts);
  }

  private static AccountId account(int i) {
    return AccountId.of("A" + (1_000_000_000 + i));
  }

  private static void report(String what, long bytes, int accounts) {
    System.out.printf(
        "%-40s %,10d MiB %,8.0f bytes per account%n", what, bytes >> 20, (double) bytes / accounts);
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static final class NoContext implements RiskContext {
    @Override
    public Optional<Account> account(AccountId id) {
      return Optional.empty();
    }

    @Override
    public Optional<Party> owner(AccountId account) {
      return Optional.empty();
    }
  }
}
