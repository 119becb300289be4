package org.digifin.server.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.digifin.basics.text.PiiMasker;

/** The {@code %maskedMsg} pattern word: the formatted message with identifiers masked. */
public class MaskedMessageConverter extends ClassicConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PiiMasker.DEFAULT.mask(event.getFormattedMessage());
  }
}
