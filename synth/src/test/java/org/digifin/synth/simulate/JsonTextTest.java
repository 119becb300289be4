package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class JsonTextTest {

  @Property
  void escapedTextHasNoRawQuoteOrControlCharacterAndUnescapesBack(@ForAll String text) {
    String escaped = JsonText.escape(text);
    assertThat(escaped.chars()).noneMatch(c -> c < 0x20);
    assertThat(escaped.replace("\\\\", "").replace("\\\"", "")).doesNotContain("\"");
    assertThat(unescape(escaped)).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void escapesTheUsualSuspects() {
    assertThat(JsonText.escape("张伟")).isEqualTo("张伟");
    assertThat(JsonText.escape("a\"b\\c\nd\u0001")).isEqualTo("a\\\"b\\\\c\\nd\\u0001");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }
}
