package org.digifin.risk.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleEvictingMapTest {

  private static final class State implements Recency {
    private long lastSeen = Long.MIN_VALUE;

    @Override
    public long lastSeen() {
      return lastSeen;
    }

    @Override
    public void touch(long atMillis) {
      lastSeen = Math.max(lastSeen, atMillis);
    }
  }

  @Test
  void evictsByEventTimeIdlenessNotWallClock() {
    IdleEvictingMap<String, State> map = new IdleEvictingMap<>(Duration.ofMinutes(10), 100, "max");
    map.touch("a", State::new, 0);
    map.touch("b", State::new, 5 * 60_000);
    map.touch("c", State::new, 11 * 60_000);
    assertThat(map.find("a")).isEmpty();
    assertThat(map.find("b")).isPresent();
    assertThat(map.size()).isEqualTo(2);
  }

  @Test
  void capsTheNumberOfEntriesDroppingTheLeastRecentlyUsed() {
    IdleEvictingMap<String, State> map = new IdleEvictingMap<>(Duration.ofDays(1), 2, "max");
    map.touch("a", State::new, 1);
    map.touch("b", State::new, 2);
    map.touch("a", State::new, 3);
    map.touch("c", State::new, 4);
    assertThat(map.find("b")).isEmpty();
    assertThat(map.find("a")).isPresent();
    assertThat(map.find("c")).isPresent();
  }

  @Test
  void returnsTheSameStateForAKeyAndNeverEvictsTheOneInUse() {
    IdleEvictingMap<String, State> map = new IdleEvictingMap<>(Duration.ofMillis(1), 1, "max");
    State first = map.touch("a", State::new, 0);
    assertThat(map.touch("a", State::new, 1_000)).isSameAs(first);
    assertThat(first.lastSeen()).isEqualTo(1_000);
  }
}
