package org.digifin.synth.simulate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A buffered byte writer with hand-written formatting for the numbers, dates and ids of the output
 * files: no {@code String} per value on the hot path. Strings go out as UTF-8.
 */
final class ByteSink implements AutoCloseable {

  private static final byte[] DIGIT_PAIRS = digitPairs();
  private static final long[] POWERS_OF_TEN = powersOfTen();

  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private long written;
  private long cachedDay = Long.MIN_VALUE;
  private final byte[] cachedDate = new byte[11];

  ByteSink(OutputStream out) {
    this.out = out;
  }

  ByteSink bytes(byte[] value) {
    if (value.length > buffer.length / 2) {
      ensure(buffer.length);
      try {
        out.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written += value.length;
      return this;
    }
    ensure(value.length);
    System.arraycopy(value, 0, buffer, position, value.length);
    position += value.length;
    return this;
  }

  ByteSink ascii(char value) {
    ensure(1);
    buffer[position++] = (byte) value;
    return this;
  }

  /** Writes {@code value} as UTF-8, unescaped. */
  ByteSink text(String value) {
    return bytes(value.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code value} as a quoted JSON string. */
  ByteSink jsonString(String value) {
    ascii('"');
    text(JsonText.escape(value));
    return ascii('"');
  }

  /** A non-negative or negative decimal integer. */
  ByteSink number(long value) {
    ensure(20);
    if (value < 0) {
      buffer[position++] = '-';
      if (value == Long.MIN_VALUE) {
        return text("9223372036854775808");
      }
      value = -value;
    }
    int digits = digitCount(value);
    int end = position + digits;
    int i = end;
    while (value >= 100) {
      int pair = (int) (value % 100) * 2;
      value /= 100;
      buffer[--i] = DIGIT_PAIRS[pair + 1];
      buffer[--i] = DIGIT_PAIRS[pair];
    }
    if (value >= 10) {
      int pair = (int) value * 2;
      buffer[--i] = DIGIT_PAIRS[pair + 1];
      buffer[--i] = DIGIT_PAIRS[pair];
    } else {
      buffer[--i] = (byte) ('0' + value);
    }
    position = end;
    return this;
  }

  /** {@code value} left-padded with zeros to {@code width} digits. */
  ByteSink padded(long value, int width) {
    int digits = digitCount(value);
    ensure(Math.max(width, digits));
    for (int i = digits; i < width; i++) {
      buffer[position++] = '0';
    }
    return number(value);
  }

  /** An amount in cents as {@code 123.45}. */
  ByteSink cents(long cents) {
    number(cents / 100);
    ensure(3);
    int pair = (int) (cents % 100) * 2;
    buffer[position++] = '.';
    buffer[position++] = DIGIT_PAIRS[pair];
    buffer[position++] = DIGIT_PAIRS[pair + 1];
    return this;
  }

  /** A coordinate in 1e-4 degrees as {@code 31.2304}. */
  ByteSink coordinate(int e4) {
    if (e4 < 0) {
      ascii('-');
      e4 = -e4;
    }
    number(e4 / 10_000);
    ascii('.');
    return padded(e4 % 10_000, 4);
  }

  /** An ISO-8601 UTC timestamp to the second, {@code 2026-11-01T08:00:00Z}. */
  ByteSink timestamp(long epochSecond) {
    long day = Math.floorDiv(epochSecond, 86_400);
    int second = Math.floorMod(epochSecond, 86_400);
    if (day != cachedDay) {
      cachedDay = day;
      byte[] date = LocalDate.ofEpochDay(day).toString().getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(date, 0, cachedDate, 0, 10);
      cachedDate[10] = 'T';
    }
    ensure(20);
    System.arraycopy(cachedDate, 0, buffer, position, 11);
    position += 11;
    two(second / 3600);
    buffer[position++] = ':';
    two(second / 60 % 60);
    buffer[position++] = ':';
    two(second % 60);
    buffer[position++] = 'Z';
    return this;
  }

  /** An ISO local date, {@code 2026-11-01}. */
  ByteSink date(long epochDay) {
    return text(LocalDate.ofEpochDay(epochDay).toString());
  }

  long written() {
    return written + position;
  }

  void flush() {
    try {
      out.write(buffer, 0, position);
      written += position;
      position = 0;
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    flush();
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void two(int value) {
    buffer[position++] = DIGIT_PAIRS[value * 2];
    buffer[position++] = DIGIT_PAIRS[value * 2 + 1];
  }

  private void ensure(int bytes) {
    if (position + bytes > buffer.length) {
      try {
        out.write(buffer, 0, position);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written += position;
      position = 0;
      if (bytes > buffer.length) {
        throw new IllegalArgumentException("value longer than the buffer");
      }
    }
  }

  /** Decimal digits of a non-negative {@code value}, without dividing. */
  static int digitCount(long value) {
    int bits = 64 - Long.numberOfLeadingZeros(value | 1);
    int guess = (bits * 1233) >>> 12;
    return Math.max(1, guess + (value >= POWERS_OF_TEN[guess] ? 1 : 0));
  }

  private static long[] powersOfTen() {
    long[] powers = new long[19];
    powers[0] = 1;
    for (int i = 1; i < powers.length; i++) {
      powers[i] = powers[i - 1] * 10;
    }
    return powers;
  }

  private static byte[] digitPairs() {
    byte[] pairs = new byte[200];
    for (int i = 0; i < 100; i++) {
      pairs[i * 2] = (byte) ('0' + i / 10);
      pairs[i * 2 + 1] = (byte) ('0' + i % 10);
    }
    return pairs;
  }
}
