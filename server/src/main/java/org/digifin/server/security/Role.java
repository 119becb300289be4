package org.digifin.server.security;

import java.util.Locale;
import org.digifin.basics.error.ValidationException;

/** The roles a user or API key can hold. */
public enum Role {
  /** Manages users, keys and settings; may do everything. */
  ADMIN,
  /** Works alerts and cases, ingests and reads transactions. */
  RISK_ANALYST,
  /** Reviews and decides credit applications. */
  CREDIT_OFFICER,
  /** Owns data classification, quality and protection. */
  DATA_STEWARD,
  /** Reads everything and the audit trail; changes nothing. */
  AUDITOR,
  /** An outside institution in a trusted data space; sees only what is shared with it. */
  PARTNER;

  /** The Spring Security authority, {@code ROLE_<name>}. */
  public String authority() {
    return "ROLE_" + name();
  }

  public static Role parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ValidationException("role.unknown", "roles", "unknown role '" + text + "'", e);
    }
  }
}
