package org.digifin.synth.simulate;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.digifin.basics.Checks;

/**
 * What to simulate. Same configuration, same output, byte for byte.
 *
 * @param customers persons and enterprises banking with the simulated bank, 100 to 5,000,000; about
 *     6% are enterprises
 * @param days simulated calendar days, 1 to 3,660
 * @param seed the random seed
 * @param start the first simulated day (local calendar of Asia/Shanghai)
 * @param rates injection rate of each typology in instances per 10,000 customers per day; 0 turns
 *     one off; typologies left out take their {@link Typology#defaultRate()}
 * @param formats the file formats for transactions and labels
 */
public record SimulationConfig(
    int customers,
    int days,
    long seed,
    LocalDate start,
    Map<Typology, Double> rates,
    Set<OutputFormat> formats) {

  /** The default first day. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2026, 11, 1);

  /** The default seed. */
  public static final long DEFAULT_SEED = 20_251_101L;

  public SimulationConfig {
    Checks.check(
        customers >= 100 && customers <= 5_000_000,
        "simulation.customers",
        "customers",
        "customers must be between 100 and 5,000,000");
    Checks.check(
        days >= 1 && days <= 3_660, "simulation.days", "days", "days must be between 1 and 3,660");
    Checks.notNull(start, "start");
    Checks.check(
        start.getYear() >= 1990 && start.getYear() <= 2200,
        "simulation.start",
        "start",
        "start must fall between 1990 and 2200");
    Checks.notNull(rates, "rates");
    EnumMap<Typology, Double> complete = new EnumMap<>(Typology.class);
    for (Typology typology : Typology.values()) {
      Double rate = rates.get(typology);
      double value = rate == null ? typology.defaultRate() : rate;
      Checks.check(
          Double.isFinite(value) && value >= 0 && value <= 1_000,
          "simulation.rate",
          "rates",
          "rate of " + typology + " must be between 0 and 1,000");
      complete.put(typology, value);
    }
    rates = Collections.unmodifiableMap(complete);
    Checks.notNull(formats, "formats");
    Checks.check(
        !formats.isEmpty(), "simulation.formats", "formats", "at least one format is required");
    formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
  }

  /** The {@link SimulationSize#SMALL} preset with default seed, start, rates and NDJSON. */
  public static SimulationConfig defaults() {
    return of(SimulationSize.SMALL);
  }

  /** A preset with default seed, start, rates and NDJSON output. */
  public static SimulationConfig of(SimulationSize size) {
    Checks.notNull(size, "size");
    return new SimulationConfig(
        size.customers(),
        size.days(),
        DEFAULT_SEED,
        DEFAULT_START,
        Map.of(),
        EnumSet.of(OutputFormat.NDJSON));
  }

  public SimulationConfig withCustomers(int newCustomers) {
    return new SimulationConfig(newCustomers, days, seed, start, rates, formats);
  }

  public SimulationConfig withDays(int newDays) {
    return new SimulationConfig(customers, newDays, seed, start, rates, formats);
  }

  public SimulationConfig withSeed(long newSeed) {
    return new SimulationConfig(customers, days, newSeed, start, rates, formats);
  }

  public SimulationConfig withStart(LocalDate newStart) {
    return new SimulationConfig(customers, days, seed, newStart, rates, formats);
  }

  public SimulationConfig withFormats(Set<OutputFormat> newFormats) {
    return new SimulationConfig(customers, days, seed, start, rates, newFormats);
  }

  /** This configuration with {@code typology} injected at {@code rate}. */
  public SimulationConfig withRate(Typology typology, double rate) {
    EnumMap<Typology, Double> changed = new EnumMap<>(rates);
    changed.put(Checks.notNull(typology, "typology"), rate);
    return new SimulationConfig(customers, days, seed, start, changed, formats);
  }

  /** This configuration with every typology, decoys included, injected at {@code rate}. */
  public SimulationConfig withAllRates(double rate) {
    EnumMap<Typology, Double> changed = new EnumMap<>(Typology.class);
    for (Typology typology : Typology.values()) {
      changed.put(typology, rate);
    }
    return new SimulationConfig(customers, days, seed, start, changed, formats);
  }

  /** The rate of {@code typology} in instances per 10,000 customers per day. */
  public double rate(Typology typology) {
    return rates.get(typology);
  }
}
