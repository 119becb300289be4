package org.digifin.basics.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static final Currency CNY = Currency.CNY;
  private static final Currency JPY = Currency.JPY;

  private static Money cny(String amount) {
    return Money.ofExact(CNY, new BigDecimal(amount));
  }

  // --- construction and rounding

  @ParameterizedTest
  @CsvSource({
    "12.345, 12.34",
    "12.355, 12.36",
    "12.3450001, 12.35",
    "-12.345, -12.34",
    "-12.355, -12.36",
    "0.005, 0.00",
    "0.015, 0.02",
    "12, 12.00",
    "1E+3, 1000.00"
  })
  void ofRoundsHalfEvenToTwoDecimalsForCny(String in, String expected) {
    Money money = Money.of(CNY, new BigDecimal(in));
    assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
    assertThat(money.amount().scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({"2.5, 2", "3.5, 4", "-2.5, -2", "1000.49, 1000", "0.5, 0", "1.5, 2"})
  void ofRoundsHalfEvenToWholeYen(String in, String expected) {
    Money money = Money.of(JPY, new BigDecimal(in));
    assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
    assertThat(money.amount().scale()).isZero();
  }

  @Test
  void ofDoubleReadsTheDecimalTheDoublePrints() {
    assertThat(Money.of(CNY, 0.1 + 0.2)).isEqualTo(cny("0.30"));
    assertThat(Money.of(CNY, 2.675)).isEqualTo(cny("2.68"));
    assertThat(Money.of(JPY, 1234.5)).isEqualTo(Money.ofMinor(JPY, 1234));
  }

  @Test
  void theConstructorRoundsToo() {
    assertThat(new Money(CNY, new BigDecimal("1.005")).amount()).isEqualTo(new BigDecimal("1.00"));
  }

  @Test
  void equalAmountsAreEqualWhateverTheScaleTheyCameIn() {
    assertThat(Money.of(CNY, new BigDecimal("12.3"))).isEqualTo(cny("12.30"));
    assertThat(Money.of(CNY, new BigDecimal("12.3")).hashCode()).isEqualTo(cny("12.30").hashCode());
  }

  @Test
  void refusesNulls() {
    assertFailsWith("value.required", "currency", () -> Money.of(null, BigDecimal.ONE));
    assertFailsWith("value.required", "amount", () -> Money.of(CNY, (BigDecimal) null));
    assertFailsWith("value.required", "currency", () -> Money.ofExact(null, BigDecimal.ONE));
    assertFailsWith("value.required", "amount", () -> Money.ofExact(CNY, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.34", "12.3400", "12", "-0.01", "1E+2", "0E-10"})
  void ofExactAcceptsAmountsAtOrAboveTheMinorUnit(String amount) {
    Money money = Money.ofExact(CNY, new BigDecimal(amount));
    assertThat(money.amount()).isEqualByComparingTo(amount);
    assertThat(money.amount().scale()).isEqualTo(2);
  }

  @Test
  void ofExactRefusesTooManyDecimals() {
    var e =
        assertFailsWith(
            "amount.scale", "amount", () -> Money.ofExact(CNY, new BigDecimal("12.345")));
    assertThat(e).hasMessageContaining("12.345").hasMessageContaining("CNY");
    assertFailsWith("amount.scale", "amount", () -> Money.ofExact(CNY, new BigDecimal("0.001")));
    assertFailsWith("amount.scale", "amount", () -> Money.ofExact(JPY, new BigDecimal("100.5")));
    assertThat(Money.ofExact(JPY, new BigDecimal("100.0"))).isEqualTo(Money.ofMinor(JPY, 100));
  }

  @Test
  void ofMinorAndZero() {
    assertThat(Money.ofMinor(CNY, 1234)).isEqualTo(cny("12.34"));
    assertThat(Money.ofMinor(CNY, -5)).isEqualTo(cny("-0.05"));
    assertThat(Money.ofMinor(JPY, 1234).amount()).isEqualTo(new BigDecimal("1234"));
    assertThat(Money.zero(CNY).amount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(Money.zero(JPY).isZero()).isTrue();
  }

  // --- parse

  @Test
  void parsesCodeAndAmount() {
    assertThat(Money.parse("CNY 12.34")).isEqualTo(Money.ofMinor(CNY, 1234));
    assertThat(Money.parse("  JPY \t 1000 ")).isEqualTo(Money.ofMinor(JPY, 1000));
    assertThat(Money.parse("USD -0.5")).isEqualTo(Money.ofMinor(Currency.USD, -50));
    assertThat(Money.parse("BHD 1.234").amount()).isEqualTo(new BigDecimal("1.234"));
  }

  @Test
  void parseRoundTripsToString() {
    Money money = Money.ofMinor(CNY, 1_234_567_890_12L);
    assertThat(money).hasToString("CNY 1234567890.12");
    assertThat(Money.parse(money.toString())).isEqualTo(money);
    assertThat(Money.ofMinor(JPY, 5)).hasToString("JPY 5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CNY12.34", "12.34", "CNY 12.34 extra", "", "   "})
  void parseRefusesTextThatIsNotCodeThenAmount(String text) {
    assertFailsWith("money.format", "money", () -> Money.parse(text));
  }

  @Test
  void parseReportsTheFaultyPart() {
    assertFailsWith("amount.scale", "amount", () -> Money.parse("CNY 12.345"));
    assertFailsWith("amount.scale", "amount", () -> Money.parse("JPY 1.5"));
    assertFailsWith("amount.format", "amount", () -> Money.parse("CNY 12,34"));
    assertFailsWith("amount.format", "amount", () -> Money.parse("CNY abc"));
    assertFailsWith("currency.invalid", "currency", () -> Money.parse("cny 12.34"));
    assertFailsWith("currency.unknown", "currency", () -> Money.parse("ZZZ 12.34"));
    assertFailsWith("value.required", "money", () -> Money.parse(null));
  }

  // --- minor units

  @Test
  void toMinorCountsMinorUnits() {
    assertThat(cny("12.34").toMinor()).isEqualTo(1234);
    assertThat(cny("-0.01").toMinor()).isEqualTo(-1);
    assertThat(Money.ofMinor(JPY, 1000).toMinor()).isEqualTo(1000);
    assertThat(Money.parse("BHD 1.234").toMinor()).isEqualTo(1234);
  }

  @Test
  void toMinorFailsWhenTheAmountDoesNotFitALong() {
    Money huge = Money.of(CNY, BigDecimal.valueOf(Long.MAX_VALUE));
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(huge::toMinor);
  }

  // --- arithmetic

  @Test
  void arithmetic() {
    Money a = cny("10.25");
    Money b = cny("0.75");
    assertThat(a.plus(b)).isEqualTo(cny("11.00"));
    assertThat(a.minus(b)).isEqualTo(cny("9.50"));
    assertThat(b.minus(a)).isEqualTo(cny("-9.50"));
    assertThat(a.negated()).isEqualTo(cny("-10.25"));
    assertThat(Money.zero(CNY).negated()).isEqualTo(Money.zero(CNY));
  }

  @Test
  void multipliedByRoundsHalfEven() {
    assertThat(cny("100000.00").multipliedBy(new BigDecimal("0.003625"))).isEqualTo(cny("362.50"));
    assertThat(cny("0.05").multipliedBy(new BigDecimal("0.5"))).isEqualTo(cny("0.02"));
    assertThat(cny("0.07").multipliedBy(new BigDecimal("0.5"))).isEqualTo(cny("0.04"));
    assertThat(Money.ofMinor(JPY, 5).multipliedBy(new BigDecimal("0.5")))
        .isEqualTo(Money.ofMinor(JPY, 2));
    assertFailsWith("value.required", "factor", () -> cny("1.00").multipliedBy(null));
  }

  @Test
  void signPredicates() {
    assertThat(cny("0.01").isPositive()).isTrue();
    assertThat(cny("0.01").isNegative()).isFalse();
    assertThat(cny("0.01").isZero()).isFalse();
    assertThat(cny("-0.01").isNegative()).isTrue();
    assertThat(cny("-0.01").isPositive()).isFalse();
    assertThat(cny("0.00").isZero()).isTrue();
    assertThat(cny("0.00").isPositive()).isFalse();
    assertThat(cny("0.00").isNegative()).isFalse();
  }

  @Test
  void refusesToCombineCurrencies() {
    Money cny = cny("1.00");
    Money usd = Money.ofMinor(Currency.USD, 100);
    var e = assertFailsWith("money.currency_mismatch", "currency", () -> cny.plus(usd));
    assertThat(e).hasMessageContaining("CNY").hasMessageContaining("USD");
    assertFailsWith("money.currency_mismatch", "currency", () -> cny.minus(usd));
    assertFailsWith("money.currency_mismatch", "currency", () -> cny.compareTo(usd));
    assertFailsWith("value.required", "other", () -> cny.plus(null));
  }

  @Test
  void convertsToCurrencyAmountForAnalytics() {
    assertThat(cny("12.34").toCurrencyAmount()).isEqualTo(CurrencyAmount.of(CNY, 12.34));
  }

  // --- properties

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of(CNY, JPY, Currency.USD, Currency.parse("BHD"));
  }

  /** Up to 10^18 minor units each, so a sum of three still fits a long. */
  @Provide
  Arbitrary<Tuple3<Money, Money, Money>> sameCurrencyTriples() {
    Arbitrary<Long> minor =
        Arbitraries.longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L);
    return Combinators.combine(currencies(), minor, minor, minor)
        .as(
            (ccy, a, b, c) ->
                Tuple.of(Money.ofMinor(ccy, a), Money.ofMinor(ccy, b), Money.ofMinor(ccy, c)));
  }

  @Property
  void minusUndoesPlus(@ForAll("sameCurrencyTriples") Tuple3<Money, Money, Money> t) {
    assertThat(t.get1().plus(t.get2()).minus(t.get2())).isEqualTo(t.get1());
    assertThat(t.get1().minus(t.get2()).plus(t.get2())).isEqualTo(t.get1());
  }

  @Property
  void plusIsCommutativeAndAssociative(
      @ForAll("sameCurrencyTriples") Tuple3<Money, Money, Money> t) {
    Money a = t.get1();
    Money b = t.get2();
    Money c = t.get3();
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
  }

  @Property
  void plusAgreesWithMinorUnitArithmetic(
      @ForAll("sameCurrencyTriples") Tuple3<Money, Money, Money> t) {
    assertThat(t.get1().plus(t.get2()).toMinor())
        .isEqualTo(t.get1().toMinor() + t.get2().toMinor());
  }

  @Property
  void ofMinorInvertsToMinor(@ForAll("currencies") Currency currency, @ForAll long minor) {
    Money money = Money.ofMinor(currency, minor);
    assertThat(money.toMinor()).isEqualTo(minor);
    assertThat(Money.ofMinor(currency, money.toMinor())).isEqualTo(money);
  }

  @Property
  void compareToIsConsistentWithAmountAndEquals(
      @ForAll("sameCurrencyTriples") Tuple3<Money, Money, Money> t, @ForAll boolean same) {
    Money a = t.get1();
    Money b = same ? Money.ofMinor(a.currency(), a.toMinor()) : t.get2();
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.amount().compareTo(b.amount()));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
  }

  @Property
  void scaleIsAlwaysTheCurrencysMinorUnits(
      @ForAll("currencies") Currency currency,
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long unscaled,
      @ForAll @IntRange(min = -3, max = 12) int scale) {
    BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
    Money money = Money.of(currency, amount);
    assertThat(money.amount().scale()).isEqualTo(currency.minorUnits());
    assertThat(money.plus(money).amount().scale()).isEqualTo(currency.minorUnits());
    assertThat(money.multipliedBy(new BigDecimal("0.0435")).amount().scale())
        .isEqualTo(currency.minorUnits());
    // Rounding moves the amount by at most half a minor unit.
    BigDecimal halfUnit = BigDecimal.valueOf(5, currency.minorUnits() + 1);
    assertThat(money.amount().subtract(amount).abs()).isLessThanOrEqualTo(halfUnit);
  }

  @Property
  void ofExactKeepsAmountsAtTheMinorUnitUnchanged(
      @ForAll("currencies") Currency currency, @ForAll long minor) {
    BigDecimal amount = BigDecimal.valueOf(minor, currency.minorUnits());
    assertThat(Money.ofExact(currency, amount).amount()).isEqualTo(amount);
    assertThat(Money.parse(currency.code() + " " + amount.toPlainString()).toMinor())
        .isEqualTo(minor);
  }
}
