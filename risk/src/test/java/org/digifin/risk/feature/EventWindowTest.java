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
}
