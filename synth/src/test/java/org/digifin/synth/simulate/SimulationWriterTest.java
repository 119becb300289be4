package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digifin.basics.domain.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationWriterTest {

  private static final SimulationConfig CONFIG =
      SimulationConfig.defaults()
          .withCustomers(400)
          .withDays(8)
          .withAllRates(10)
          .withFormats(EnumSet.allOf(OutputFormat.class));
  private static final Pattern KEY = Pattern.compile("\"([A-Za-z]+)\":");

  @TempDir Path directory;

  @Test
  void writesEveryFileAndReportsProgressDayByDay() {
    List<Long> progress = new ArrayList<>();
    SimulationSummary summary =
        SimulationWriter.of(CONFIG).write(directory, (done, total) -> progress.add(done));
    assertThat(summary.files())
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "parties.ndjson",
            "accounts.ndjson",
            "profiles.ndjson",
            "transactions.ndjson",
            "transactions.csv",
            "labels.ndjson",
            "labels.csv",
            "loans.ndjson",
            "trade.ndjson",
            "manifest.json");
    assertThat(progress).startsWith(1L, 2L, 3L).endsWith(8L, 8L);
    assertThat(summary.transactions()).isPositive();
    assertThat(summary.patternInstances()).isPositive();
  }

  @Test
  void transactionFilesMatchTheStreamAndTheWireFormat() throws IOException {
    SimulationSummary summary = SimulationWriter.of(CONFIG).write(directory, ProgressListener.NONE);
    List<String> json = Files.readAllLines(directory.resolve("transactions.ndjson"));
    List<String> csv = Files.readAllLines(directory.resolve("transactions.csv"));
    List<Transaction> stream = BankSimulator.of(CONFIG).transactions().toList();
    assertThat(json).hasSize(stream.size()).hasSize((int) summary.transactions());
    assertThat(csv.get(0))
        .isEqualTo(
            "id,timestamp,payer,payee,amount,currency,channel,type,deviceId,latitude,longitude,"
                + "counterpartyBank");
    assertThat(csv).hasSize(stream.size() + 1);
    for (int i = 0; i < stream.size(); i += 97) {
      assertThat(json.get(i)).isEqualTo(expectedJson(stream.get(i)));
      assertThat(csv.get(i + 1).split(",", -1)).hasSize(12);
      assertThat(csv.get(i + 1)).startsWith(stream.get(i).id().value() + ",");
    }
    Set<String> allowed =
        Set.of(
            "id",
            "timestamp",
            "payer",
            "payee",
            "amount",
            "currency",
            "channel",
            "type",
            "deviceId",
            "latitude",
            "longitude",
            "counterpartyBank");
    json.forEach(line -> assertThat(keys(line)).isSubsetOf(allowed));
  }

  @Test
  void referenceFilesCarryOnlyTheFieldsTheServerAccepts() throws IOException {
    SimulationWriter.of(CONFIG).write(directory, ProgressListener.NONE);
    for (String line : Files.readAllLines(directory.resolve("parties.ndjson"))) {
      List<String> keys = keys(line);
      assertThat(keys)
          .containsAnyOf("industryCode", "region")
          .isSubsetOf("id", "kind", "name", "bornOrFounded", "industryCode", "region");
    }
    for (String line : Files.readAllLines(directory.resolve("accounts.ndjson"))) {
      assertThat(keys(line))
          .contains("id", "type", "currency", "openedOn", "status")
          .isSubsetOf("id", "owner", "type", "currency", "openedOn", "status", "bankCode");
      assertThat(line.contains("\"owner\"")).isNotEqualTo(line.contains("\"type\":\"EXTERNAL\""));
    }
    assertThat(Files.readString(directory.resolve("parties.ndjson"), StandardCharsets.UTF_8))
        .contains("有限公司");
  }

  @Test
  void labelFilesNameExactlyTheInjectedTransactionsAndAccounts() throws IOException {
    SimulationWriter.of(CONFIG).write(directory, ProgressListener.NONE);
    Set<String> ids = new HashSet<>();
    for (String line : Files.readAllLines(directory.resolve("transactions.ndjson"))) {
      ids.add(line.substring(7, 18));
    }
    Set<String> labelled = new HashSet<>();
    Set<String> patterns = new HashSet<>();
    Set<String> accountPatterns = new HashSet<>();
    List<String> labels = Files.readAllLines(directory.resolve("labels.ndjson"));
    for (String line : labels) {
      assertThat(keys(line))
          .containsExactly("pattern", "typology", "decoy", "subject", "id", "role");
      String id = value(line, "id");
      if (line.contains("\"TRANSACTION\"")) {
        assertThat(ids).contains(id);
        assertThat(labelled.add(id)).isTrue();
        patterns.add(value(line, "pattern"));
      } else {
        assertThat(id).startsWith("A");
        accountPatterns.add(value(line, "pattern"));
      }
    }
    assertThat(patterns).isEqualTo(accountPatterns);
    SimulatedRun run = SimulatedRun.of(CONFIG);
    assertThat(labelled).hasSize(run.transactionLabels.size());
    assertThat(Files.readAllLines(directory.resolve("labels.csv"))).hasSize(labels.size() + 1);
  }

  @Test
  void theSameConfigurationWritesByteIdenticalFiles(@TempDir Path other) throws IOException {
    SimulationWriter.of(CONFIG).write(directory, ProgressListener.NONE);
    SimulationWriter.of(CONFIG).write(other, ProgressListener.NONE);
    for (String file :
        List.of(
            "transactions.ndjson",
            "labels.ndjson",
            "parties.ndjson",
            "profiles.ndjson",
            "loans.ndjson",
            "trade.ndjson",
            "manifest.json")) {
      assertThat(sha256(Files.readAllBytes(other.resolve(file))))
          .as(file)
          .isEqualTo(sha256(Files.readAllBytes(directory.resolve(file))));
    }
  }

  @Test
  void anotherSeedWritesOtherTransactions() {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    long n = SimulationWriter.of(CONFIG).writeTransactions(first, OutputFormat.NDJSON);
    SimulationWriter.of(CONFIG.withSeed(5)).writeTransactions(second, OutputFormat.NDJSON);
    assertThat(n).isPositive();
    assertThat(sha256(second.toByteArray())).isNotEqualTo(sha256(first.toByteArray()));
  }

  static String expectedJson(Transaction t) {
    StringBuilder s = new StringBuilder();
    s.append("{\"id\":\"").append(t.id()).append("\",\"timestamp\":\"").append(t.timestamp());
    s.append("\",\"payer\":\"").append(t.payer()).append("\",\"payee\":\"").append(t.payee());
    s.append("\",\"amount\":\"").append(t.amount().amount().toPlainString());
    s.append("\",\"currency\":\"CNY\",\"channel\":\"").append(t.channel());
    s.append("\",\"type\":\"").append(t.type()).append('"');
    t.deviceId().ifPresent(d -> s.append(",\"deviceId\":\"").append(d).append('"'));
    t.geo()
        .ifPresent(
            g ->
                s.append(",\"latitude\":")
                    .append(String.format(java.util.Locale.ROOT, "%.4f", g.latitude()))
                    .append(",\"longitude\":")
                    .append(String.format(java.util.Locale.ROOT, "%.4f", g.longitude())));
    t.counterpartyBank().ifPresent(b -> s.append(",\"counterpartyBank\":\"").append(b).append('"'));
    return s.append('}').toString();
  }

  private static List<String> keys(String line) {
    List<String> keys = new ArrayList<>();
    Matcher m = KEY.matcher(line);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  private static String value(String line, String key) {
    Matcher m = Pattern.compile("\"" + key + "\":\"([^\"]*)\"").matcher(line);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
