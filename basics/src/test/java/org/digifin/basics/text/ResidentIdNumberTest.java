package org.digifin.basics.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

  @Test
  void computesTheCheckCharacterOfPublishedExamples() {
    // The worked example of GB 11643-1999, whose check character is X.
    assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(ResidentIdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    assertThat(ResidentIdNumber.checkCharacter("31011519900307123")).isEqualTo('9');
  }

  @Test
  void checkCharacterReadsOnlyTheFirstSeventeenDigits() {
    assertThat(ResidentIdNumber.checkCharacter("11010519491231002X")).isEqualTo('X');
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002X",
        "11010519491231002x",
        "440524188001010014",
        "310115199003071239"
      })
  void acceptsNumbersWithTheirCheckCharacter(String id) {
    assertThat(ResidentIdNumber.isValid(id)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "110105194912310021",
        "440524188001010015",
        "31011519900307123X",
        "11010519491231002",
        "11010519491231002XX",
        "1101051949123100X2",
        "A10105194912310024",
        "110105 94912310024"
      })
  void refusesEverythingElse(String id) {
    assertThat(ResidentIdNumber.isValid(id)).isFalse();
  }

  @Property
  void exactlyOneCheckCharacterIsValid(
      @ForAll @StringLength(17) @CharRange(from = '0', to = '9') String body) {
    char check = ResidentIdNumber.checkCharacter(body);
    assertThat(ResidentIdNumber.isValid(body + check)).isTrue();
    for (char other : "0123456789X".toCharArray()) {
      if (other != check) {
        assertThat(ResidentIdNumber.isValid(body + other)).as("check %s", other).isFalse();
      }
    }
  }
}
