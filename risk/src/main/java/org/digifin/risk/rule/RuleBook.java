package org.digifin.risk.rule;

import java.util.concurrent.atomic.AtomicReference;
import org.digifin.basics.Checks;

/**
 * The rule set in force, swappable at runtime. A swap is atomic: each assessment reads the current
 * set once, so it sees either the old or the new set entirely, never a mix. Validation happens
 * before (in {@link RuleCompiler}), so an invalid set can never be swapped in.
 */
public final class RuleBook {

  private final AtomicReference<RuleSet> current;

  private RuleBook(RuleSet initial) {
    current = new AtomicReference<>(Checks.notNull(initial, "initial"));
  }

  /** A book starting with {@code initial}. */
  public static RuleBook of(RuleSet initial) {
    return new RuleBook(initial);
  }

  /** The set in force now. */
  public RuleSet current() {
    return current.get();
  }

  /** Puts {@code next} in force and returns the set it replaced. */
  public RuleSet swap(RuleSet next) {
    return current.getAndSet(Checks.notNull(next, "next"));
  }
}
