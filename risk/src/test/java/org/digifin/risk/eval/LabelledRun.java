package org.digifin.risk.eval;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.PartyId;
import org.digifin.synth.simulate.AccountLabel;
import org.digifin.synth.simulate.BankSimulator;
import org.digifin.synth.simulate.SimulatedDay;
import org.digifin.synth.simulate.SimulationConfig;
import org.digifin.synth.simulate.Typology;
import org.digifin.synth.simulate.World;

/**
 * Runs a detector over a simulated month and scores the accounts it names, per typology, against
 * the simulator's account labels. Account-level: an account counts as found for typology X when a
 * hit of X names it.
 */
public final class LabelledRun {

  /** Detection outcome for one typology. */
  public record Score(
      Typology typology, int labelled, int flagged, int found, int flaggedAnyMisconduct) {

    public double recall() {
      return labelled == 0 ? Double.NaN : found / (double) labelled;
    }

    /** Flagged accounts labelled with this very typology. */
    public double precision() {
      return flagged == 0 ? Double.NaN : found / (double) flagged;
    }

    /** Flagged accounts labelled with any misconduct typology. */
    public double precisionAnyMisconduct() {
      return flagged == 0 ? Double.NaN : flaggedAnyMisconduct / (double) flagged;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-20s labelled %4d flagged %4d found %4d recall %.3f precision %.3f (any misconduct %.3f)",
          typology,
          labelled,
          flagged,
          found,
          recall(),
          precision(),
          precisionAnyMisconduct());
    }
  }

  /** The result of a run. */
  public record Result(
      Map<Typology, Score> scores, int decoyAccounts, int decoyAccountsFlagged, long transactions) {

    public double decoyFalsePositiveRate() {
      return decoyAccounts == 0 ? 0 : decoyAccountsFlagged / (double) decoyAccounts;
    }

    public String report() {
      StringBuilder text = new StringBuilder();
      scores.values().forEach(s -> text.append(s).append('\n'));
      text.append(
          String.format(
              Locale.ROOT,
              "decoys: %d accounts, %d flagged (false-positive rate %.3f); %d transactions%n",
              decoyAccounts,
              decoyAccountsFlagged,
              decoyFalsePositiveRate(),
              transactions));
      return text.toString();
    }
  }

  /** Receives each transaction and reports (typology, account) flags through the sink. */
  public interface Detector {
    void accept(Transaction transaction, BiConsumer<Typology, AccountId> flag);
  }

  private LabelledRun() {}

  /** The owner of account {@code id} in {@code world}, from the simulator's {@code A<n>} ids. */
  public static Optional<PartyId> owner(World world, AccountId id) {
    return world.account(Integer.parseInt(id.value().substring(1)) - 1).owner();
  }

  public static Result run(SimulationConfig config, Detector detector) {
    return run(config, detector, java.util.function.UnaryOperator.identity());
  }

  /**
   * As {@link #run(SimulationConfig, Detector)}, but each account's flagged typologies are passed
   * through {@code resolve} at the end of the run (account-level resolution) before scoring.
   */
  public static Result run(
      SimulationConfig config,
      Detector detector,
      java.util.function.UnaryOperator<Set<Typology>> resolve) {
    BankSimulator simulator = BankSimulator.of(config);
    Map<Typology, Set<AccountId>> labelled = new EnumMap<>(Typology.class);
    Set<AccountId> misconduct = new HashSet<>();
    Set<AccountId> decoys = new HashSet<>();
    Map<AccountId, Set<Typology>> byAccount = new java.util.HashMap<>();
    Set<AccountId> flaggedAny = new HashSet<>();
    long[] count = {0};
    simulator
        .days()
        .forEach(
            (SimulatedDay day) -> {
              for (AccountLabel label : day.accountLabels()) {
                if (label.decoy()) {
                  decoys.add(label.account());
                } else {
                  labelled
                      .computeIfAbsent(label.typology(), k -> new HashSet<>())
                      .add(label.account());
                  misconduct.add(label.account());
                }
              }
              for (Transaction t : day.transactions()) {
                count[0]++;
                detector.accept(
                    t,
                    (typology, account) -> {
                      byAccount
                          .computeIfAbsent(account, k -> EnumSet.noneOf(Typology.class))
                          .add(typology);
                      flaggedAny.add(account);
                    });
              }
            });
    decoys.removeAll(misconduct);
    Map<Typology, Set<AccountId>> flagged = new EnumMap<>(Typology.class);
    byAccount.forEach(
        (account, typologies) ->
            resolve
                .apply(typologies)
                .forEach(t -> flagged.computeIfAbsent(t, k -> new HashSet<>()).add(account)));
    Map<Typology, Score> scores = new EnumMap<>(Typology.class);
    for (Typology typology : Typology.values()) {
      if (typology.isDecoy()) {
        continue;
      }
      Set<AccountId> truth = labelled.getOrDefault(typology, Set.of());
      Set<AccountId> named = flagged.getOrDefault(typology, Set.of());
      int found = (int) named.stream().filter(truth::contains).count();
      int any = (int) named.stream().filter(misconduct::contains).count();
      scores.put(typology, new Score(typology, truth.size(), named.size(), found, any));
    }
    int decoysFlagged = (int) decoys.stream().filter(flaggedAny::contains).count();
    return new Result(scores, decoys.size(), decoysFlagged, count[0]);
  }
}
