package org.digifin.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.digifin.server.ServerTestSupport;
import org.digifin.server.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digifin import} against a running server, as a bank's export would arrive. */
class ImportCommandTest extends ServerTestSupport {

  @TempDir Path dir;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  record Cli(int exit, String out, String err) {}

  private Cli cli(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int exit = DigifinCli.run(args);
      return new Cli(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private Path export(String name, int rows, int badRow) throws Exception {
    StringBuilder csv =
        new StringBuilder("txn_ref,booked,orig_acct,bene_acct,amt,ccy,channel,type\n");
    for (int i = 1; i <= rows; i++) {
      csv.append("IM-")
          .append(run)
          .append('-')
          .append(i)
          .append(",2026-11-02 09:30:00,A")
          .append(i % 7)
          .append(",B")
          .append(i % 11)
          .append(',')
          .append(i == badRow ? "12.345" : i + ".50")
          .append(",CNY,ONLINE,TRANSFER\n");
    }
    Path file = dir.resolve(name);
    Files.writeString(file, csv);
    return file;
  }

  private String[] args(Path file, String... extra) {
    String[] base = {
      "import",
      file.toString(),
      "--map",
      "id=txn_ref,timestamp=booked,payer=orig_acct,payee=bene_acct,amount=amt,currency=ccy",
      "--batch-size",
      "1000",
      "--url",
      "http://localhost:" + port,
      "--api-key",
      key(Role.RISK_ANALYST)
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void importsAMappedExportInBatchesAndIsSafeToRerun() throws Exception {
    Path file = export("export.csv", 2500, -1);
    Cli first = cli(args(file));
    assertThat(first.exit).as(first.err).isZero();
    assertThat(first.out).contains("2,500 rows read, 2,500 new, 0 already stored, 0 rejected");
    assertThat(first.err).contains("100%", "rows/s");

    Cli again = cli(args(file));
    assertThat(again.out).contains("0 new, 2,500 already stored");
    assertThat(get("/api/transactions/IM-" + run + "-2500", Role.AUDITOR).body())
        .contains("\"amount\":2500.50", "\"timestamp\":\"2026-11-02T01:30:00Z\"");
  }

  @Test
  void allOrNothingRefusesAFileWithABadRowBeforeSendingAnything() throws Exception {
    Path file = export("bad.csv", 50, 17);
    Cli result = cli(args(file));
    assertThat(result.exit).isEqualTo(2);
    assertThat(result.err).contains("line 17", "amount.scale", "nothing was imported");
    assertThat(get("/api/transactions/IM-" + run + "-1", Role.AUDITOR).statusCode()).isEqualTo(404);
  }

  @Test
  void partialModeImportsTheRestAndReportsTheBadRow() throws Exception {
    Path file = export("partial.csv", 50, 17);
    Cli result = cli(args(file, "--mode", "partial"));
    assertThat(result.exit).isZero();
    assertThat(result.out).contains("49 new", "1 rejected", "line 17");
  }

  @Test
  void helpfulErrors() {
    assertThat(cli("import", dir.resolve("missing.csv").toString()).err).contains("no such file");
    assertThat(cli("import", "--help").out).contains("--map", "--mode", "--offline");
  }

  @Test
  void offlineImportWritesStraightIntoTheDatabaseAndOfflineVerifyChecksIt() throws Exception {
    Path file = export("offline.csv", 300, -1);
    Path data = dir.resolve("offline-data");
    String map =
        "id=txn_ref,timestamp=booked,payer=orig_acct,payee=bene_acct,amount=amt,currency=ccy";
    Cli imported =
        cli("import", file.toString(), "--map", map, "--offline", "--data-dir", data.toString());
    assertThat(imported.exit).as(imported.err).isZero();
    assertThat(imported.out).contains("300 rows read, 300 new");

    Cli verified = cli("audit", "verify", "--offline", "--data-dir", data.toString());
    assertThat(verified.exit).as(verified.err).isZero();
    assertThat(verified.out).contains("audit trail intact: 1 entries verified");
  }
}
