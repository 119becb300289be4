package org.digifin.synth.simulate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.id.TransactionId;

/** A whole small run held in memory, for tests that inspect it; built once per configuration. */
final class SimulatedRun {

  private static final Map<SimulationConfig, SimulatedRun> CACHE = new HashMap<>();

  final SimulationConfig config;
  final World world;
  final List<Transaction> transactions = new ArrayList<>();
  final List<TransactionLabel> transactionLabels = new ArrayList<>();
  final List<AccountLabel> accountLabels = new ArrayList<>();
  final Map<TransactionId, Transaction> byId = new HashMap<>();

  private SimulatedRun(SimulationConfig config) {
    this.config = config;
    BankSimulator simulator = BankSimulator.of(config);
    this.world = simulator.world();
    simulator
        .days()
        .forEach(
            day -> {
              transactions.addAll(day.transactions());
              transactionLabels.addAll(day.transactionLabels());
              accountLabels.addAll(day.accountLabels());
            });
    for (Transaction t : transactions) {
      byId.put(t.id(), t);
    }
  }

  static synchronized SimulatedRun of(SimulationConfig config) {
    return CACHE.computeIfAbsent(config, SimulatedRun::new);
  }

  /** The default small run: 2,000 customers, 30 days, every typology at rate 3. */
  static SimulatedRun small() {
    return of(SimulationConfig.defaults().withAllRates(3));
  }

  /** Transactions of each pattern instance of {@code typology}, by instance id, in time order. */
  Map<String, List<Transaction>> instances(Typology typology) {
    Map<String, List<Transaction>> instances = new LinkedHashMap<>();
    for (TransactionLabel label : transactionLabels) {
      if (label.typology() == typology) {
        instances
            .computeIfAbsent(label.pattern(), k -> new ArrayList<>())
            .add(byId.get(label.transaction()));
      }
    }
    return instances;
  }

  /** Account labels of instance {@code pattern}. */
  List<AccountLabel> accounts(String pattern) {
    return accountLabels.stream().filter(a -> a.pattern().equals(pattern)).toList();
  }

  /** Transaction labels of instance {@code pattern}. */
  List<TransactionLabel> labels(String pattern) {
    return transactionLabels.stream().filter(a -> a.pattern().equals(pattern)).toList();
  }

  static int localHour(Transaction t) {
    return t.timestamp().atOffset(ZoneOffset.ofHours(8)).getHour();
  }

  static LocalDate localDate(Transaction t) {
    return t.timestamp().atOffset(ZoneOffset.ofHours(8)).toLocalDate();
  }
}
