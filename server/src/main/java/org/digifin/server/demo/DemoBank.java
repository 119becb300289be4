package org.digifin.server.demo;

import java.util.ArrayList;
import java.util.List;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.Party;
import org.digifin.server.party.ReferenceDataService;
import org.digifin.synth.simulate.BankSimulator;
import org.digifin.synth.simulate.SimulationConfig;
import org.digifin.synth.simulate.World;
import org.springframework.stereotype.Component;

/**
 * The demo bank: the simulator's world (persons, enterprises, their accounts and other banks'
 * accounts) loaded through the same services as any client's data, and a {@link DemoReplay} of its
 * transactions.
 */
@Component
public class DemoBank {

  static final String ACTOR = "demo";
  private static final int CHUNK = 5_000;

  private final ReferenceDataService reference;
  private final DemoReplay replay;

  public DemoBank(ReferenceDataService reference, DemoReplay replay) {
    this.reference = reference;
    this.replay = replay;
  }

  /** The simulator for {@code settings}: the month up to today, then day after day. */
  public static BankSimulator simulator(DemoSettings settings) {
    return BankSimulator.of(
        SimulationConfig.of(settings.size())
            .withSeed(settings.seed())
            .withStart(settings.start())
            .withDays(3_660));
  }

  /**
   * Loads the world's parties and accounts (a no-op for those already stored) and starts replaying
   * its transactions in the background; returns the replay to watch.
   */
  public DemoReplay start(DemoSettings settings) {
    BankSimulator simulator = simulator(settings);
    World world = simulator.world();
    List<Party> parties = new ArrayList<>(CHUNK);
    for (int i = 0; i < world.partyCount(); i++) {
      parties.add(world.party(i));
      if (parties.size() == CHUNK || i == world.partyCount() - 1) {
        reference.createParties(parties, ACTOR);
        parties.clear();
      }
    }
    List<Account> accounts = new ArrayList<>(CHUNK);
    for (int i = 0; i < world.accountCount(); i++) {
      accounts.add(world.account(i));
      if (accounts.size() == CHUNK || i == world.accountCount() - 1) {
        reference.createAccounts(accounts, ACTOR);
        accounts.clear();
      }
    }
    replay.start(simulator, settings);
    return replay;
  }
}
