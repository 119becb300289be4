package org.digifin.bench.risk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.Party;
import org.digifin.server.DigifinApplication;
import org.digifin.server.ingest.TransactionPayload;
import org.digifin.server.party.ReferenceDataService;
import org.digifin.server.security.ApiKeyStore;
import org.digifin.server.security.Role;
import org.digifin.synth.simulate.BankSimulator;
import org.digifin.synth.simulate.SimulationConfig;
import org.digifin.synth.simulate.SimulationSize;
import org.digifin.synth.simulate.World;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/risk/assess} over HTTP with concurrent clients: the server on embedded
 * PostgreSQL with the simulated SMALL bank's parties and accounts, each request one of its
 * transactions (unique, in time order per client share), API-key authenticated. Beside it in the
 * same run, the same clients on {@code GET /actuator/health/liveness}: the HTTP stack alone.
 *
 * <p>Run: {@code ./mvnw -pl bench -am package -DskipTests -Pbench
 * -Dbench.main=org.digifin.bench.risk.AssessHttpBenchmark -Dbench.args="16 40000"} (clients,
 * requests). With arguments {@code serve N FILE} it only starts the server, writes N request bodies
 * to FILE and waits, for {@code bench/assess-wrk.sh} to drive it with wrk from outside.
 */
public final class AssessHttpBenchmark {

  private AssessHttpBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path serveOnly = args.length > 2 && args[0].equals("serve") ? Path.of(args[2]) : null;
    int clients = serveOnly != null ? 0 : args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 40_000;
    Path data = Files.createTempDirectory("digifin-assess-bench-");
    ConfigurableApplicationContext server =
        SpringApplication.run(
            DigifinApplication.class,
            "--server.port=0",
            "--digifin.data-dir=" + data,
            "--logging.level.root=WARN");
    try {
      int port = server.getEnvironment().getProperty("local.server.port", Integer.class);
      String key =
          server
              .getBean(ApiKeyStore.class)
              .create("bench", EnumSet.of(Role.RISK_ANALYST), "bench")
              .key();
      BankSimulator simulator =
          BankSimulator.of(SimulationConfig.of(SimulationSize.SMALL).withDays(20));
      load(server.getBean(ReferenceDataService.class), simulator.world());
      ObjectMapper json = JsonMapper.builder().build();
      List<byte[]> bodies =
          simulator
              .transactions()
              .limit(requests)
              .map(t -> json.writeValueAsBytes(TransactionPayload.of(t)))
              .collect(Collectors.toList());
      System.out.printf(
          Locale.ROOT,
          "assess benchmark: %,d requests, %d clients, %d cores%n",
          bodies.size(),
          clients,
          Runtime.getRuntime().availableProcessors());

      if (serveOnly != null) {
        // For an outside load generator (bench/assess-wrk.sh): the bodies one per line, then wait.
        Files.write(
            serveOnly,
            bodies.stream()
                .map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8))
                .toList());
        System.out.printf("READY %d %s %s%n", port, key, serveOnly);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
      }
      URI health = URI.create("http://localhost:" + port + "/actuator/health/liveness");
      run(
          "warm-up (assess)",
          clients,
          bodies.subList(0, Math.min(2_000, bodies.size())),
          port,
          key,
          null);
      Stats assess =
          run(
              "POST /api/risk/assess",
              clients,
              bodies.subList(Math.min(2_000, bodies.size()), bodies.size()),
              port,
              key,
              null);
      Stats peer = run("peer: GET /actuator/health/liveness", clients, bodies, port, key, health);
      System.out.println();
      System.out.println("| path | requests | requests/s | p50 ms | p99 ms | p99.9 ms |");
      System.out.println("|---|---:|---:|---:|---:|---:|");
      for (Stats s : List.of(assess, peer)) {
        System.out.printf(
            Locale.ROOT,
            "| %s | %,d | %,.0f | %.2f | %.2f | %.2f |%n",
            s.name,
            s.count,
            s.rate,
            s.p50,
            s.p99,
            s.p999);
      }
    } finally {
      server.close();
    }
  }

  private static void load(ReferenceDataService reference, World world) {
    List<Party> parties = new ArrayList<>();
    for (int i = 0; i < world.partyCount(); i++) {
      parties.add(world.party(i));
    }
    reference.createParties(parties, "bench");
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < world.accountCount(); i++) {
      accounts.add(world.account(i));
    }
    reference.createAccounts(accounts, "bench");
  }

  private record Stats(String name, int count, double rate, double p50, double p99, double p999) {}

  private static Stats run(
      String name, int clients, List<byte[]> bodies, int port, String key, URI get)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI assess = URI.create("http://localhost:" + port + "/api/risk/assess");
    long[] latencies = new long[bodies.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(
          pool.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < bodies.size()) {
                  HttpRequest.Builder request =
                      HttpRequest.newBuilder(get != null ? get : assess).header("X-API-Key", key);
                  if (get == null) {
                    request
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i)));
                  }
                  long t0 = System.nanoTime();
                  HttpResponse<String> response =
                      http.send(
                          request.timeout(Duration.ofSeconds(30)).build(),
                          HttpResponse.BodyHandlers.ofString());
                  latencies[i] = System.nanoTime() - t0;
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + ": " + response.body());
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    Arrays.sort(latencies);
    return new Stats(
        name,
        latencies.length,
        latencies.length / seconds,
        latencies[latencies.length / 2] / 1e6,
        latencies[(int) (latencies.length * 0.99)] / 1e6,
        latencies[(int) (latencies.length * 0.999)] / 1e6);
  }
}
