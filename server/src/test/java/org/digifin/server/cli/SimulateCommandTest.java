package org.digifin.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digifin simulate} writes a bank a user can import, reproducibly. */
class SimulateCommandTest {

  @TempDir Path dir;

  private String run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      assertThat(DigifinCli.run(args)).isZero();
      return captured.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void writesTheFilesAndTheSameSeedWritesTheSameBank() throws Exception {
    Path first = dir.resolve("a");
    Path second = dir.resolve("b");
    String summary =
        run(
            "simulate",
            "--customers",
            "200",
            "--days",
            "3",
            "--seed",
            "7",
            "--format",
            "both",
            "--out",
            first.toString());
    run(
        "simulate",
        "--customers",
        "200",
        "--days",
        "3",
        "--seed",
        "7",
        "--format",
        "both",
        "--out",
        second.toString());

    assertThat(summary)
        .containsPattern("wrote .*: 20[01] parties, [\\d,]+ accounts, [1-9][\\d,]* transactions");
    for (String file :
        List.of(
            "parties.ndjson",
            "accounts.ndjson",
            "transactions.ndjson",
            "transactions.csv",
            "labels.ndjson")) {
      assertThat(first.resolve(file)).as(file).exists();
      assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isEqualTo(-1L);
    }
    assertThat(Files.readAllLines(first.resolve("transactions.csv")).get(0))
        .isEqualTo(
            "id,timestamp,payer,payee,amount,currency,channel,type,deviceId,latitude,longitude,counterpartyBank");
  }
}
