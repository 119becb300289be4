package org.digifin.server.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.digifin.synth.simulate.OutputFormat;
import org.digifin.synth.simulate.SimulationConfig;
import org.digifin.synth.simulate.SimulationSize;
import org.digifin.synth.simulate.SimulationSummary;
import org.digifin.synth.simulate.SimulationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a simulated bank to files. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate a bank and write its parties, accounts, transactions and the labels of injected"
          + " misconduct (and decoys) to files.",
      "Example: digifin simulate --customers 20000 --days 30 --seed 7 --out sim/"
    })
final class SimulateCommand implements Callable<Integer> {

  @Option(
      names = "--size",
      description = "Preset: small, medium or large (default small).",
      defaultValue = "small")
  String size;

  @Option(names = "--customers", description = "Customers (overrides the preset).")
  Integer customers;

  @Option(names = "--days", description = "Days to simulate (overrides the preset).")
  Integer days;

  @Option(names = "--seed", description = "Seed; the same seed gives byte-identical files.")
  Long seed;

  @Option(
      names = "--format",
      description = "ndjson, csv or both (default: ${DEFAULT-VALUE}).",
      defaultValue = "ndjson")
  String format;

  @Option(names = "--out", required = true, description = "Directory to write into.")
  Path out;

  @Override
  public Integer call() {
    SimulationConfig config = SimulationConfig.of(SimulationSize.parse(size));
    if (customers != null) {
      config = config.withCustomers(customers);
    }
    if (days != null) {
      config = config.withDays(days);
    }
    if (seed != null) {
      config = config.withSeed(seed);
    }
    config = config.withFormats(formats(format));
    ProgressBar progress = new ProgressBar(System.err, "simulating", "days", config.days());
    SimulationSummary summary =
        SimulationWriter.of(config).write(out, (done, total) -> progress.update(done, done));
    progress.finish(config.days(), config.days());
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %,d parties, %,d accounts, %,d transactions, %,d injected patterns (decoys"
            + " included) with %,d transaction and %,d account labels, %,d loans, %,d trade orders%n",
        summary.directory(),
        summary.parties(),
        summary.accounts(),
        summary.transactions(),
        summary.patternInstances(),
        summary.transactionLabels(),
        summary.accountLabels(),
        summary.loans(),
        summary.tradeOrders());
    return 0;
  }

  private static Set<OutputFormat> formats(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "ndjson" -> EnumSet.of(OutputFormat.NDJSON);
      case "csv" -> EnumSet.of(OutputFormat.CSV);
      case "both" -> EnumSet.allOf(OutputFormat.class);
      default -> throw new CliException("--format must be ndjson, csv or both", CliErrors.USAGE);
    };
  }
}
