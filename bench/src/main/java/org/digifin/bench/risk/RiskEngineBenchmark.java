package org.digifin.bench.risk;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.id.AccountId;
import org.digifin.risk.RiskContext;
import org.digifin.risk.RiskEngine;
import org.digifin.risk.feature.FeatureDefinition;
import org.digifin.risk.feature.FeatureExtractor;
import org.digifin.risk.feature.InMemoryEntityStateStore;
import org.digifin.risk.graph.FundFlowGraph;
import org.digifin.risk.graph.GraphConfig;
import org.digifin.risk.graph.InMemoryGraphStateStore;
import org.digifin.risk.rule.RuleBook;
import org.digifin.risk.rule.RuleCompiler;
import org.digifin.risk.rule.StarterLibrary;
import org.digifin.synth.simulate.BankSimulator;
import org.digifin.synth.simulate.SimulationConfig;
import org.digifin.synth.simulate.SimulationSize;
import org.digifin.synth.simulate.World;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * In-process throughput of the risk engine on simulator transactions: the SMALL bank (2,000
 * customers) for 10 days, about 36,000 transactions per operation (printed at setup so ms/op
 * converts to transactions per second). Each operation starts from empty state.
 *
 * <ul>
 *   <li>{@code fullEngine}: {@code RiskEngine.assess} with the starter library (11 features, the
 *       fund-flow graph, 13 CEL rules), the whole decision record built.
 *   <li>{@code engineWithoutRules}: the same with an empty rule set: features and graph only, to
 *       show what CEL evaluation costs.
 *   <li>Peer {@code handWrittenVelocityLoop}: the starter library's two velocity conditions (count
 *       in 1 h, sum in 24 h per paying account) as a plain loop over per-account deques, no engine.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RiskEngineBenchmark {

  static final SimulationConfig CONFIG = SimulationConfig.of(SimulationSize.SMALL).withDays(10);

  private List<Transaction> transactions;
  private RiskContext context;

  @Setup(Level.Trial)
  public void setUp() {
    transactions = BankSimulator.of(CONFIG).transactions().toList();
    context = new WorldContext(World.of(CONFIG));
    System.out.println("transactions per operation: " + transactions.size());
  }

  static RiskEngine engine(boolean withRules) {
    List<FeatureDefinition> features = StarterLibrary.features();
    RuleBook rules =
        RuleBook.of(
            withRules
                ? StarterLibrary.ruleSet()
                : RuleCompiler.of(Set.of()).compile("none", "0", List.of()));
    return RiskEngine.of(
        FeatureExtractor.of(features),
        InMemoryEntityStateStore.of(Duration.ofDays(91), 1_000_000),
        FundFlowGraph.of(
            GraphConfig.DEFAULT, InMemoryGraphStateStore.of(Duration.ofDays(8), 1_000_000)),
        rules,
        ZoneId.of("Asia/Shanghai"));
  }

  @Benchmark
  public void fullEngine(Blackhole sink) {
    RiskEngine engine = engine(true);
    for (Transaction t : transactions) {
      sink.consume(engine.assess(t, context));
    }
  }

  @Benchmark
  public void engineWithoutRules(Blackhole sink) {
    RiskEngine engine = engine(false);
    for (Transaction t : transactions) {
      sink.consume(engine.assess(t, context));
    }
  }

  @Benchmark
  public void handWrittenVelocityLoop(Blackhole sink) {
    sink.consume(velocityLoop(transactions));
  }

  /** The peer: returns how many transactions the two velocity conditions flag. */
  long velocityLoop(List<Transaction> transactions) {
    Map<AccountId, ArrayDeque<long[]>> history = new HashMap<>();
    long hour = 3_600_000L;
    long day = 24 * hour;
    long flagged = 0;
    for (Transaction t : transactions) {
      long now = t.timestamp().toEpochMilli();
      long cents = t.amount().toMinor();
      ArrayDeque<long[]> events = history.computeIfAbsent(t.payer(), k -> new ArrayDeque<>());
      while (!events.isEmpty() && events.peekFirst()[0] <= now - day) {
        events.pollFirst();
      }
      int lastHour = 1;
      long sumDay = cents;
      for (long[] e : events) {
        sumDay += e[1];
        if (e[0] > now - hour) {
          lastHour++;
        }
      }
      events.addLast(new long[] {now, cents});
      if (lastHour >= 10 || sumDay >= 10_000_000) {
        flagged++;
      }
    }
    return flagged;
  }

  /** The simulator's world as the engine's context. */
  static final class WorldContext implements RiskContext {
    private final World world;
    private final Account[] accounts;
    private final Party[] parties;

    WorldContext(World world) {
      this.world = world;
      this.accounts = new Account[world.accountCount()];
      this.parties = new Party[world.partyCount()];
    }

    @Override
    public Optional<Account> account(AccountId id) {
      int index = Integer.parseInt(id.value().substring(1)) - 1;
      if (accounts[index] == null) {
        accounts[index] = world.account(index);
      }
      return Optional.of(accounts[index]);
    }

    @Override
    public Optional<Party> owner(AccountId account) {
      return account(account)
          .flatMap(Account::owner)
          .map(
              id -> {
                int index = Integer.parseInt(id.value().substring(1)) - 1;
                if (parties[index] == null) {
                  parties[index] = world.party(index);
                }
                return parties[index];
              });
    }
  }
}
