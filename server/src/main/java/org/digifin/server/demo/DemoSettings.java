package org.digifin.server.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import org.digifin.basics.error.ValidationException;
import org.digifin.synth.simulate.SimulationSize;

/**
 * Which demo bank a data directory holds: size, seed and first day, kept in {@code demo.properties}
 * so a restart replays the same bank (idempotently) rather than mixing two.
 *
 * @param size the preset
 * @param seed the simulator's seed
 * @param start the first simulated day
 */
public record DemoSettings(SimulationSize size, long seed, LocalDate start) {

  static final String FILE = "demo.properties";

  /** The settings stored in {@code dataDir}, if a demo ran there before. */
  public static Optional<DemoSettings> read(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(
        new DemoSettings(
            SimulationSize.parse(p.getProperty("size")),
            Long.parseLong(p.getProperty("seed")),
            LocalDate.parse(p.getProperty("start"))));
  }

  /**
   * The settings to use: those stored, unless the user asked for others, which a data directory
   * that already holds a demo bank cannot take.
   */
  public static DemoSettings resolve(
      Path dataDir, Optional<SimulationSize> askedSize, Optional<Long> askedSeed, LocalDate today) {
    Optional<DemoSettings> stored = read(dataDir);
    if (stored.isPresent()) {
      DemoSettings s = stored.get();
      if (askedSize.filter(size -> size != s.size()).isPresent()
          || askedSeed.filter(seed -> seed != s.seed()).isPresent()) {
        throw new ValidationException(
            "demo.settings_differ",
            "seed",
            dataDir
                + " already holds the "
                + s.size().name().toLowerCase(java.util.Locale.ROOT)
                + " demo bank with seed "
                + s.seed()
                + "; run with those, or give another --data-dir");
      }
      return s;
    }
    return new DemoSettings(
        askedSize.orElse(SimulationSize.SMALL), askedSeed.orElse(20_261_128L), today.minusDays(30));
  }

  /** Stores these settings in {@code dataDir}. */
  public void write(Path dataDir) {
    Properties p = new Properties();
    p.setProperty("size", size.name());
    p.setProperty("seed", Long.toString(seed));
    p.setProperty("start", start.toString());
    try {
      Files.createDirectories(dataDir);
      try (Writer out = Files.newBufferedWriter(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
        p.store(out, "the demo bank in this data directory");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
