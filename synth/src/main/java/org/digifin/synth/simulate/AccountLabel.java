package org.digifin.synth.simulate;

import org.digifin.basics.Checks;
import org.digifin.basics.id.AccountId;

/**
 * An account's part in an injected pattern instance. An account may play parts in several.
 *
 * @param pattern the instance id, {@code PAT} and seven digits, unique in the run
 * @param typology what was injected
 * @param role the account's part, e.g. {@link PatternRole#MULE}
 * @param account the account
 */
public record AccountLabel(String pattern, Typology typology, PatternRole role, AccountId account) {

  public AccountLabel {
    Checks.notBlank(pattern, "pattern");
    Checks.notNull(typology, "typology");
    Checks.notNull(role, "role");
    Checks.notNull(account, "account");
  }

  /** True when the instance is a legitimate look-alike, not misconduct. */
  public boolean decoy() {
    return typology.isDecoy();
  }
}
