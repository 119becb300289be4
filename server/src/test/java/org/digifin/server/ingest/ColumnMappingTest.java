package org.digifin.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.digifin.basics.error.ValidationException;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  @Test
  void mapsNamedFieldsAndLeavesTheRest() {
    ColumnMapping mapping = ColumnMapping.parse("payer=orig_acct, payee = bene_acct");
    assertThat(mapping.column("payer")).isEqualTo("orig_acct");
    assertThat(mapping.column("payee")).isEqualTo("bene_acct");
    assertThat(mapping.column("amount")).isEqualTo("amount");
  }

  @Test
  void emptySpecIsIdentity() {
    assertThat(ColumnMapping.parse("")).isSameAs(ColumnMapping.identity());
  }

  @Test
  void refusesUnknownFieldsAndMalformedPairs() {
    assertThatThrownBy(() -> ColumnMapping.parse("payor=x"))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo("mapping.unknown_field");
    assertThatThrownBy(() -> ColumnMapping.parse("payer"))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo("mapping.format");
  }
}
