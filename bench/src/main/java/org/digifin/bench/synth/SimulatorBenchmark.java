package org.digifin.bench.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.digifin.basics.domain.Transaction;
import org.digifin.synth.simulate.BankSimulator;
import org.digifin.synth.simulate.OutputFormat;
import org.digifin.synth.simulate.SimulationConfig;
import org.digifin.synth.simulate.SimulationWriter;
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
 * Generation speed of the bank simulator on one run of 20,000 customers for 5 days (about 170,000
 * transactions per operation; the exact count is printed at setup so ms/op converts to transactions
 * per second).
 *
 * <ul>
 *   <li>{@code simulateToNdjsonNullSink}: generate and format NDJSON from primitive columns into a
 *       null stream, the path {@code digifin simulate} takes.
 *   <li>{@code simulateRecordStream}: generate basics {@code Transaction} records, the in-process
 *       stream API.
 *   <li>Peer {@code formatPrebuiltRecordsWithStringBuilder}: no generation at all, only a plain
 *       StringBuilder NDJSON formatter over the same transactions already built in memory: what
 *       straightforward formatting alone costs.
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
public class SimulatorBenchmark {

  static final SimulationConfig CONFIG =
      SimulationConfig.defaults().withCustomers(20_000).withDays(5);

  private BankSimulator simulator;
  private SimulationWriter writer;
  private List<Transaction> prebuilt;

  @Setup(Level.Trial)
  public void setUp() {
    simulator = BankSimulator.of(CONFIG);
    writer = SimulationWriter.of(simulator);
    prebuilt = simulator.transactions().toList();
    System.out.println("transactions per operation: " + prebuilt.size());
  }

  @Benchmark
  public long simulateToNdjsonNullSink() {
    return writer.writeTransactions(OutputStream.nullOutputStream(), OutputFormat.NDJSON);
  }

  @Benchmark
  public void simulateRecordStream(Blackhole blackhole) {
    simulator.transactions().forEach(blackhole::consume);
  }

  @Benchmark
  public long formatPrebuiltRecordsWithStringBuilder() throws IOException {
    Writer out = Writer.nullWriter();
    StringBuilder line = new StringBuilder(256);
    long chars = 0;
    for (Transaction t : prebuilt) {
      line.setLength(0);
      NaiveNdjson.append(line, t);
      out.append(line);
      chars += line.length();
    }
    return chars;
  }
}
