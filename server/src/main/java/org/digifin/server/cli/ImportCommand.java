package org.digifin.server.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.digifin.basics.domain.Transaction;
import org.digifin.server.ingest.ColumnMapping;
import org.digifin.server.ingest.CsvRowReader;
import org.digifin.server.ingest.IngestMode;
import org.digifin.server.ingest.IngestReport;
import org.digifin.server.ingest.IngestRow;
import org.digifin.server.ingest.NdjsonRowReader;
import org.digifin.server.ingest.RowError;
import org.digifin.server.ingest.RowReader;
import org.digifin.server.ingest.TimestampParser;
import org.digifin.server.ingest.TransactionIngestService;
import org.digifin.server.ingest.TransactionPayload;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a CSV or NDJSON file of transactions into a running server (over the API) or, with {@code
 * --offline}, straight into the database under {@code --data-dir}.
 *
 * <p>The file goes in batches; each batch is all-or-nothing on the server. In the default
 * all-or-nothing mode the whole file is validated first and nothing is sent if any row is bad.
 * Ingest is idempotent on transaction ids, so an interrupted import is safely run again.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import transactions from a CSV or NDJSON file.",
      "Columns are matched by name (id, timestamp, payer, payee, amount, currency, channel, type,"
          + " deviceId, latitude, longitude, counterpartyBank); --map renames them.",
      "Example: digifin import export.csv --map payer=orig_acct,payee=bene_acct"
    })
final class ImportCommand implements Callable<Integer> {

  /** File formats. */
  enum Format {
    CSV,
    NDJSON
  }

  @Parameters(index = "0", description = "The file to import.")
  Path file;

  @Option(names = "--format", description = "csv or ndjson (default: from the file name).")
  Format format;

  @Option(
      names = "--map",
      description = "Column mapping, field=column,... for files laid out differently.",
      defaultValue = "")
  String map;

  @Option(
      names = "--mode",
      description = "all-or-nothing (default) or partial (keep good rows, report bad ones).",
      defaultValue = "all-or-nothing")
  String mode;

  @Option(
      names = "--batch-size",
      description = "Rows per batch (default: ${DEFAULT-VALUE}).",
      defaultValue = "50000")
  int batchSize;

  @Option(
      names = "--zone",
      description = "Zone of timestamps written without an offset (default: ${DEFAULT-VALUE}).",
      defaultValue = "Asia/Shanghai")
  ZoneId zone;

  @Option(names = "--offline", description = "Write to the database under --data-dir directly.")
  boolean offline;

  @ArgGroup(exclusive = false)
  RemoteOptions remote = new RemoteOptions();

  @Mixin ServerOptions server;

  private final ObjectMapper json = JsonMapper.builder().build();

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CliException("no such file: " + file, CliErrors.USAGE);
    }
    if (batchSize < 1 || batchSize > 1_000_000) {
      throw new CliException("--batch-size must be 1 to 1,000,000", CliErrors.USAGE);
    }
    IngestMode ingestMode = IngestMode.parse(mode);
    ColumnMapping mapping = ColumnMapping.parse(map);
    Format fileFormat = format != null ? format : guessFormat(file);
    TimestampParser timestamps = new TimestampParser(zone);

    if (ingestMode == IngestMode.ALL_OR_NOTHING) {
      List<RowError> invalid = validate(fileFormat, mapping, timestamps);
      if (!invalid.isEmpty()) {
        System.err.printf("%s has invalid rows; nothing was imported:%n", file);
        invalid.stream().limit(50).forEach(e -> System.err.println("  " + describe(e)));
        if (invalid.size() > 50) {
          System.err.printf("  ... and %,d more%n", invalid.size() - 50);
        }
        System.err.println("Fix them, or import with --mode partial to skip them.");
        return CliErrors.USAGE;
      }
    }

    try (Sink sink = offline ? new OfflineSink(server) : new HttpSink(remote.client())) {
      return send(fileFormat, mapping, timestamps, ingestMode, sink);
    }
  }

  private int send(
      Format fileFormat,
      ColumnMapping mapping,
      TimestampParser timestamps,
      IngestMode ingestMode,
      Sink sink)
      throws IOException {
    long total = Files.size(file);
    ProgressBar progress =
        new ProgressBar(System.err, file.getFileName().toString(), "rows", total);
    long rows = 0;
    long inserted = 0;
    long duplicates = 0;
    long rejected = 0;
    List<RowError> localErrors = new ArrayList<>();
    try (CountingInputStream counted = open();
        RowReader reader = reader(fileFormat, counted, mapping, timestamps)) {
      List<Transaction> batch = new ArrayList<>(Math.min(batchSize, 100_000));
      Iterator<IngestRow> it = reader;
      while (it.hasNext()) {
        IngestRow row = it.next();
        rows++;
        if (!row.isValid()) {
          rejected++;
          localErrors.add(row.error());
          continue;
        }
        batch.add(row.transaction());
        if (batch.size() == batchSize) {
          IngestReport report = sink.send(batch, ingestMode);
          inserted += report.inserted();
          duplicates += report.duplicates();
          rejected += report.rejected();
          batch.clear();
        }
        progress.update(counted.count(), rows);
      }
      if (!batch.isEmpty()) {
        IngestReport report = sink.send(batch, ingestMode);
        inserted += report.inserted();
        duplicates += report.duplicates();
        rejected += report.rejected();
      }
      progress.finish(counted.count(), rows);
    }
    System.out.printf(
        "imported %s: %,d rows read, %,d new, %,d already stored, %,d rejected%n",
        file, rows, inserted, duplicates, rejected);
    localErrors.stream().limit(50).forEach(e -> System.out.println("  " + describe(e)));
    return 0;
  }

  private List<RowError> validate(
      Format fileFormat, ColumnMapping mapping, TimestampParser timestamps) throws IOException {
    List<RowError> invalid = new ArrayList<>();
    try (CountingInputStream counted = open();
        RowReader reader = reader(fileFormat, counted, mapping, timestamps)) {
      while (reader.hasNext()) {
        IngestRow row = reader.next();
        if (!row.isValid()) {
          invalid.add(row.error());
        }
      }
    }
    return invalid;
  }

  private CountingInputStream open() throws IOException {
    return new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
  }

  private RowReader reader(
      Format fileFormat, InputStream in, ColumnMapping mapping, TimestampParser timestamps) {
    if (fileFormat == Format.CSV) {
      return new CsvRowReader(in, mapping, timestamps);
    }
    if (!map.isBlank()) {
      throw new CliException("--map applies to CSV files only", CliErrors.USAGE);
    }
    return new NdjsonRowReader(in, json, timestamps);
  }

  private static Format guessFormat(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Format.CSV;
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return Format.NDJSON;
    }
    throw new CliException(
        "cannot tell the format of " + file + "; pass --format csv or --format ndjson",
        CliErrors.USAGE);
  }

  private static String describe(RowError e) {
    return "line "
        + e.line()
        + (e.id() == null ? "" : " (" + e.id() + ")")
        + " ["
        + e.code()
        + "] "
        + e.message();
  }

  /** Where batches go. */
  private interface Sink extends AutoCloseable {
    IngestReport send(List<Transaction> batch, IngestMode mode);

    @Override
    void close();
  }

  /** Batches as NDJSON over the API. */
  private final class HttpSink implements Sink {
    private final ApiClient client;

    HttpSink(ApiClient client) {
      this.client = client;
    }

    @Override
    public IngestReport send(List<Transaction> batch, IngestMode mode) {
      ByteArrayOutputStream body = new ByteArrayOutputStream(batch.size() * 200);
      for (Transaction t : batch) {
        body.writeBytes(json.writeValueAsBytes(TransactionPayload.of(t)));
        body.write('\n');
      }
      String query = mode == IngestMode.PARTIAL ? "?mode=partial" : "";
      return client.post(
          "/api/transactions/batch" + query,
          "application/x-ndjson",
          body.toByteArray(),
          IngestReport.class);
    }

    @Override
    public void close() {}
  }

  /** Batches straight into the ingest service of a headless application. */
  private static final class OfflineSink implements Sink {
    private final ConfigurableApplicationContext context;
    private final TransactionIngestService ingest;

    OfflineSink(ServerOptions server) {
      this.context = ServerLauncher.startHeadless(server.springArgs());
      this.ingest = context.getBean(TransactionIngestService.class);
    }

    @Override
    public IngestReport send(List<Transaction> batch, IngestMode mode) {
      RowReader rows = RowReader.of(batch);
      return ingest.ingest(rows, mode, "cli:" + System.getProperty("user.name"), "cli.import");
    }

    @Override
    public void close() {
      context.close();
    }
  }
}
