package org.digifin.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.digifin.basics.error.ValidationException;
import org.junit.jupiter.api.Test;

class CsvRowReaderTest {

  private static final TimestampParser SHANGHAI = new TimestampParser(ZoneId.of("Asia/Shanghai"));

  private static List<IngestRow> read(String csv, ColumnMapping mapping) {
    List<IngestRow> rows = new ArrayList<>();
    try (CsvRowReader reader =
        new CsvRowReader(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), mapping, SHANGHAI)) {
      reader.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void readsCanonicalColumnsWithOptionalCellsEmpty() {
    List<IngestRow> rows =
        read(
            "id,timestamp,payer,payee,amount,currency,channel,type,deviceId,latitude,longitude,counterpartyBank\n"
                + "T1,2026-11-01T00:00:00Z,A,B,12.30,CNY,POS,CARD,,,,\n"
                + "T2,2026-11-01T00:00:00Z,A,B,1,JPY,ATM,CASH_WITHDRAWAL,dev-9,31.2,121.5,102100099996\n",
            ColumnMapping.identity());
    assertThat(rows).allMatch(IngestRow::isValid);
    assertThat(rows.get(0).transaction().deviceId()).isEmpty();
    assertThat(rows.get(1).transaction().geo()).isPresent();
    assertThat(rows.get(1).transaction().counterpartyBank()).hasValue("102100099996");
  }

  @Test
  void mapsABanksOwnLayoutAndLocalTimes() {
    List<IngestRow> rows =
        read(
            "ref,when,orig_acct,bene_acct,amt,ccy,chan,kind\n"
                + "X1,2026-11-01 08:30:00,A,B,\"1,000.00\",CNY,branch,transfer\n",
            ColumnMapping.parse(
                "id=ref,timestamp=when,payer=orig_acct,payee=bene_acct,amount=amt,currency=ccy,channel=chan,type=kind"));
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.isValid()).isTrue();
              assertThat(row.transaction().timestamp())
                  .isEqualTo(Instant.parse("2026-11-01T00:30:00Z"));
              assertThat(row.transaction().amount().amount()).isEqualByComparingTo("1000");
            });
  }

  @Test
  void badRowsCarryTheirLineCodeAndField() {
    List<IngestRow> rows =
        read(
            "id,timestamp,payer,payee,amount,currency,channel,type\n"
                + "T1,2026-11-01T00:00:00Z,A,B,abc,CNY,POS,CARD\n"
                + "T2,yesterday,A,B,1.00,CNY,POS,CARD\n"
                + "T3,2026-11-01T00:00:00Z,A,B,1.00,XXX,POS,CARD\n",
            ColumnMapping.identity());
    assertThat(rows)
        .extracting(r -> r.error().code())
        .containsExactly("amount.format", "timestamp.format", "currency.unknown");
    assertThat(rows).extracting(r -> r.error().line()).containsExactly(1L, 2L, 3L);
    assertThat(rows.get(0).error().id()).isEqualTo("T1");
  }

  @Test
  void missingRequiredColumnFailsUpFront() {
    assertThatThrownBy(() -> read("id,payer\nx,y\n", ColumnMapping.identity()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'timestamp'");
  }
}
