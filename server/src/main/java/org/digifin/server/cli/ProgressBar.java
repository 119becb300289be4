package org.digifin.server.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error: percent of bytes read, rows, rows per second and time
 * left. Redraws at most five times a second; when standard error is not a terminal it prints a
 * plain line every few seconds instead.
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final long totalBytes;
  private final String label;
  private final String unit;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastDrawn;

  ProgressBar(PrintStream out, String label, String unit, long totalBytes) {
    this.out = out;
    this.label = label;
    this.unit = unit;
    this.totalBytes = Math.max(1, totalBytes);
    this.terminal = System.console() != null;
  }

  void update(long bytes, long rows) {
    long now = System.nanoTime();
    long interval = terminal ? 200_000_000L : 5_000_000_000L;
    if (now - lastDrawn < interval) {
      return;
    }
    lastDrawn = now;
    draw(bytes, rows, false);
  }

  void finish(long bytes, long rows) {
    draw(bytes, rows, true);
  }

  private void draw(long bytes, long rows, boolean done) {
    double fraction = Math.min(1.0, (double) bytes / totalBytes);
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    double rate = rows / seconds;
    double left = fraction > 0 ? seconds * (1 - fraction) / fraction : 0;
    int filled = (int) Math.round(fraction * WIDTH);
    String line =
        String.format(
            Locale.ROOT,
            "%s [%s%s] %3.0f%%  %,d %s  %,.0f %s/s  %s",
            label,
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            fraction * 100,
            rows,
            unit,
            rate,
            unit,
            done
                ? String.format(Locale.ROOT, "done in %.1f s", seconds)
                : String.format(Locale.ROOT, "%.0f s left", left));
    if (terminal) {
      out.print("\r" + line + (done ? "\n" : ""));
    } else {
      out.println(line);
    }
    out.flush();
  }
}
