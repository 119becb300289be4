package org.digifin.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MaskedJsonLayoutTest {

  private static LoggingEvent event(String message, Throwable error) {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    return new LoggingEvent(
        "test", context.getLogger("org.digifin.Test"), Level.INFO, message, error, null);
  }

  @Test
  void writesOneJsonObjectWithIdentifiersMasked() {
    // 11010519491231002X is the GB 11643 specimen number; 6222021234567890128 is Luhn-valid.
    String line =
        new MaskedJsonLayout()
            .doLayout(
                event(
                    "customer 11010519491231002X card 6222021234567890128 phone 13812345678 \"quoted\"",
                    null));
    JsonNode json = JsonMapper.builder().build().readTree(line);
    String message = json.get("message").asString();
    assertThat(message)
        .doesNotContain("11010519491231002X", "6222021234567890128", "13812345678")
        .contains("110105********002X", "622202*********0128", "138****5678", "\"quoted\"");
    assertThat(json.get("level").asString()).isEqualTo("INFO");
    assertThat(line).endsWith("}\n");
  }

  @Test
  void masksExceptionTextToo() {
    String line =
        new MaskedJsonLayout()
            .doLayout(event("failed", new IllegalStateException("bad id 11010519491231002X")));
    assertThat(line).contains("\"exception\"").doesNotContain("11010519491231002X");
  }

  @Test
  void consoleConverterMasks() {
    assertThat(new MaskedMessageConverter().convert(event("call 13812345678", null)))
        .isEqualTo("call 138****5678");
  }
}
