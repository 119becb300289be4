package org.digifin.synth.simulate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.digifin.basics.Checks;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.id.TransactionId;

/**
 * The bank simulator's in-process entry point: build once, then stream days or transactions.
 *
 * <pre>{@code
 * BankSimulator simulator = BankSimulator.of(SimulationConfig.of(SimulationSize.SMALL));
 * try (Stream<Transaction> transactions = simulator.transactions()) {
 *   transactions.forEach(engine::assess);
 * }
 * }</pre>
 *
 * <p>Streams are lazy and generate one day at a time, so memory stays flat however many days run.
 * Every call to {@link #days()} or {@link #transactions()} replays the run from its first day and
 * yields exactly the same records. Not thread-safe; use one stream at a time.
 */
public final class BankSimulator {

  private final SimulationConfig config;
  private final World world;

  private BankSimulator(SimulationConfig config) {
    this.config = config;
    this.world = World.of(config);
  }

  /** A simulator for {@code config}; builds the world (customers and accounts) now. */
  public static BankSimulator of(SimulationConfig config) {
    return new BankSimulator(Checks.notNull(config, "config"));
  }

  public SimulationConfig config() {
    return config;
  }

  /** The customers and accounts. */
  public World world() {
    return world;
  }

  /** The run, day by day, with labels. */
  public Stream<SimulatedDay> days() {
    DayEngine engine = new DayEngine(world, config);
    TransactionFactory factory = new TransactionFactory(world);
    Iterator<SimulatedDay> iterator =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return engine.hasNext();
          }

          @Override
          public SimulatedDay next() {
            if (!engine.hasNext()) {
              throw new NoSuchElementException();
            }
            return toDay(engine.next(), factory);
          }
        };
    return StreamSupport.stream(
        Spliterators.spliterator(
            iterator, config.days(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** The run's transactions in time order. */
  public Stream<Transaction> transactions() {
    DayEngine engine = new DayEngine(world, config);
    TransactionFactory factory = new TransactionFactory(world);
    Iterator<Transaction> iterator =
        new Iterator<>() {
          private DayBatch batch;
          private int next;

          @Override
          public boolean hasNext() {
            while ((batch == null || next == batch.count) && engine.hasNext()) {
              batch = engine.next();
              next = 0;
            }
            return batch != null && next < batch.count;
          }

          @Override
          public Transaction next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return factory.transaction(batch, next++);
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  DayEngine engine() {
    return new DayEngine(world, config);
  }

  private SimulatedDay toDay(DayBatch batch, TransactionFactory factory) {
    List<Transaction> transactions = new ArrayList<>(batch.count);
    List<TransactionLabel> labels = new ArrayList<>();
    for (int k = 0; k < batch.count; k++) {
      Transaction transaction = factory.transaction(batch, k);
      transactions.add(transaction);
      long tag = batch.events.tag[batch.row(k)];
      if (tag != 0) {
        labels.add(transactionLabel(tag, transaction.id()));
      }
    }
    List<AccountLabel> accounts = new ArrayList<>(batch.accountTags.size());
    for (PatternRecorder.AccountTag tag : batch.accountTags) {
      accounts.add(
          new AccountLabel(
              PatternRecorder.patternId(tag.instance()),
              tag.typology(),
              tag.role(),
              world.accountId(tag.account())));
    }
    return new SimulatedDay(batch.date, transactions, labels, accounts);
  }

  static TransactionLabel transactionLabel(long tag, TransactionId id) {
    return new TransactionLabel(
        PatternRecorder.patternId(PatternRecorder.instance(tag)),
        PatternRecorder.typology(tag),
        PatternRecorder.role(tag),
        id);
  }
}
