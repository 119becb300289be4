package org.digifin.server.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.util.Map;
import org.digifin.basics.text.PiiMasker;

/**
 * One JSON object per log event: {@code @timestamp}, {@code level}, {@code logger}, {@code thread},
 * {@code message}, the MDC, and {@code exception}; every text value masked.
 */
public class MaskedJsonLayout extends LayoutBase<ILoggingEvent> {

  @Override
  public String doLayout(ILoggingEvent event) {
    StringBuilder json = new StringBuilder(256).append('{');
    field(json, "@timestamp", Instant.ofEpochMilli(event.getTimeStamp()).toString()).append(',');
    field(json, "level", event.getLevel().toString()).append(',');
    field(json, "logger", event.getLoggerName()).append(',');
    field(json, "thread", event.getThreadName()).append(',');
    field(json, "message", PiiMasker.DEFAULT.mask(event.getFormattedMessage()));
    Map<String, String> mdc = event.getMDCPropertyMap();
    if (mdc != null) {
      mdc.forEach((k, v) -> field(json.append(','), k, PiiMasker.DEFAULT.mask(v)));
    }
    if (event.getThrowableProxy() != null) {
      field(
          json.append(','), "exception", PiiMasker.DEFAULT.mask(stack(event.getThrowableProxy())));
    }
    return json.append("}\n").toString();
  }

  private static String stack(IThrowableProxy proxy) {
    StringBuilder out = new StringBuilder();
    for (IThrowableProxy p = proxy; p != null; p = p.getCause()) {
      if (p != proxy) {
        out.append("Caused by: ");
      }
      out.append(p.getClassName()).append(": ").append(p.getMessage()).append('\n');
      for (StackTraceElementProxy frame : p.getStackTraceElementProxyArray()) {
        out.append("\tat ").append(frame.getStackTraceElement()).append('\n');
      }
    }
    return out.toString();
  }

  private static StringBuilder field(StringBuilder json, String name, String value) {
    quote(json, name).append(':');
    return value == null ? json.append("null") : quote(json, value);
  }

  static StringBuilder quote(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }
}
