package org.digifin.basics.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.digifin.basics.Checks;

/**
 * A clock whose instant is set or advanced by its owner, for tests and simulations that replay days
 * of activity. Thread-safe; the zone is fixed at construction ({@link #withZone} gives a view in
 * another zone).
 */
public final class SettableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private SettableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = Checks.notNull(zone, "zone");
  }

  /** A clock standing at {@code start} in {@code zone}. */
  public static SettableClock at(Instant start, ZoneId zone) {
    return new SettableClock(new AtomicReference<>(Checks.notNull(start, "start")), zone);
  }

  /** Moves the clock to {@code instant}; it may not go backwards. */
  public void set(Instant instant) {
    Checks.notNull(instant, "instant");
    now.updateAndGet(
        current -> {
          Checks.check(
              !instant.isBefore(current),
              "clock.backwards",
              "instant",
              "a settable clock never goes backwards");
          return instant;
        });
  }

  /** Moves the clock forward by {@code step} and returns the new instant. */
  public Instant advance(Duration step) {
    Checks.notNull(step, "step");
    Checks.check(!step.isNegative(), "clock.backwards", "step", "step must not be negative");
    return now.updateAndGet(current -> current.plus(step));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * This clock seen in {@code newZone}. The two share one instant, so setting or advancing either
   * moves both: code that re-zones an injected clock still follows the simulation.
   */
  @Override
  public SettableClock withZone(ZoneId newZone) {
    return new SettableClock(now, newZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
