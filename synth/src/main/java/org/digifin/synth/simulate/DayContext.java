package org.digifin.synth.simulate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The day being generated and what every behaviour needs to generate it. Each behaviour draws from
 * its own random stream for the day ({@link #random(int)}), so switching one typology off or
 * changing its rate leaves everything else byte-identical.
 */
final class DayContext {

  /** Asia/Shanghai is UTC+8 all year (no daylight saving). */
  static final int ZONE_OFFSET_SECONDS = 8 * 3600;

  final World world;
  final Seasonality seasonality = new Seasonality();
  final EventBuffer events = new EventBuffer();
  final PatternRecorder patterns = new PatternRecorder();
  final Circumstances circumstances;
  final long seed;
  final long simulationEnd;
  final int customers;

  LocalDate date;
  long epochDay;
  long dayStart;
  int weekday;
  int dayOfMonth;

  DayContext(World world, SimulationConfig config) {
    this.world = world;
    this.seed = config.seed();
    this.customers = config.customers();
    this.simulationEnd = startOfDay(config.start().plusDays(config.days()).toEpochDay());
    this.circumstances = new Circumstances(world, config.seed());
  }

  void moveTo(LocalDate day) {
    date = day;
    epochDay = day.toEpochDay();
    dayStart = startOfDay(epochDay);
    weekday = day.getDayOfWeek().getValue() - 1;
    dayOfMonth = day.getDayOfMonth();
  }

  boolean isWeekend() {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** The instant (epoch second) of {@code secondOfDay} on the current local day. */
  long at(int secondOfDay) {
    return dayStart + secondOfDay;
  }

  /** A random stream for this day and behaviour {@code stream}; same inputs, same stream. */
  SplittableRandom random(int stream) {
    return new SplittableRandom(mix(seed, epochDay, stream));
  }

  static long startOfDay(long epochDay) {
    return epochDay * 86_400 - ZONE_OFFSET_SECONDS;
  }

  static long mix(long seed, long day, long stream) {
    long z = seed * 0x9E3779B97F4A7C15L + day * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
