package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.AccountType;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.PartyKind;
import org.junit.jupiter.api.Test;

class WorldTest {

  private final World world = World.of(SimulationConfig.defaults());

  @Test
  void aboutOneCustomerInFiveIsSixtyOrOlder() {
    long elderly = 0;
    for (int p = 0; p < world.personCount(); p++) {
      if (world.party(p).isElderlyOn(SimulationConfig.DEFAULT_START)) {
        elderly++;
      }
    }
    assertThat(elderly / (double) world.personCount()).isBetween(0.17, 0.25);
  }

  @Test
  void customersSplitIntoPersonsEnterprisesAndTheBank() {
    assertThat(world.personCount() + world.enterpriseCount()).isEqualTo(2_000);
    assertThat(world.party(0).kind()).isEqualTo(PartyKind.PERSON);
    assertThat(world.party(world.personCount()).kind()).isEqualTo(PartyKind.ENTERPRISE);
    assertThat(world.party(world.partyCount() - 1).name()).contains("银行");
  }

  @Test
  void recordsAreValidAndExternalAccountsHaveNoOwner() {
    for (int i = 0; i < world.partyCount(); i++) {
      Party party = world.party(i);
      assertThat(party.id().value()).isEqualTo("P" + (i + 1));
    }
    int external = 0;
    for (int i = 0; i < world.accountCount(); i++) {
      Account account = world.account(i);
      assertThat(account.id().value()).isEqualTo("A" + (i + 1));
      assertThat(account.owner().isEmpty()).isEqualTo(account.type() == AccountType.EXTERNAL);
      assertThat(account.openedOn()).isBefore(SimulationConfig.DEFAULT_START);
      if (account.type() == AccountType.EXTERNAL) {
        external++;
        assertThat(account.bankCode().get()).isNotEqualTo(ReferenceData.OWN_BANK);
      }
    }
    assertThat(external).isGreaterThan(100);
  }

  @Test
  void enterprisesCoverTheSectorsAndSuppliersComeFromEarlierTiers() {
    java.util.Set<String> industries = new java.util.HashSet<>();
    for (int e = 0; e < world.enterpriseCount(); e++) {
      industries.add(ReferenceData.INDUSTRY_CODES[world.industry[e]]);
      for (int k = world.supplierStart[e]; k < world.supplierStart[e + 1]; k++) {
        assertThat(ReferenceData.INDUSTRY_TIER[world.industry[world.suppliers[k]]])
            .isLessThan(ReferenceData.INDUSTRY_TIER[world.industry[e]]);
      }
    }
    assertThat(industries).contains("A01", "C39", "M73", "F51", "F52");
    assertThat(industries).containsAnyOf("D4415", "D4416", "C3825");
    assertThat(world.suppliers.length).isGreaterThan(world.enterpriseCount());
  }

  @Test
  void theSameSeedBuildsTheSameWorld() {
    World again = World.of(SimulationConfig.defaults());
    World other = World.of(SimulationConfig.defaults().withSeed(1));
    assertThat(again.party(17)).isEqualTo(world.party(17));
    assertThat(again.account(1234)).isEqualTo(world.account(1234));
    assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(other::party).toList())
        .isNotEqualTo(java.util.stream.IntStream.range(0, 50).mapToObj(world::party).toList());
  }
}
