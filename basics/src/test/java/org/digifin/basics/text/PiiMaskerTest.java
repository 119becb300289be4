package org.digifin.basics.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiMaskerTest {

  private static final PiiMasker MASKER = PiiMasker.DEFAULT;

  /** A resident ID with a correct check character. */
  private static String residentId(String body17) {
    return body17 + ResidentIdNumber.checkCharacter(body17);
  }

  /** Luhn, written apart from the code under test: true when the digits' checksum is 0 mod 10. */
  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      sum += i % 2 == 0 ? d : (2 * d) / 10 + (2 * d) % 10;
    }
    return sum % 10 == 0;
  }

  /** {@code body} with the Luhn check digit appended. */
  private static String card(String body) {
    for (char c = '0'; c <= '9'; c++) {
      if (luhn(body + c)) {
        return body + c;
      }
    }
    throw new AssertionError("no Luhn digit for " + body);
  }

  // --- resident ID numbers

  @Test
  void masksAResidentIdKeepingRegionAndLastFour() {
    String id = residentId("11010519491231002");
    assertThat(id).isEqualTo("11010519491231002X");
    assertThat(MASKER.mask("身份证号 " + id + " 已核验")).isEqualTo("身份证号 110105********002X 已核验");
    assertThat(MASKER.mask(id)).isEqualTo("110105********002X");
    assertThat(MASKER.mask("id=" + id.toLowerCase(Locale.ROOT))).isEqualTo("id=110105********002x");
  }

  @Test
  void leavesAnEighteenDigitNumberWithAWrongCheckCharacter() {
    String wrong = "110105194912310021";
    assertThat(ResidentIdNumber.isValid(wrong)).isFalse();
    assertThat(luhn(wrong)).isFalse();
    assertThat(MASKER.mask("ref " + wrong)).isEqualTo("ref " + wrong);
    assertThat(MASKER.mask("ref 11010519491231002Y")).isEqualTo("ref 11010519491231002Y");
  }

  @Test
  void leavesAResidentIdInsideALongerCode() {
    String id = residentId("31011519900307123");
    assertThat(MASKER.mask("A" + id)).isEqualTo("A" + id);
    assertThat(MASKER.mask(id + "7")).isEqualTo(id + "7");
  }

  // --- bank cards

  @Test
  void masksLuhnValidCardsKeepingFirstSixAndLastFour() {
    assertThat(MASKER.mask("card 4111111111111111 ok")).isEqualTo("card 411111******1111 ok");
    String unionPay = card("622202020011234567");
    assertThat(unionPay).hasSize(19);
    assertThat(MASKER.mask(unionPay)).isEqualTo("622202" + "*********" + unionPay.substring(15));
    String thirteen = card("401288888888");
    assertThat(MASKER.mask("[" + thirteen + "]"))
        .isEqualTo("[401288***" + thirteen.substring(9) + "]");
  }

  @Test
  void leavesNumbersThatFailLuhn() {
    String order = "2024112800001234";
    assertThat(luhn(order)).isFalse();
    assertThat(MASKER.mask("订单号 " + order)).isEqualTo("订单号 " + order);
    assertThat(MASKER.mask("4111111111111112")).isEqualTo("4111111111111112");
  }

  @Test
  void leavesDigitRunsTooShortOrTooLongForACard() {
    String twenty = card("6222020200112345678");
    assertThat(twenty).hasSize(20);
    assertThat(MASKER.mask(twenty)).isEqualTo(twenty);
    assertThat(MASKER.mask("123456789012")).isEqualTo("123456789012");
  }

  // --- mobile numbers

  @Test
  void masksAMobileKeepingFirstThreeAndLastFour() {
    assertThat(MASKER.mask("13812345678")).isEqualTo("138****5678");
    assertThat(MASKER.mask("联系电话：13812345678。")).isEqualTo("联系电话：138****5678。");
    assertThat(MASKER.mask("tel:19987654321,")).isEqualTo("tel:199****4321,");
  }

  @Test
  void keepsTheCountryCodeOfAnInternationalMobile() {
    assertThat(MASKER.mask("+8613812345678")).isEqualTo("+86138****5678");
    assertThat(MASKER.mask("call +8613912345670 now")).isEqualTo("call +86139****5670 now");
    assertThat(MASKER.mask("8613812345678")).isEqualTo("86138****5678");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "02112345678"})
  void leavesNumbersThatAreNotMainlandMobiles(String text) {
    assertThat(MASKER.mask(text)).isEqualTo(text);
  }

  // --- everything else

  @ParameterizedTest
  @ValueSource(
      strings = {
        "amount CNY 12345678901.23 fee CNY 0.50",
        "金额 1,234,567.89 元",
        "2025-01-15T02:30:00Z 2025-01-15 10:30:00.123+08:00",
        "epoch 1736908200 txn T20250115000001 acct ACC13812345678",
        "short",
        ""
      })
  void leavesAmountsTimestampsAndIdsAlone(String text) {
    assertThat(MASKER.mask(text)).isEqualTo(text);
  }

  @Test
  void nullStaysNull() {
    assertThat(MASKER.mask(null)).isNull();
  }

  @Test
  void masksEveryIdentifierInALine() {
    String id = residentId("44052418800101001");
    String line = "客户 " + id + " 卡 4111111111111111 手机 13812345678 金额 CNY 88.00";
    assertThat(MASKER.mask(line))
        .isEqualTo("客户 440524********0014 卡 411111******1111 手机 138****5678 金额 CNY 88.00");
  }

  // --- properties

  private static Arbitrary<String> digits(int length) {
    return Arbitraries.strings().numeric().ofLength(length);
  }

  @Provide
  Arbitrary<String> residentIds() {
    return digits(17).map(PiiMaskerTest::residentId);
  }

  @Provide
  Arbitrary<String> cards() {
    return Arbitraries.integers().between(12, 18).flatMap(n -> digits(n)).map(PiiMaskerTest::card);
  }

  @Provide
  Arbitrary<String> mobiles() {
    return Combinators.combine(
            Arbitraries.of("", "86", "+86"),
            Arbitraries.of('3', '4', '5', '6', '7', '8', '9'),
            digits(9))
        .as((prefix, second, rest) -> prefix + "1" + second + rest);
  }

  /** Free text mixing identifiers, other numbers and words, sometimes run together. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> fragment =
        Arbitraries.oneOf(
            residentIds(),
            cards(),
            mobiles(),
            Arbitraries.integers().between(1, 22).flatMap(n -> digits(n)),
            Arbitraries.of(
                "CNY", "金额", "T2025", "X", "x", "+", "*", "2025-01-15T02:30:00Z", "12.50"));
    Arbitrary<String> separator = Arbitraries.of(" ", "", ",", "：", "\n", "-", "/");
    return Combinators.combine(fragment.list().ofMaxSize(8), separator.list().ofMaxSize(8))
        .as(
            (fragments, separators) -> {
              StringBuilder text = new StringBuilder();
              for (int i = 0; i < fragments.size(); i++) {
                text.append(fragments.get(i));
                text.append(separators.isEmpty() ? " " : separators.get(i % separators.size()));
              }
              return text.toString();
            });
  }

  @Property
  void maskingIsIdempotentAndKeepsTheLength(@ForAll("texts") String text) {
    String once = MASKER.mask(text);
    assertThat(once).hasSameSizeAs(text);
    assertThat(MASKER.mask(once)).isEqualTo(once);
  }

  @Property
  void maskingOnlyReplacesDigitsWithStars(@ForAll("texts") String text) {
    String masked = MASKER.mask(text);
    for (int i = 0; i < text.length(); i++) {
      if (masked.charAt(i) != text.charAt(i)) {
        assertThat(masked.charAt(i)).isEqualTo('*');
        assertThat(Character.isDigit(text.charAt(i))).isTrue();
      }
    }
  }

  @Property
  void everyValidResidentIdIsMasked(
      @ForAll("residentIds") String id, @ForAll("separatorsAround") List<String> around) {
    String masked = MASKER.mask(around.get(0) + id + around.get(1));
    assertThat(masked)
        .isEqualTo(
            around.get(0) + id.substring(0, 6) + "********" + id.substring(14) + around.get(1))
        .doesNotContain(id);
  }

  @Provide
  Arbitrary<List<String>> separatorsAround() {
    return Arbitraries.of("", " ", "：", "(", ")", ",", "身份证").list().ofSize(2);
  }

  @Property
  void residentIdsWithAWrongCheckAreLeftUnlessTheyPassLuhn(
      @ForAll("residentIds") String id, @ForAll("wrongChecks") char offset) {
    String wrong = id.substring(0, 17) + offset;
    Assume.that(!ResidentIdNumber.isValid(wrong) && !luhn(wrong));
    assertThat(MASKER.mask(" " + wrong + " ")).isEqualTo(" " + wrong + " ");
  }

  @Provide
  Arbitrary<Character> wrongChecks() {
    return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
  }

  @Property
  void everyLuhnValidCardIsMasked(@ForAll("cards") String card) {
    // A 13-digit number starting 861[3-9] is an international mobile and masked as one instead.
    Assume.that(!card.matches("861[3-9]\\d{9}"));
    String masked = MASKER.mask(card);
    assertThat(masked)
        .isEqualTo(
            card.substring(0, 6)
                + "*".repeat(card.length() - 10)
                + card.substring(card.length() - 4));
  }

  @Property
  void everyMobileIsMaskedToItsPrefixAndLastFour(@ForAll("mobiles") String mobile) {
    String masked = MASKER.mask("tel " + mobile);
    int head = mobile.length() - 8;
    assertThat(masked)
        .isEqualTo(
            "tel " + mobile.substring(0, head) + "****" + mobile.substring(mobile.length() - 4));
  }
}
