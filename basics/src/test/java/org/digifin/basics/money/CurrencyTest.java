package org.digifin.basics.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyTest {

  @Test
  void constantsCarryTheirIsoMinorUnits() {
    assertThat(Currency.CNY.minorUnits()).isEqualTo(2);
    assertThat(Currency.USD.minorUnits()).isEqualTo(2);
    assertThat(Currency.EUR.minorUnits()).isEqualTo(2);
    assertThat(Currency.HKD.minorUnits()).isEqualTo(2);
    assertThat(Currency.GBP.minorUnits()).isEqualTo(2);
    assertThat(Currency.JPY.minorUnits()).isZero();
  }

  @Test
  void parseReturnsTheConstantForAKnownCode() {
    assertThat(Currency.parse("CNY")).isSameAs(Currency.CNY);
    assertThat(Currency.parse("JPY")).isSameAs(Currency.JPY);
  }

  @ParameterizedTest
  @CsvSource({"BHD, 3", "KWD, 3", "KRW, 0", "CHF, 2", "SGD, 2", "CLF, 4"})
  void parseTakesOtherCurrenciesMinorUnitsFromIso4217(String code, int minorUnits) {
    Currency currency = Currency.parse(code);
    assertThat(currency.code()).isEqualTo(code);
    assertThat(currency.minorUnits()).isEqualTo(minorUnits);
    assertThat(Currency.parse(code)).isEqualTo(currency);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABC", "QQQ", "ZZZ"})
  void parseRefusesCodesIsoLacks(String code) {
    assertFailsWith("currency.unknown", "currency", () -> Currency.parse(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"XAU", "XXX"})
  void parseRefusesIsoCodesWithoutMinorUnits(String code) {
    assertFailsWith("currency.unknown", "currency", () -> Currency.parse(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "cny", "Cny", "CN", "CNYY", " CNY", "C1Y", "人民币"})
  void parseRefusesTextThatIsNotAThreeLetterUpperCaseCode(String code) {
    assertFailsWith("currency.invalid", "currency", () -> Currency.parse(code));
  }

  @Test
  void parseRefusesNull() {
    assertFailsWith("value.required", "currency", () -> Currency.parse(null));
  }

  @Test
  void constructorValidatesCodeAndMinorUnits() {
    assertThat(new Currency("CNY", 2)).isEqualTo(Currency.CNY);
    assertFailsWith("currency.invalid", "currency", () -> new Currency("cny", 2));
    assertFailsWith("currency.minor_units", "currency", () -> new Currency("CNY", -1));
    assertFailsWith("currency.minor_units", "currency", () -> new Currency("CNY", 5));
    assertThat(new Currency("CLF", 4).minorUnits()).isEqualTo(4);
  }

  @Test
  void printsAsItsCode() {
    assertThat(Currency.CNY).hasToString("CNY");
  }
}
