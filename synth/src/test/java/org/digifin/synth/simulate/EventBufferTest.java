package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventBufferTest {

  @Test
  void growsAndKeepsOnlyLaterRowsInOrder() {
    EventBuffer events = new EventBuffer();
    for (int i = 0; i < 5_000; i++) {
      events.add(i % 100, i, i + 1, 100 + i, 0, 0, -1, EventBuffer.NO_GEO, EventBuffer.NO_GEO, i);
    }
    assertThat(events.capacity()).isGreaterThanOrEqualTo(5_000);
    events.keepFrom(90);
    assertThat(events.size).isEqualTo(500);
    for (int i = 1; i < events.size; i++) {
      assertThat(events.time[i]).isGreaterThanOrEqualTo(90);
      assertThat(events.payer[i]).isGreaterThan(events.payer[i - 1]);
      assertThat(events.payee[i]).isEqualTo(events.payer[i] + 1);
      assertThat(events.tag[i]).isEqualTo(events.payer[i]);
    }
  }
}
