package org.digifin.bench.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.digifin.synth.simulate.SimulationConfig;
import org.digifin.synth.simulate.SimulationSize;
import org.digifin.synth.simulate.SimulationSummary;
import org.digifin.synth.simulate.SimulationWriter;

/**
 * End to end: writes the {@code large} preset (200,000 customers, 30 days, about ten million
 * transactions) with every file, NDJSON only, into a temporary directory, and reports wall time,
 * transactions per second and bytes written. The directory is deleted afterwards.
 *
 * <p>Run: {@code java -Xmx2g -cp <bench classpath> org.digifin.bench.synth.MonthToNdjsonHarness
 * [customers]}
 */
public final class MonthToNdjsonHarness {

  private MonthToNdjsonHarness() {}

  public static void main(String[] args) throws IOException {
    SimulationConfig config = SimulationConfig.of(SimulationSize.LARGE);
    if (args.length > 0) {
      config = config.withCustomers(Integer.parseInt(args[0]));
    }
    Path directory = Files.createTempDirectory("digifin-simulate-");
    try {
      long start = System.nanoTime();
      SimulationSummary summary =
          SimulationWriter.of(config)
              .write(
                  directory,
                  (done, total) -> {
                    if (done % 10 == 0) {
                      System.out.printf("  day %d/%d%n", done, total);
                    }
                  });
      double seconds = (System.nanoTime() - start) / 1e9;
      long bytes = 0;
      for (Path file : summary.files()) {
        bytes += Files.size(file);
      }
      System.out.printf(
          "customers=%d days=%d transactions=%d labels=%d wall=%.2fs rate=%.0f tx/s bytes=%d"
              + " (%.0f MB/s)%n",
          config.customers(),
          config.days(),
          summary.transactions(),
          summary.transactionLabels() + summary.accountLabels(),
          seconds,
          summary.transactions() / seconds,
          bytes,
          bytes / seconds / 1e6);
    } finally {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
