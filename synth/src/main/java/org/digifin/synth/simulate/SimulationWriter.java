package org.digifin.synth.simulate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.digifin.basics.Checks;

/**
 * Writes a run to files; the entry point for {@code digifin simulate}.
 *
 * <pre>{@code
 * SimulationConfig config = SimulationConfig.of(SimulationSize.SMALL).withSeed(7);
 * SimulationSummary summary =
 *     SimulationWriter.of(config).write(Path.of("out"), (done, total) -> bar.update(done, total));
 * }</pre>
 *
 * <p>Files in the directory (created if missing, files replaced): {@value #PARTIES}, {@value
 * #ACCOUNTS}, {@value #PROFILES}, {@value #TRANSACTIONS_NDJSON} and/or {@value #TRANSACTIONS_CSV},
 * {@value #LABELS_NDJSON} and/or {@value #LABELS_CSV} (by the configured formats), {@value #LOANS},
 * {@value #TRADE} and {@value #MANIFEST}. The same configuration writes byte-identical files.
 * Transactions are formatted straight from the generator's primitive columns, one day at a time.
 */
public final class SimulationWriter {

  public static final String PARTIES = "parties.ndjson";
  public static final String ACCOUNTS = "accounts.ndjson";
  public static final String PROFILES = "profiles.ndjson";
  public static final String TRANSACTIONS_NDJSON = "transactions.ndjson";
  public static final String TRANSACTIONS_CSV = "transactions.csv";
  public static final String LABELS_NDJSON = "labels.ndjson";
  public static final String LABELS_CSV = "labels.csv";
  public static final String LOANS = "loans.ndjson";
  public static final String TRADE = "trade.ndjson";
  public static final String MANIFEST = "manifest.json";

  private final BankSimulator simulator;

  private SimulationWriter(BankSimulator simulator) {
    this.simulator = simulator;
  }

  /** A writer for {@code config}; builds the world now. */
  public static SimulationWriter of(SimulationConfig config) {
    return new SimulationWriter(BankSimulator.of(config));
  }

  /** A writer for an already built simulator. */
  public static SimulationWriter of(BankSimulator simulator) {
    return new SimulationWriter(Checks.notNull(simulator, "simulator"));
  }

  /**
   * Runs the simulation and writes every file into {@code directory}.
   *
   * @throws UncheckedIOException when a file cannot be written
   */
  public SimulationSummary write(Path directory, ProgressListener progress) {
    Checks.notNull(directory, "directory");
    Checks.notNull(progress, "progress");
    SimulationConfig config = simulator.config();
    World world = simulator.world();
    List<Path> files = new ArrayList<>();
    boolean json = config.formats().contains(OutputFormat.NDJSON);
    boolean csv = config.formats().contains(OutputFormat.CSV);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ReferenceFormat reference = new ReferenceFormat(world);
    try (ByteSink parties = open(directory, PARTIES, files);
        ByteSink accounts = open(directory, ACCOUNTS, files);
        ByteSink profiles = open(directory, PROFILES, files)) {
      for (int i = 0; i < world.partyCount(); i++) {
        reference.party(parties, i);
        reference.profile(profiles, i);
      }
      for (int i = 0; i < world.accountCount(); i++) {
        reference.account(accounts, i);
      }
    }
    TransactionFormat format = new TransactionFormat(world);
    long transactions = 0;
    long transactionLabels = 0;
    long accountLabels = 0;
    long loans = 0;
    long orders = 0;
    DayEngine engine = simulator.engine();
    try (ByteSink txJson = json ? open(directory, TRANSACTIONS_NDJSON, files) : null;
        ByteSink txCsv = csv ? open(directory, TRANSACTIONS_CSV, files) : null;
        ByteSink labelJson = json ? open(directory, LABELS_NDJSON, files) : null;
        ByteSink labelCsv = csv ? open(directory, LABELS_CSV, files) : null;
        ByteSink loanFile = open(directory, LOANS, files);
        ByteSink tradeFile = open(directory, TRADE, files)) {
      if (txCsv != null) {
        txCsv.text(TransactionFormat.TRANSACTION_HEADER).ascii('\n');
        labelCsv.text(TransactionFormat.LABEL_HEADER).ascii('\n');
      }
      while (engine.hasNext()) {
        DayBatch batch = engine.next();
        for (PatternRecorder.AccountTag tag : batch.accountTags) {
          long encoded = TransactionFormat.accountTag(tag);
          if (labelJson != null) {
            format.label(labelJson, true, encoded, -1, tag.account());
          }
          if (labelCsv != null) {
            format.label(labelCsv, false, encoded, -1, tag.account());
          }
          accountLabels++;
        }
        for (int k = 0; k < batch.count; k++) {
          if (txJson != null) {
            format.ndjson(txJson, batch, k);
          }
          if (txCsv != null) {
            format.csv(txCsv, batch, k);
          }
          long tag = batch.events.tag[batch.row(k)];
          if (tag != 0) {
            if (labelJson != null) {
              format.label(labelJson, true, tag, batch.sequence(k), -1);
            }
            if (labelCsv != null) {
              format.label(labelCsv, false, tag, batch.sequence(k), -1);
            }
            transactionLabels++;
          }
        }
        transactions += batch.count;
        for (SupplyChain.Settlement settlement : batch.settlements) {
          reference.trade(tradeFile, settlement.order(), batch.sequenceOfRow(settlement.row()));
          orders++;
        }
        for (LoanRecord loan : batch.closedLoans) {
          reference.loan(loanFile, loan);
          loans++;
        }
        progress.progress(engine.dayIndex(), config.days());
      }
      for (TradeOrder order : engine.openOrders()) {
        reference.trade(tradeFile, order, -1);
        orders++;
      }
      for (LoanRecord loan : engine.activeLoans()) {
        reference.loan(loanFile, loan);
        loans++;
      }
    }
    SimulationSummary summary =
        new SimulationSummary(
            directory,
            files,
            world.partyCount(),
            world.accountCount(),
            transactions,
            engine.patternInstances(),
            transactionLabels,
            accountLabels,
            loans,
            orders);
    try (ByteSink manifest = open(directory, MANIFEST, files)) {
      writeManifest(manifest, summary);
    }
    progress.progress(config.days(), config.days());
    return new SimulationSummary(
        directory,
        files,
        summary.parties(),
        summary.accounts(),
        transactions,
        summary.patternInstances(),
        transactionLabels,
        accountLabels,
        loans,
        orders);
  }

  /**
   * Streams only the transactions, in {@code format}, to {@code out} (not closed), with no labels
   * or reference files: for piping and for benchmarks. Returns the number written.
   */
  public long writeTransactions(OutputStream out, OutputFormat format) {
    Checks.notNull(out, "out");
    Checks.notNull(format, "format");
    TransactionFormat formatter = new TransactionFormat(simulator.world());
    ByteSink sink = new ByteSink(out);
    if (format == OutputFormat.CSV) {
      sink.text(TransactionFormat.TRANSACTION_HEADER).ascii('\n');
    }
    long count = 0;
    DayEngine engine = simulator.engine();
    while (engine.hasNext()) {
      DayBatch batch = engine.next();
      for (int k = 0; k < batch.count; k++) {
        if (format == OutputFormat.NDJSON) {
          formatter.ndjson(sink, batch, k);
        } else {
          formatter.csv(sink, batch, k);
        }
      }
      count += batch.count;
    }
    sink.flush();
    return count;
  }

  private void writeManifest(ByteSink out, SimulationSummary summary) {
    SimulationConfig config = simulator.config();
    out.text("{\n  \"generator\": \"digifin-synth bank simulator\",\n  \"formatVersion\": 1");
    out.text(",\n  \"seed\": ").number(config.seed());
    out.text(",\n  \"customers\": ").number(config.customers());
    out.text(",\n  \"days\": ").number(config.days());
    out.text(",\n  \"start\": \"").text(config.start().toString()).text("\"");
    out.text(",\n  \"timeZone\": \"Asia/Shanghai\"");
    out.text(",\n  \"rates\": {");
    boolean first = true;
    for (Typology typology : Typology.values()) {
      out.text(first ? "" : ", ").jsonString(typology.name()).text(": ");
      out.text(Double.toString(config.rate(typology)));
      first = false;
    }
    out.text("},\n  \"counts\": {\"parties\": ").number(summary.parties());
    out.text(", \"accounts\": ").number(summary.accounts());
    out.text(", \"transactions\": ").number(summary.transactions());
    out.text(", \"patternInstances\": ").number(summary.patternInstances());
    out.text(", \"transactionLabels\": ").number(summary.transactionLabels());
    out.text(", \"accountLabels\": ").number(summary.accountLabels());
    out.text(", \"loans\": ").number(summary.loans());
    out.text(", \"tradeOrders\": ").number(summary.tradeOrders()).text("}\n}\n");
  }

  private static ByteSink open(Path directory, String name, List<Path> files) {
    Path file = directory.resolve(name);
    files.add(file);
    try {
      return new ByteSink(Files.newOutputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
