package org.digifin.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.digifin.server.ingest.TransactionQuery;
import org.junit.jupiter.api.Test;

class TransactionFilterTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void blankFieldsMeanNoFilter() {
    List<String> errors = new ArrayList<>();
    TransactionQuery query =
        new TransactionFilter(" ", "", null, "", null, "", " ").toQuery(SHANGHAI, errors);
    assertThat(errors).isEmpty();
    assertThat(query).isEqualTo(new TransactionQuery(null, null, null, null, null, null, null));
  }

  @Test
  void datesAreWholeDaysInTheZoneWithBothEndsIncluded() {
    List<String> errors = new ArrayList<>();
    TransactionQuery query =
        new TransactionFilter("A1", "2025-03-01", "2025-03-02", "mobile", "Transfer", "1,000", "2")
            .toQuery(SHANGHAI, errors);
    assertThat(errors).isEmpty();
    assertThat(query.from()).isEqualTo(Instant.parse("2025-02-28T16:00:00Z"));
    assertThat(query.to()).isEqualTo(Instant.parse("2025-03-02T16:00:00Z"));
    assertThat(query.channel()).isEqualTo("MOBILE");
    assertThat(query.type()).isEqualTo("TRANSFER");
    assertThat(query.minAmount()).isEqualByComparingTo(new BigDecimal("1000"));
  }

  @Test
  void eachBadFieldIsNamed() {
    List<String> errors = new ArrayList<>();
    new TransactionFilter(null, "03/01/2025", "x", "FAX", "GIFT", "-1", "lots")
        .toQuery(SHANGHAI, errors);
    assertThat(errors).containsExactly("from", "to", "channel", "type", "min", "max");
  }
}
