package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.time.LocalDate;
import java.util.Optional;
import org.digifin.basics.id.PartyId;
import org.junit.jupiter.api.Test;

class PartyTest {

  private static final PartyId ID = PartyId.of("C0001");

  private static Party person(LocalDate born) {
    return new Party(ID, PartyKind.PERSON, "张三", born, Optional.empty(), "310000");
  }

  private static Party enterprise(LocalDate founded) {
    return new Party(ID, PartyKind.ENTERPRISE, "上海某某科技有限公司", founded, Optional.of("C39"), "310115");
  }

  @Test
  void keepsItsAttributesAsWritten() {
    Party party = enterprise(LocalDate.of(2010, 6, 1));
    assertThat(party.id()).isEqualTo(ID);
    assertThat(party.kind()).isEqualTo(PartyKind.ENTERPRISE);
    assertThat(party.name()).isEqualTo("上海某某科技有限公司");
    assertThat(party.bornOrFounded()).isEqualTo(LocalDate.of(2010, 6, 1));
    assertThat(party.industryCode()).contains("C39");
    assertThat(party.region()).isEqualTo("310115");
  }

  @Test
  void yearsOnCountsWholeYearsOnly() {
    Party party = person(LocalDate.of(1965, 3, 15));
    assertThat(party.yearsOn(LocalDate.of(1965, 3, 15))).isZero();
    assertThat(party.yearsOn(LocalDate.of(2025, 3, 14))).isEqualTo(59);
    assertThat(party.yearsOn(LocalDate.of(2025, 3, 15))).isEqualTo(60);
    assertThat(party.yearsOn(LocalDate.of(2025, 12, 31))).isEqualTo(60);
  }

  @Test
  void yearsOnForALeapDayBirth() {
    Party party = person(LocalDate.of(1964, 2, 29));
    assertThat(party.yearsOn(LocalDate.of(2024, 2, 28))).isEqualTo(59);
    assertThat(party.yearsOn(LocalDate.of(2024, 2, 29))).isEqualTo(60);
    assertThat(party.yearsOn(LocalDate.of(2025, 3, 1))).isEqualTo(61);
  }

  @Test
  void aPersonIsElderlyFromTheirSixtiethBirthday() {
    Party party = person(LocalDate.of(1965, 3, 15));
    assertThat(Party.ELDERLY_AGE).isEqualTo(60);
    assertThat(party.isElderlyOn(LocalDate.of(2025, 3, 14))).isFalse();
    assertThat(party.isElderlyOn(LocalDate.of(2025, 3, 15))).isTrue();
    assertThat(party.isElderlyOn(LocalDate.of(2040, 1, 1))).isTrue();
  }

  @Test
  void anEnterpriseIsNeverElderly() {
    Party old = enterprise(LocalDate.of(1912, 1, 1));
    assertThat(old.yearsOn(LocalDate.of(2025, 1, 1))).isEqualTo(113);
    assertThat(old.isElderlyOn(LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void refusesBlankOrOverlongText() {
    LocalDate born = LocalDate.of(1990, 1, 1);
    assertFailsWith(
        "value.blank",
        "name",
        () -> new Party(ID, PartyKind.PERSON, " ", born, Optional.empty(), "310000"));
    assertFailsWith(
        "value.too_long",
        "name",
        () -> new Party(ID, PartyKind.PERSON, "名".repeat(201), born, Optional.empty(), "310000"));
    assertThat(
            new Party(ID, PartyKind.PERSON, "名".repeat(200), born, Optional.empty(), "310000")
                .name())
        .hasSize(200);
    assertFailsWith(
        "value.blank",
        "region",
        () -> new Party(ID, PartyKind.PERSON, "A", born, Optional.empty(), ""));
    assertFailsWith(
        "value.too_long",
        "region",
        () -> new Party(ID, PartyKind.PERSON, "A", born, Optional.empty(), "1".repeat(17)));
    assertFailsWith(
        "value.too_long",
        "industryCode",
        () -> new Party(ID, PartyKind.PERSON, "A", born, Optional.of("C".repeat(17)), "310000"));
  }

  @Test
  void refusesNulls() {
    LocalDate born = LocalDate.of(1990, 1, 1);
    assertFailsWith(
        "value.required",
        "id",
        () -> new Party(null, PartyKind.PERSON, "A", born, Optional.empty(), "310000"));
    assertFailsWith(
        "value.required", "kind", () -> new Party(ID, null, "A", born, Optional.empty(), "310000"));
    assertFailsWith(
        "value.required",
        "name",
        () -> new Party(ID, PartyKind.PERSON, null, born, Optional.empty(), "310000"));
    assertFailsWith(
        "value.required",
        "bornOrFounded",
        () -> new Party(ID, PartyKind.PERSON, "A", null, Optional.empty(), "310000"));
    assertFailsWith(
        "value.required",
        "industryCode",
        () -> new Party(ID, PartyKind.PERSON, "A", born, null, "310000"));
    assertFailsWith(
        "value.required",
        "region",
        () -> new Party(ID, PartyKind.PERSON, "A", born, Optional.empty(), null));
    assertFailsWith("value.required", "date", () -> person(born).yearsOn(null));
  }
}
