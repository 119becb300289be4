package org.digifin.basics.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SettableClockTest {

  private static final Instant START = Instant.parse("2025-01-15T15:30:00Z");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void standsStillUntilMoved() {
    SettableClock clock = SettableClock.at(START, SHANGHAI);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(SHANGHAI);
  }

  @Test
  void datesAreReadInTheClocksZone() {
    SettableClock clock = SettableClock.at(START, SHANGHAI);
    // 15:30 UTC is 23:30 in Shanghai; half an hour later it is the next day there.
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2025, 1, 15));
    clock.advance(Duration.ofMinutes(30));
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2025, 1, 16));
  }

  @Test
  void advanceMovesForwardAndReturnsTheNewInstant() {
    SettableClock clock = SettableClock.at(START, ZoneOffset.UTC);
    assertThat(clock.advance(Duration.ofHours(25))).isEqualTo(START.plus(Duration.ofHours(25)));
    assertThat(clock.advance(Duration.ZERO)).isEqualTo(START.plus(Duration.ofHours(25)));
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(25)));
  }

  @Test
  void advanceRefusesANegativeStep() {
    SettableClock clock = SettableClock.at(START, ZoneOffset.UTC);
    assertFailsWith("clock.backwards", "step", () -> clock.advance(Duration.ofNanos(-1)));
    assertThat(clock.instant()).isEqualTo(START);
    assertFailsWith("value.required", "step", () -> clock.advance(null));
  }

  @Test
  void setMovesToALaterOrTheSameInstant() {
    SettableClock clock = SettableClock.at(START, ZoneOffset.UTC);
    Instant later = START.plusSeconds(3600);
    clock.set(later);
    assertThat(clock.instant()).isEqualTo(later);
    clock.set(later);
    assertThat(clock.instant()).isEqualTo(later);
  }

  @Test
  void setRefusesToGoBackwards() {
    SettableClock clock = SettableClock.at(START, ZoneOffset.UTC);
    assertFailsWith("clock.backwards", "instant", () -> clock.set(START.minusNanos(1)));
    assertThat(clock.instant()).isEqualTo(START);
    assertFailsWith("value.required", "instant", () -> clock.set(null));
  }

  @Test
  void refusesNullsAtConstruction() {
    assertFailsWith("value.required", "start", () -> SettableClock.at(null, SHANGHAI));
    assertFailsWith("value.required", "zone", () -> SettableClock.at(START, null));
  }

  @Test
  void withZoneGivesAViewInAnotherZoneThatFollowsTheClock() {
    SettableClock clock = SettableClock.at(START, ZoneOffset.UTC);
    Clock shanghai = clock.withZone(SHANGHAI);
    assertThat(shanghai.getZone()).isEqualTo(SHANGHAI);
    assertThat(shanghai.instant()).isEqualTo(START);
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    // Code that re-zones an injected clock must still see the simulation's time move.
    clock.advance(Duration.ofDays(1));
    assertThat(shanghai.instant()).isEqualTo(START.plus(Duration.ofDays(1)));
  }

  @Test
  void movingTheZonedViewMovesTheClock() {
    SettableClock clock = SettableClock.at(START, ZoneOffset.UTC);
    SettableClock shanghai = clock.withZone(SHANGHAI);
    shanghai.set(START.plusSeconds(60));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
    assertFailsWith("clock.backwards", "instant", () -> clock.set(START));
    assertFailsWith("value.required", "zone", () -> clock.withZone(null));
  }

  @Test
  void concurrentAdvancesAreNotLost() throws Exception {
    SettableClock clock = SettableClock.at(START, ZoneOffset.UTC);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 1_000; i++) {
                    clock.advance(Duration.ofMillis(1));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(clock.instant()).isEqualTo(START.plusMillis(4_000));
  }
}
