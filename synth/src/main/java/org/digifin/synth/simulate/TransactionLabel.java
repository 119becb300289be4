package org.digifin.synth.simulate;

import org.digifin.basics.Checks;
import org.digifin.basics.id.TransactionId;

/**
 * A transaction's part in an injected pattern instance.
 *
 * @param pattern the instance id, {@code PAT} and seven digits, unique in the run
 * @param typology what was injected
 * @param role the transaction's part, e.g. {@link PatternRole#HOP}
 * @param transaction the transaction
 */
public record TransactionLabel(
    String pattern, Typology typology, PatternRole role, TransactionId transaction) {

  public TransactionLabel {
    Checks.notBlank(pattern, "pattern");
    Checks.notNull(typology, "typology");
    Checks.notNull(role, "role");
    Checks.notNull(transaction, "transaction");
  }

  /** True when the instance is a legitimate look-alike, not misconduct. */
  public boolean decoy() {
    return typology.isDecoy();
  }
}
