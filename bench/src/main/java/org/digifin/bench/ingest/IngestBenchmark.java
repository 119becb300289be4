package org.digifin.bench.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.digifin.server.DigifinApplication;
import org.digifin.server.security.ApiKeyStore;
import org.digifin.server.security.Role;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ingest throughput, end to end: NDJSON batches posted over HTTP by concurrent clients into the
 * server on embedded PostgreSQL, every row validated, hashed, staged with COPY and inserted with
 * the idempotency check. Then the same batches again (all duplicates), and two peers on the same
 * database in the same run: the same rows by JDBC batched INSERT (the usual way), and by raw COPY
 * with no validation, no HTTP and no idempotency (an upper bound).
 *
 * <p>Run: {@code ./mvnw -pl bench -am package -DskipTests -Pbench} (options: {@code --rows N
 * --batch N --clients N}).
 */
public final class IngestBenchmark {

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = intArg(args, "--rows", 2_000_000);
    int batch = intArg(args, "--batch", 20_000);
    int clients = intArg(args, "--clients", 2);
    Path data = Files.createTempDirectory("digifin-bench-");
    System.out.printf(
        Locale.ROOT,
        "ingest benchmark: %,d rows in batches of %,d, %d clients, %d cores, data in %s%n",
        rows,
        batch,
        clients,
        Runtime.getRuntime().availableProcessors(),
        data);

    ConfigurableApplicationContext server =
        SpringApplication.run(
            DigifinApplication.class,
            "--server.port=0",
            "--digifin.data-dir=" + data,
            "--logging.level.root=WARN",
            // Ingest alone: risk assessment of ingested batches runs after commit on its own
            // thread and is measured by the risk benchmarks.
            "--digifin.risk.assess-ingested=false");
    try {
      int port = server.getEnvironment().getProperty("local.server.port", Integer.class);
      String key =
          server.getBean(ApiKeyStore.class).create("bench", EnumSet.of(Role.ADMIN), "bench").key();
      List<byte[]> batches = generate(rows, batch, 42);
      URI uri = URI.create("http://localhost:" + port + "/api/transactions/batch");

      Result first = post(uri, key, batches, clients, "digifin HTTP NDJSON (new rows)");
      Result replay =
          post(
              uri,
              key,
              batches.subList(0, Math.max(1, batches.size() / 4)),
              clients,
              "digifin HTTP NDJSON (replay, all duplicates)");

      DataSource dataSource = server.getBean(DataSource.class);
      Result insert = jdbcInsert(dataSource, rows, batch);
      Result copy = rawCopy(dataSource, batches);

      System.out.println();
      System.out.println("| path | rows | seconds | rows/s |");
      System.out.println("|---|---:|---:|---:|");
      for (Result r : List.of(first, replay, insert, copy)) {
        System.out.printf(
            Locale.ROOT,
            "| %s | %,d | %.1f | %,.0f |%n",
            r.name,
            r.rows,
            r.seconds,
            r.rows / r.seconds);
      }
    } finally {
      server.close();
    }
  }

  private record Result(String name, long rows, double seconds) {}

  /** NDJSON batches of realistic rows; ids unique across the run. */
  static List<byte[]> generate(int rows, int batch, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] channels = {"MOBILE", "ONLINE", "POS", "ATM", "BRANCH"};
    String[] types = {"TRANSFER", "CARD", "PAYMENT", "BILL"};
    Instant start = Instant.parse("2026-10-01T00:00:00Z");
    List<byte[]> batches = new ArrayList<>();
    StringBuilder body = new StringBuilder(batch * 200);
    for (int i = 0; i < rows; i++) {
      int payer = random.nextInt(200_000);
      int payee = (payer + 1 + random.nextInt(199_999)) % 200_000;
      body.append("{\"id\":\"BT")
          .append(i)
          .append("\",\"timestamp\":\"")
          .append(start.plusSeconds(i / 20))
          .append("\",\"payer\":\"AC")
          .append(payer)
          .append("\",\"payee\":\"AC")
          .append(payee)
          .append("\",\"amount\":\"")
          .append(1 + random.nextInt(500_000))
          .append('.')
          .append(10 + random.nextInt(90))
          .append("\",\"currency\":\"CNY\",\"channel\":\"")
          .append(channels[random.nextInt(channels.length)])
          .append("\",\"type\":\"")
          .append(types[random.nextInt(types.length)])
          .append('"');
      if (random.nextInt(3) == 0) {
        body.append(",\"deviceId\":\"dev-").append(random.nextInt(50_000)).append('"');
      }
      body.append("}\n");
      if ((i + 1) % batch == 0 || i == rows - 1) {
        batches.add(body.toString().getBytes(StandardCharsets.UTF_8));
        body.setLength(0);
      }
    }
    return batches;
  }

  private static Result post(URI uri, String key, List<byte[]> batches, int clients, String name)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long rows = batches.stream().mapToLong(IngestBenchmark::lines).sum();
    long started = System.nanoTime();
    long[] finished = new long[batches.size()];
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(
          pool.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < batches.size()) {
                  HttpResponse<String> response =
                      http.send(
                          HttpRequest.newBuilder(uri)
                              .header("X-API-Key", key)
                              .header("Content-Type", "application/x-ndjson")
                              .timeout(Duration.ofMinutes(5))
                              .POST(HttpRequest.BodyPublishers.ofByteArray(batches.get(i)))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException("batch " + i + ": " + response.body());
                  }
                  finished[i] = System.nanoTime();
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    printQuarters(name, batches, finished, started);
    return new Result(name, rows, (System.nanoTime() - started) / 1e9);
  }

  /** Throughput in each quarter of the run, to show whether it holds as the table grows. */
  private static void printQuarters(
      String name, List<byte[]> batches, long[] finished, long started) {
    int quarter = Math.max(1, batches.size() / 4);
    StringBuilder line = new StringBuilder("  " + name + " by quarter (rows/s):");
    long from = started;
    for (int q = 0; q * quarter < batches.size(); q++) {
      int end = Math.min(batches.size(), (q + 1) * quarter);
      long rows = 0;
      long to = from;
      for (int i = q * quarter; i < end; i++) {
        rows += lines(batches.get(i));
        to = Math.max(to, finished[i]);
      }
      line.append(String.format(Locale.ROOT, " %,.0f", rows / ((to - from) / 1e9)));
      from = to;
    }
    System.out.println(line);
  }

  private static long lines(byte[] batch) {
    long n = 0;
    for (byte b : batch) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The usual way: JDBC batched INSERT of the same shape (rewritten into multi-row inserts). */
  private static Result jdbcInsert(DataSource dataSource, int rows, int batch) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE bench_insert (LIKE transaction INCLUDING ALL)");
        s.execute("ALTER TABLE bench_insert DROP CONSTRAINT IF EXISTS bench_insert_batch_id_fkey");
      }
      c.setAutoCommit(false);
      SplittableRandom random = new SplittableRandom(42);
      Instant start = Instant.parse("2026-10-01T00:00:00Z");
      byte[] hash = new byte[16];
      long started = System.nanoTime();
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO bench_insert (id, ts, payer, payee, amount, currency, channel, type,"
                  + " content_hash, batch_id) VALUES (?, ?, ?, ?, ?, 'CNY', 'MOBILE', 'TRANSFER', ?, 1)"
                  + " ON CONFLICT (id) DO NOTHING")) {
        for (int i = 0; i < rows; i++) {
          int payer = random.nextInt(200_000);
          insert.setString(1, "BI" + i);
          insert.setObject(
              2,
              java.time.OffsetDateTime.ofInstant(
                  start.plusSeconds(i / 20), java.time.ZoneOffset.UTC));
          insert.setString(3, "AC" + payer);
          insert.setString(4, "AC" + ((payer + 1) % 200_000));
          insert.setBigDecimal(5, java.math.BigDecimal.valueOf(1 + random.nextInt(500_000), 0));
          random.nextBytes(hash);
          insert.setBytes(6, hash);
          insert.addBatch();
          if ((i + 1) % batch == 0) {
            insert.executeBatch();
            c.commit();
          }
        }
        insert.executeBatch();
        c.commit();
      }
      return new Result(
          "peer: JDBC batched INSERT (no HTTP, no validation)",
          rows,
          (System.nanoTime() - started) / 1e9);
    }
  }

  /** Upper bound: COPY of pre-formatted rows straight into a table of the same shape. */
  private static Result rawCopy(DataSource dataSource, List<byte[]> batches) throws Exception {
    long rows = 0;
    long started;
    try (Connection c = dataSource.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE bench_copy (id text PRIMARY KEY, ts timestamptz, payer text,"
                + " payee text, amount numeric(20,4), currency char(3), channel text, type text)");
        s.execute("CREATE INDEX ON bench_copy (payer, ts)");
        s.execute("CREATE INDEX ON bench_copy (payee, ts)");
        s.execute("CREATE INDEX ON bench_copy (ts)");
      }
      List<byte[]> tsv = new ArrayList<>();
      for (byte[] b : batches) {
        tsv.add(toTsv(b));
        rows += lines(b);
      }
      c.setAutoCommit(false);
      started = System.nanoTime();
      for (byte[] b : tsv) {
        c.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY bench_copy FROM STDIN", new java.io.ByteArrayInputStream(b));
        c.commit();
      }
    }
    return new Result(
        "peer: raw COPY (no HTTP, no validation, no idempotency)",
        rows,
        (System.nanoTime() - started) / 1e9);
  }

  /** The NDJSON rows as COPY text, done before timing. */
  private static byte[] toTsv(byte[] ndjson) throws IOException {
    StringBuilder out = new StringBuilder(ndjson.length);
    for (String line : new String(ndjson, StandardCharsets.UTF_8).split("\n")) {
      String[] f = line.split("\"");
      // {"id":"X","timestamp":"T","payer":"P","payee":"Q","amount":"A","currency":"C","channel":"H","type":"Y"...
      out.append(f[3])
          .append('\t')
          .append(f[7])
          .append('\t')
          .append(f[11])
          .append('\t')
          .append(f[15])
          .append('\t')
          .append(f[19])
          .append('\t')
          .append(f[23])
          .append('\t')
          .append(f[27])
          .append('\t')
          .append(f[31])
          .append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int intArg(String[] args, String name, int fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1].replace("_", "").replace(",", ""));
      }
    }
    return fallback;
  }
}
