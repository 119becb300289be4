package org.digifin.synth.simulate;

/**
 * The misconduct patterns the simulator injects, and the legitimate look-alikes (decoys) it injects
 * beside them so false positives can be measured. The exact shape of each is defined in the javadoc
 * of the class that generates it ({@link LaunderingPatterns}, {@link FraudPatterns}, {@link
 * DecoyPatterns}) and in the module README.
 */
public enum Typology {
  FAN_IN(false, 1.0),
  FAN_OUT(false, 1.0),
  CYCLE(false, 1.0),
  BIPARTITE(false, 1.0),
  STACK(false, 1.0),
  SCATTER_GATHER(false, 1.0),
  GATHER_SCATTER(false, 1.0),
  RANDOM_CHAIN(false, 1.0),
  STRUCTURING(false, 1.0),
  RAPID_PASS_THROUGH(false, 1.0),
  MULE(false, 1.0),
  ACCOUNT_TAKEOVER(false, 1.0),
  ELDER_SCAM(false, 1.0),
  /** Decoy: a bonus run from an employer to many employees, shaped like a fan-out. */
  PAYROLL_BURST(true, 1.0),
  /** Decoy: a merchant's busy hour with many distinct payers, shaped like a fan-in. */
  MERCHANT_RUSH(true, 1.0),
  /** Decoy: a group's evening cash-pool sweep and morning funding, shaped like gather-scatter. */
  TREASURY_SWEEP(true, 1.0);

  private final boolean decoy;
  private final double defaultRate;

  Typology(boolean decoy, double defaultRate) {
    this.decoy = decoy;
    this.defaultRate = defaultRate;
  }

  /** True for a legitimate look-alike: its transactions are not misconduct. */
  public boolean isDecoy() {
    return decoy;
  }

  /** Default injection rate, in instances per 10,000 customers per day. */
  public double defaultRate() {
    return defaultRate;
  }
}
