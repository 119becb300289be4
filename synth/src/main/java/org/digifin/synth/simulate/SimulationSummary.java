package org.digifin.synth.simulate;

import java.nio.file.Path;
import java.util.List;
import org.digifin.basics.Checks;

/**
 * What a {@link SimulationWriter} run wrote.
 *
 * @param directory the output directory
 * @param files the files written, in the order written
 * @param parties parties written
 * @param accounts accounts written
 * @param transactions transactions written
 * @param patternInstances injected pattern instances, decoys included
 * @param transactionLabels transaction label rows
 * @param accountLabels account label rows
 * @param loans loans written
 * @param tradeOrders trade orders written
 */
public record SimulationSummary(
    Path directory,
    List<Path> files,
    long parties,
    long accounts,
    long transactions,
    long patternInstances,
    long transactionLabels,
    long accountLabels,
    long loans,
    long tradeOrders) {

  public SimulationSummary {
    Checks.notNull(directory, "directory");
    files = List.copyOf(Checks.notNull(files, "files"));
  }
}
