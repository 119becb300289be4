package org.digifin.risk.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryEntityStateStoreTest {

  private static final long HOUR = 3_600_000L;

  @Test
  void evictsEntitiesIdleLongerThanTheLimitByEventTime() {
    InMemoryEntityStateStore store = InMemoryEntityStateStore.of(Duration.ofHours(2), 100);
    store.window("a", 4, 0).add(0, 1, 1, 0, 0);
    store.window("b", 4, HOUR).add(HOUR, 1, 1, 0, 0);
    store.window("c", 4, 3 * HOUR).add(3 * HOUR, 1, 1, 0, 0);
    assertThat(store.find("a")).isEmpty();
    assertThat(store.find("b")).isPresent();
    assertThat(store.size()).isEqualTo(2);
  }

  @Test
  void holdsAtMostMaxEntitiesEvictingTheLeastRecentlyUsed() {
    InMemoryEntityStateStore store = InMemoryEntityStateStore.of(Duration.ofDays(1), 2);
    store.window("a", 4, 0).add(0, 1, 1, 0, 0);
    store.window("b", 4, 1).add(1, 1, 1, 0, 0);
    store.window("a", 4, 2).add(2, 1, 1, 0, 0);
    store.window("c", 4, 3).add(3, 1, 1, 0, 0);
    assertThat(store.find("b")).isEmpty();
    assertThat(store.find("a")).isPresent();
    assertThat(store.find("c")).isPresent();
  }
}
