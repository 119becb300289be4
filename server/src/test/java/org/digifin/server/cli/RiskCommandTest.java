package org.digifin.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.digifin.risk.rule.Rule;
import org.digifin.risk.rule.StarterLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@code digifin risk backtest} over a simulated month, with and without a candidate set. */
class RiskCommandTest {

  @TempDir static Path dir;
  private static Path sim;
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** Exit code, stdout and stderr of one run. */
  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      int exit = DigifinCli.run(args);
      return new Result(
          exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @BeforeAll
  static void simulate() {
    sim = dir.resolve("sim");
    Result r =
        run(
            "simulate",
            "--customers",
            "1000",
            "--days",
            "10",
            "--seed",
            "11",
            "--format",
            "both",
            "--out",
            sim.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private static List<JsonNode> ndjson(Path file) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  private static Map<String, Long> hits(JsonNode set) {
    Map<String, Long> hits = new HashMap<>();
    set.get("rules").forEach(r -> hits.put(r.get("id").asString(), r.get("hits").asLong()));
    return hits;
  }

  @Test
  void reportIsConsistentWithAlertsAndLabels() throws Exception {
    Path report = dir.resolve("report");
    Result r =
        run(
            "risk",
            "backtest",
            "--in",
            sim.resolve("transactions.ndjson").toString(),
            "--labels",
            sim.resolve("labels.ndjson").toString(),
            "--accounts",
            sim.resolve("accounts.ndjson").toString(),
            "--parties",
            sim.resolve("parties.ndjson").toString(),
            "--out",
            report.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("hits per rule", "alerts by day", "precision", "recall");

    JsonNode json = JSON.readTree(report.resolve("report.json").toFile());
    JsonNode set = json.get("sets").get(0);
    long alerts = set.get("alerts").asLong();
    assertThat(alerts).isPositive();
    long ruleHits = hits(set).values().stream().mapToLong(Long::longValue).sum();
    assertThat(ruleHits).isGreaterThanOrEqualTo(alerts);
    long byDay = 0;
    for (JsonNode n : set.get("alertsByDay")) {
      byDay += n.asLong();
    }
    assertThat(byDay).isEqualTo(alerts);

    List<JsonNode> alertLines = ndjson(report.resolve("alerts.ndjson"));
    assertThat(alertLines).hasSize((int) alerts);
    Set<String> flagged = new HashSet<>();
    for (JsonNode a : alertLines) {
      assertThat(a.get("action").asString()).isNotEqualTo("ALLOW");
      assertThat(a.get("rules").size()).isPositive();
      flagged.add(a.get("account").asString());
    }
    Set<String> positives = new HashSet<>();
    Set<String> decoys = new HashSet<>();
    for (JsonNode l : ndjson(sim.resolve("labels.ndjson"))) {
      if (l.get("subject").asString().equals("ACCOUNT")) {
        (l.get("decoy").asBoolean() ? decoys : positives).add(l.get("id").asString());
      }
    }
    decoys.removeAll(positives);
    long tp = flagged.stream().filter(positives::contains).count();
    JsonNode scored = set.get("labels");
    double precision = scored.get("precision").asDouble();
    double recall = scored.get("recall").asDouble();
    assertThat(precision).isBetween(0.0, 1.0).isCloseTo((double) tp / flagged.size(), within());
    assertThat(recall).isBetween(0.0, 1.0).isCloseTo((double) tp / positives.size(), within());
    assertThat(scored.get("decoyFalsePositiveRate").asDouble())
        .isBetween(0.0, 1.0)
        .isCloseTo(
            (double) flagged.stream().filter(decoys::contains).count() / decoys.size(), within());
    assertThat(recall).isPositive();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void candidateWithoutARuleShowsNoHitsForIt() throws Exception {
    Path report = dir.resolve("baseline");
    Result r =
        run(
            "risk",
            "backtest",
            "--in",
            sim.resolve("transactions.csv").toString(),
            "--out",
            report.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Map<String, Long> baseline =
        hits(JSON.readTree(report.resolve("report.json").toFile()).get("sets").get(0));
    String busiest =
        baseline.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertThat(baseline.get(busiest)).isPositive();

    Path candidate = dir.resolve("candidate.ndjson");
    List<String> lines = new ArrayList<>();
    for (Rule rule : StarterLibrary.rules()) {
      if (!rule.id().equals(busiest)) {
        lines.add(JSON.writeValueAsString(RuleFile.toLine(rule)));
      }
    }
    Files.write(candidate, lines);
    Path both = dir.resolve("both");
    r =
        run(
            "risk",
            "backtest",
            "--in",
            sim.resolve("transactions.ndjson").toString(),
            "--candidate",
            candidate.toString(),
            "--out",
            both.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("baseline", "candidate", busiest);
    JsonNode sets = JSON.readTree(both.resolve("report.json").toFile()).get("sets");
    assertThat(hits(sets.get(0))).isEqualTo(baseline);
    assertThat(hits(sets.get(1)).getOrDefault(busiest, 0L)).isZero();
    for (JsonNode a : ndjson(both.resolve("alerts.ndjson"))) {
      if (a.get("set").asString().equals("candidate")) {
        a.get("rules").forEach(id -> assertThat(id.asString()).isNotEqualTo(busiest));
      }
    }
  }

  @Test
  void starterRulesRoundTripThroughTheRuleFileFormat() throws Exception {
    Result r = run("risk", "starter-rules");
    assertThat(r.exit()).isZero();
    Path file = dir.resolve("starter.ndjson");
    Files.writeString(file, r.out());
    assertThat(RuleFile.load(file, JSON).rules()).isEqualTo(StarterLibrary.rules());
  }

  @Test
  void malformedRuleFileExitsTwoNamingTheLine() throws Exception {
    Rule first = StarterLibrary.rules().get(0);
    Map<String, Object> broken = RuleFile.toLine(StarterLibrary.rules().get(1));
    broken.put("expression", "amount > ");
    Path file = dir.resolve("broken.ndjson");
    Files.write(
        file,
        List.of(
            JSON.writeValueAsString(RuleFile.toLine(first)),
            "# a comment",
            JSON.writeValueAsString(broken)));
    Result r =
        run(
            "risk",
            "backtest",
            "--in",
            sim.resolve("transactions.ndjson").toString(),
            "--rules",
            file.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("broken.ndjson:3:", "rule.syntax", (String) broken.get("id"));

    Files.write(file, List.of(JSON.writeValueAsString(RuleFile.toLine(first)), "{not json"));
    r =
        run(
            "risk",
            "backtest",
            "--in",
            sim.resolve("transactions.ndjson").toString(),
            "--candidate",
            file.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("broken.ndjson:2:");
  }
}
