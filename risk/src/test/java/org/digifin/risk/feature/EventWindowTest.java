package org.digifin.risk.feature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventWindowTest {

  @Test
  void keepsEventsInTimeOrderWhenOneArrivesLate() {
    EventWindow window = new EventWindow(8);
    window.add(10, 1, 1, 0, 0);
    window.add(30, 3, 3, 0, 0);
    window.add(20, 2, 2, 0, 0);
    assertThat(window.size()).isEqualTo(3);
    assertThat(new long[] {window.timeAt(0), window.timeAt(1), window.timeAt(2)})
        .containsExactly(10, 20, 30);
    assertThat(window.amountAt(1)).isEqualTo(2);
    assertThat(window.firstAfter(10)).isEqualTo(1);
    assertThat(window.endAt(20)).isEqualTo(2);
  }

  @Test
  void dropsEventsBeforeTheRetentionWithoutLosingExactness() {
    EventWindow window = new EventWindow(2);
    window.add(10, 1, 1, 0, 0);
    window.add(20, 1, 1, 0, 0);
    window.add(30, 1, 1, 0, 15);
    assertThat(window.size()).isEqualTo(2);
    assertThat(window.isExactSince(11)).isTrue();
  }

  @Test
  void capacityOverflowMakesOlderWindowsInexact() {
    EventWindow window = new EventWindow(2);
    window.add(10, 1, 1, 0, 0);
    window.add(20, 1, 1, 0, 0);
    window.add(30, 1, 1, 0, 0);
    assertThat(window.isExactSince(10)).isFalse();
    assertThat(window.isExactSince(11)).isTrue();
  }

  @Test
  void growsFromAFewEventsToItsCapacityKeepingOrderAcrossTheRing() {
    EventWindow window = new EventWindow(40);
    java.util.ArrayDeque<Long> expected = new java.util.ArrayDeque<>();
    for (long t = 1; t <= 200; t++) {
      long at = t % 7 == 0 ? t - 1 : t;
      long retain = t - 25;
      window.add(at, at * 10, at, 0, retain);
      expected.removeIf(e -> e < retain);
      expected.add(at);
      java.util.List<Long> sorted = expected.stream().sorted().toList();
      assertThat(window.size()).isEqualTo(sorted.size());
      for (int i = 0; i < sorted.size(); i++) {
        assertThat(window.timeAt(i)).isEqualTo(sorted.get(i));
        assertThat(window.amountAt(i)).isEqualTo(sorted.get(i) * 10);
      }
    }
    assertThat(window.capacity()).isEqualTo(40);
    assertThat(window.isExactSince(0)).isTrue();
  }
}
