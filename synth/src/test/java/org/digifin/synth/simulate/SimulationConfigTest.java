package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.digifin.basics.error.ValidationException;
import org.junit.jupiter.api.Test;

class SimulationConfigTest {

  @Test
  void presetsHaveSaneDefaults() {
    SimulationConfig small = SimulationConfig.defaults();
    assertThat(small.customers()).isEqualTo(2_000);
    assertThat(small.days()).isEqualTo(30);
    assertThat(small.formats()).containsExactly(OutputFormat.NDJSON);
    assertThat(small.rates()).hasSize(Typology.values().length);
    assertThat(SimulationConfig.of(SimulationSize.parse("Large")).customers()).isEqualTo(200_000);
  }

  @Test
  void ratesCanBeChangedOneByOne() {
    SimulationConfig config = SimulationConfig.defaults().withRate(Typology.MULE, 0);
    assertThat(config.rate(Typology.MULE)).isZero();
    assertThat(config.rate(Typology.CYCLE)).isEqualTo(Typology.CYCLE.defaultRate());
    assertThat(config.withAllRates(2).rates().values()).containsOnly(2.0);
  }

  @Test
  void refusesNonsense() {
    SimulationConfig config = SimulationConfig.defaults();
    assertThatThrownBy(() -> config.withCustomers(10))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("customers");
    assertThatThrownBy(() -> config.withDays(0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> config.withRate(Typology.CYCLE, -1))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> config.withRate(Typology.CYCLE, Double.NaN))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> config.withFormats(Set.of())).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> SimulationSize.parse("huge")).isInstanceOf(ValidationException.class);
    assertThat(
            new SimulationConfig(
                    100, 1, 1, SimulationConfig.DEFAULT_START, Map.of(), Set.of(OutputFormat.CSV))
                .rates())
        .containsEntry(Typology.FAN_IN, 1.0);
  }
}
