package org.digifin.risk.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypologyResolverTest {

  @Test
  void dropsTheGeneralTypologyASpecificOneContains() {
    assertThat(
            TypologyResolver.DEFAULT.mostSpecific(
                EnumSet.of(Typology.BIPARTITE, Typology.STACK, Typology.FAN_IN, Typology.MULE)))
        .containsExactlyInAnyOrder(Typology.STACK, Typology.MULE);
    assertThat(
            TypologyResolver.DEFAULT.mostSpecific(
                EnumSet.of(Typology.LAYERING_CHAIN, Typology.CYCLE)))
        .containsExactly(Typology.CYCLE);
  }

  @Test
  void keepsTypologiesNothingSeenContains() {
    assertThat(TypologyResolver.DEFAULT.mostSpecific(EnumSet.of(Typology.FAN_IN, Typology.CYCLE)))
        .containsExactlyInAnyOrder(Typology.FAN_IN, Typology.CYCLE);
    assertThat(TypologyResolver.DEFAULT.mostSpecific(Set.of())).isEmpty();
  }
}
