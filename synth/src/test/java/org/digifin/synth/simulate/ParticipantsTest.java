package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParticipantsTest {

  private final World world = World.of(SimulationConfig.defaults());

  @Test
  void neverPicksTheSameAccountTwiceInOneInstance() {
    Participants participants = new Participants(world);
    SplittableRandom random = new SplittableRandom(4);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      assertThat(seen.add(participants.launderer(random))).isTrue();
      assertThat(seen.add(participants.outsider(random))).isTrue();
    }
    participants.reset();
    assertThat(participants.take(seen.iterator().next())).isTrue();
  }

  @Test
  void newPayeesAreNeverHandedOutTwiceAndNeverShareTheLaunderersHalf() {
    Participants participants = new Participants(world);
    SplittableRandom random = new SplittableRandom(5);
    Set<Integer> laundering = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      participants.reset();
      laundering.add(participants.fraudExternal(random));
    }
    Set<Integer> fresh = new HashSet<>();
    for (int i = 0; i < world.fraudExternals.length / 2; i++) {
      assertThat(fresh.add(participants.newPayee())).isTrue();
    }
    assertThat(fresh).doesNotContainAnyElementsOf(laundering);
  }
}
