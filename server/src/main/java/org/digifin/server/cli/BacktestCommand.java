package org.digifin.server.cli;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.PartyId;
import org.digifin.risk.Decision;
import org.digifin.risk.RiskContext;
import org.digifin.risk.RiskEngine;
import org.digifin.risk.feature.FeatureExtractor;
import org.digifin.risk.feature.InMemoryEntityStateStore;
import org.digifin.risk.graph.FundFlowGraph;
import org.digifin.risk.graph.GraphConfig;
import org.digifin.risk.graph.InMemoryGraphStateStore;
import org.digifin.risk.rule.Action;
import org.digifin.risk.rule.Rule;
import org.digifin.risk.rule.RuleBook;
import org.digifin.risk.rule.RuleHit;
import org.digifin.risk.rule.RuleSet;
import org.digifin.risk.rule.StarterLibrary;
import org.digifin.server.ingest.ColumnMapping;
import org.digifin.server.ingest.CsvRowReader;
import org.digifin.server.ingest.IngestRow;
import org.digifin.server.ingest.NdjsonRowReader;
import org.digifin.server.ingest.RowError;
import org.digifin.server.ingest.RowReader;
import org.digifin.server.ingest.TimestampParser;
import org.digifin.server.party.AccountPayload;
import org.digifin.server.party.PartyPayload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a history file through the risk engine (the server's construction: starter features,
 * state in memory) with a rule set, and optionally a candidate rule set side by side, and reports
 * alerts, per-rule hits, alerts by day and, with simulator labels, account-level precision and
 * recall.
 */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Replay transactions (CSV or NDJSON, as for import) in time order through the risk engine.",
      "Rules: the starter set, or --rules FILE; --candidate FILE runs a second engine side by side.",
      "Rule files are NDJSON, one rule per line with the fields of a rule (id, version, owner,"
          + " expression, weight, action, reasonZh, reasonEn, shadow, coolingOff as PT24H);"
          + " 'digifin risk starter-rules' prints the starter set in that format.",
      "Accounts and parties (owner, age, account opening) come from --accounts and --parties"
          + " (the simulator's accounts.ndjson and parties.ndjson); without them the context is"
          + " empty and rules needing them (elderly, account age) stay silent.",
      "An alert is a decision other than ALLOW. With --labels (the simulator's labels.ndjson) an"
          + " account is flagged when any transaction it pays is alerted; positives are accounts"
          + " labelled by non-decoy patterns; decoys are accounts labelled only by decoy patterns.",
      "Example: digifin risk backtest --in sim/transactions.ndjson --labels sim/labels.ndjson"
          + " --accounts sim/accounts.ndjson --parties sim/parties.ndjson --out report"
    })
final class BacktestCommand implements Callable<Integer> {

  private static final int STATE_ENTITIES = 5_000_000;

  @Option(names = "--in", required = true, description = "The transactions to replay.")
  Path in;

  @Option(names = "--format", description = "csv or ndjson (default: from the file name).")
  ImportCommand.Format format;

  @Option(
      names = "--map",
      description = "Column mapping for CSV, field=column,... as for import.",
      defaultValue = "")
  String map;

  @Option(
      names = "--zone",
      description =
          "Zone of timestamps without an offset, of the engine's clock and of days in the report"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "Asia/Shanghai")
  ZoneId zone;

  @Option(names = "--rules", description = "Rule file (default: the starter rules).")
  Path rules;

  @Option(names = "--candidate", description = "Candidate rule file, run side by side.")
  Path candidate;

  @Option(names = "--labels", description = "labels.ndjson from the simulator.")
  Path labels;

  @Option(names = "--accounts", description = "accounts.ndjson (optional context).")
  Path accounts;

  @Option(names = "--parties", description = "parties.ndjson (optional context).")
  Path parties;

  @Option(names = "--out", description = "Directory for report.json and alerts.ndjson.")
  Path out;

  private final ObjectMapper json = JsonMapper.builder().build();

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(in)) {
      throw new CliException("no such file: " + in, CliErrors.USAGE);
    }
    if (labels != null && !Files.isRegularFile(labels)) {
      throw new CliException("no such file: " + labels, CliErrors.USAGE);
    }
    List<Arm> arms = new ArrayList<>();
    arms.add(new Arm("baseline", rules == null ? StarterLibrary.ruleSet() : load(rules), zone));
    if (candidate != null) {
      arms.add(new Arm("candidate", load(candidate), zone));
    }
    MapContext context = new MapContext();
    if (parties != null) {
      readNdjson(parties, node -> context.add(json.treeToValue(node, PartyPayload.class)));
    }
    if (accounts != null) {
      readNdjson(accounts, node -> context.add(json.treeToValue(node, AccountPayload.class)));
    }

    List<Transaction> history = new ArrayList<>();
    List<RowError> skipped = new ArrayList<>();
    read(history, skipped);
    history.sort(Comparator.comparing(Transaction::timestamp));

    ProgressBar progress = new ProgressBar(System.err, "replay", "transactions", history.size());
    long done = 0;
    for (Transaction t : history) {
      for (Arm arm : arms) {
        arm.record(t, arm.engine.assess(t, context), zone);
      }
      done++;
      if ((done & 1023) == 0) {
        progress.update(done, done);
      }
    }
    progress.finish(done, done);

    Labels truth = labels == null ? null : readLabels(labels);
    Map<String, Object> report = report(history, skipped, arms, truth);
    print(history, skipped, arms, truth);
    if (out != null) {
      Files.createDirectories(out);
      json.writer()
          .with(SerializationFeature.INDENT_OUTPUT)
          .writeValue(out.resolve("report.json").toFile(), report);
      try (BufferedWriter w =
          Files.newBufferedWriter(out.resolve("alerts.ndjson"), StandardCharsets.UTF_8)) {
        for (Arm arm : arms) {
          for (Map<String, Object> alert : arm.alerts) {
            w.write(json.writeValueAsString(alert));
            w.newLine();
          }
        }
      }
      System.out.printf(
          "wrote %s and %s%n", out.resolve("report.json"), out.resolve("alerts.ndjson"));
    }
    return 0;
  }

  private RuleSet load(Path file) throws IOException {
    return RuleFile.load(file, json);
  }

  private void read(List<Transaction> history, List<RowError> skipped) throws IOException {
    ColumnMapping mapping = ColumnMapping.parse(map);
    TimestampParser timestamps = new TimestampParser(zone);
    ImportCommand.Format fileFormat = format != null ? format : guessFormat(in);
    ProgressBar progress =
        new ProgressBar(System.err, in.getFileName().toString(), "rows", Files.size(in));
    long rows = 0;
    try (CountingInputStream counted =
            new CountingInputStream(new BufferedInputStream(Files.newInputStream(in), 1 << 16));
        RowReader reader = reader(fileFormat, counted, mapping, timestamps)) {
      while (reader.hasNext()) {
        IngestRow row = reader.next();
        rows++;
        if (row.isValid()) {
          history.add(row.transaction());
        } else {
          skipped.add(row.error());
        }
        progress.update(counted.count(), rows);
      }
      progress.finish(counted.count(), rows);
    }
  }

  private RowReader reader(
      ImportCommand.Format fileFormat,
      InputStream input,
      ColumnMapping mapping,
      TimestampParser timestamps) {
    if (fileFormat == ImportCommand.Format.CSV) {
      return new CsvRowReader(input, mapping, timestamps);
    }
    if (!map.isBlank()) {
      throw new CliException("--map applies to CSV files only", CliErrors.USAGE);
    }
    return new NdjsonRowReader(input, json, timestamps);
  }

  private static ImportCommand.Format guessFormat(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return ImportCommand.Format.CSV;
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return ImportCommand.Format.NDJSON;
    }
    throw new CliException(
        "cannot tell the format of " + file + "; pass --format csv or --format ndjson",
        CliErrors.USAGE);
  }

  private void readNdjson(Path file, Consumer<JsonNode> each) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CliException("no such file: " + file, CliErrors.USAGE);
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long line = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        try {
          each.accept(json.readTree(text));
        } catch (JacksonException e) {
          throw new CliException(
              file + ":" + line + ": not JSON: " + e.getOriginalMessage(), CliErrors.USAGE);
        } catch (RuntimeException e) {
          throw new CliException(file + ":" + line + ": " + e.getMessage(), CliErrors.USAGE);
        }
      }
    }
  }

  private Labels readLabels(Path file) throws IOException {
    Set<String> positives = new HashSet<>();
    Set<String> decoyLabelled = new HashSet<>();
    readNdjson(
        file,
        node -> {
          if (!"ACCOUNT".equals(node.path("subject").asString(""))) {
            return;
          }
          String id = node.path("id").asString("");
          if (node.path("decoy").asBoolean(false)) {
            decoyLabelled.add(id);
          } else {
            positives.add(id);
          }
        });
    decoyLabelled.removeAll(positives);
    return new Labels(positives, decoyLabelled);
  }

  private Map<String, Object> report(
      List<Transaction> history, List<RowError> skipped, List<Arm> arms, Labels truth) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("input", in.toString());
    report.put("transactions", history.size());
    report.put("skipped", skipped.size());
    if (!history.isEmpty()) {
      report.put("from", history.get(0).timestamp().toString());
      report.put("to", history.get(history.size() - 1).timestamp().toString());
    }
    report.put("zone", zone.getId());
    report.put("context", accounts == null && parties == null ? "empty" : "files");
    List<Map<String, Object>> sets = new ArrayList<>();
    for (Arm arm : arms) {
      Map<String, Object> set = new LinkedHashMap<>();
      set.put("name", arm.name);
      set.put("ruleSetId", arm.ruleSet.id());
      set.put("ruleSetVersion", arm.ruleSet.version());
      set.put("alerts", arm.alerts.size());
      set.put("byAction", arm.byAction);
      List<Map<String, Object>> ruleHits = new ArrayList<>();
      for (Rule rule : arm.ruleSet.rules()) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", rule.id());
        r.put("action", rule.action().name());
        r.put("shadow", rule.shadow());
        r.put("hits", arm.hits.getOrDefault(rule.id(), 0L));
        ruleHits.add(r);
      }
      set.put("rules", ruleHits);
      Map<String, Object> byDay = new LinkedHashMap<>();
      arm.alertsByDay.forEach((day, n) -> byDay.put(day.toString(), n));
      set.put("alertsByDay", byDay);
      set.put("flaggedAccounts", arm.flagged.size());
      set.put("evaluationErrors", arm.errors);
      if (truth != null) {
        set.put("labels", truth.score(arm.flagged).toMap());
      }
      sets.add(set);
    }
    report.put("sets", sets);
    return report;
  }

  private void print(
      List<Transaction> history, List<RowError> skipped, List<Arm> arms, Labels truth) {
    System.out.printf(
        "backtest of %s: %,d transactions%s, %,d rows skipped, context %s%n",
        in,
        history.size(),
        history.isEmpty()
            ? ""
            : " from "
                + history.get(0).timestamp().atZone(zone).toLocalDate()
                + " to "
                + history.get(history.size() - 1).timestamp().atZone(zone).toLocalDate(),
        skipped.size(),
        accounts == null && parties == null ? "empty (no --accounts/--parties)" : "from files");
    skipped.stream()
        .limit(20)
        .forEach(
            e ->
                System.out.println(
                    "  skipped line " + e.line() + " [" + e.code() + "] " + e.message()));
    StringBuilder header = new StringBuilder(String.format("%-34s", ""));
    for (Arm arm : arms) {
      header.append(
          String.format(
              " %24s", arm.name + " (" + arm.ruleSet.id() + " " + arm.ruleSet.version() + ")"));
    }
    System.out.println();
    System.out.println(header);
    row(arms, "alerts", a -> (long) a.alerts.size());
    for (Action action : Action.values()) {
      if (action != Action.ALLOW) {
        row(arms, "  " + action, a -> a.byAction.getOrDefault(action.name(), 0L));
      }
    }
    row(arms, "flagged accounts", a -> (long) a.flagged.size());
    System.out.println("hits per rule");
    Set<String> ruleIds = new java.util.LinkedHashSet<>();
    arms.forEach(a -> a.ruleSet.rules().forEach(r -> ruleIds.add(r.id())));
    for (String id : ruleIds) {
      List<String> cells = new ArrayList<>();
      for (Arm arm : arms) {
        boolean present = arm.ruleSet.rules().stream().anyMatch(r -> r.id().equals(id));
        cells.add(present ? String.format("%,d", arm.hits.getOrDefault(id, 0L)) : "-");
      }
      cells("  " + id, cells);
    }
    System.out.println("alerts by day");
    Set<LocalDate> days = new TreeSet<>();
    arms.forEach(a -> days.addAll(a.alertsByDay.keySet()));
    for (LocalDate day : days) {
      row(arms, "  " + day, a -> a.alertsByDay.getOrDefault(day, 0L));
    }
    if (truth != null) {
      System.out.printf(
          "labels %s: %,d positive accounts, %,d decoy accounts%n",
          labels, truth.positives.size(), truth.decoys.size());
      List<Score> scores = arms.stream().map(a -> truth.score(a.flagged)).toList();
      cells("  flagged positives", scores.stream().map(s -> fmt(s.truePositives())).toList());
      cells("  precision", scores.stream().map(s -> ratio(s.precision())).toList());
      cells("  recall", scores.stream().map(s -> ratio(s.recall())).toList());
      cells("  decoys flagged", scores.stream().map(s -> fmt(s.decoysFlagged())).toList());
      cells(
          "  decoy false-positive rate",
          scores.stream().map(s -> ratio(s.decoyFalsePositiveRate())).toList());
    }
  }

  private static void row(List<Arm> arms, String label, java.util.function.Function<Arm, Long> f) {
    cells(label, arms.stream().map(a -> fmt(f.apply(a))).toList());
  }

  private static void cells(String label, List<String> cells) {
    StringBuilder line = new StringBuilder(String.format("%-34s", label));
    cells.forEach(c -> line.append(String.format(" %24s", c)));
    System.out.println(line);
  }

  private static String fmt(long n) {
    return String.format("%,d", n);
  }

  private static String ratio(double r) {
    return Double.isNaN(r) ? "n/a" : String.format(Locale.ROOT, "%.3f", r);
  }

  /** One rule set's engine and what it decided. */
  private static final class Arm {
    final String name;
    final RuleSet ruleSet;
    final RiskEngine engine;
    final List<Map<String, Object>> alerts = new ArrayList<>();
    final Map<String, Long> byAction = new TreeMap<>();
    final Map<String, Long> hits = new HashMap<>();
    final Map<LocalDate, Long> alertsByDay = new TreeMap<>();
    final Set<String> flagged = new HashSet<>();
    long errors;

    Arm(String name, RuleSet ruleSet, ZoneId zone) {
      this.name = name;
      this.ruleSet = ruleSet;
      // As the server's RiskService, with room for a whole history in memory.
      this.engine =
          RiskEngine.of(
              FeatureExtractor.of(StarterLibrary.features()),
              InMemoryEntityStateStore.of(Duration.ofDays(91), STATE_ENTITIES),
              FundFlowGraph.of(
                  GraphConfig.DEFAULT,
                  InMemoryGraphStateStore.of(Duration.ofDays(8), STATE_ENTITIES)),
              RuleBook.of(ruleSet),
              zone);
    }

    void record(Transaction t, Decision d, ZoneId zone) {
      for (RuleHit hit : d.rules()) {
        hits.merge(hit.rule().id(), 1L, Long::sum);
      }
      errors += d.errors().size();
      if (d.action() == Action.ALLOW) {
        return;
      }
      byAction.merge(d.action().name(), 1L, Long::sum);
      alertsByDay.merge(t.timestamp().atZone(zone).toLocalDate(), 1L, Long::sum);
      flagged.add(t.payer().value());
      Map<String, Object> alert = new LinkedHashMap<>();
      alert.put("set", name);
      alert.put("transaction", t.id().value());
      alert.put("account", t.payer().value());
      alert.put("timestamp", t.timestamp().toString());
      alert.put("action", d.action().name());
      alert.put("score", d.score());
      alert.put(
          "rules",
          d.rules().stream().filter(h -> !h.rule().shadow()).map(h -> h.rule().id()).toList());
      alerts.add(alert);
    }
  }

  /** Account labels: positives (non-decoy patterns) and decoys (decoy patterns only). */
  private record Labels(Set<String> positives, Set<String> decoys) {
    Score score(Set<String> flagged) {
      long tp = flagged.stream().filter(positives::contains).count();
      long decoysFlagged = flagged.stream().filter(decoys::contains).count();
      return new Score(flagged.size(), positives.size(), tp, decoys.size(), decoysFlagged);
    }
  }

  /** Account-level precision and recall of one rule set. */
  private record Score(
      long flagged, long positives, long truePositives, long decoys, long decoysFlagged) {
    double precision() {
      return flagged == 0 ? Double.NaN : (double) truePositives / flagged;
    }

    double recall() {
      return positives == 0 ? Double.NaN : (double) truePositives / positives;
    }

    double decoyFalsePositiveRate() {
      return decoys == 0 ? Double.NaN : (double) decoysFlagged / decoys;
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("flaggedAccounts", flagged);
      m.put("positives", positives);
      m.put("truePositives", truePositives);
      m.put("precision", nullIfNaN(precision()));
      m.put("recall", nullIfNaN(recall()));
      m.put("decoys", decoys);
      m.put("decoysFlagged", decoysFlagged);
      m.put("decoyFalsePositiveRate", nullIfNaN(decoyFalsePositiveRate()));
      return m;
    }

    private static Double nullIfNaN(double d) {
      return Double.isNaN(d) ? null : d;
    }
  }

  /** Accounts and parties from the simulator's files. */
  private static final class MapContext implements RiskContext {
    private final Map<AccountId, Account> accounts = new HashMap<>();
    private final Map<PartyId, Party> parties = new HashMap<>();

    void add(PartyPayload p) {
      Party party = p.toParty();
      parties.put(party.id(), party);
    }

    void add(AccountPayload a) {
      Account account = a.toAccount();
      accounts.put(account.id(), account);
    }

    @Override
    public Optional<Account> account(AccountId id) {
      return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Optional<Party> owner(AccountId account) {
      return account(account).flatMap(Account::owner).map(parties::get);
    }
  }
}
