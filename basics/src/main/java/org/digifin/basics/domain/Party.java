package org.digifin.basics.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.digifin.basics.Checks;
import org.digifin.basics.id.PartyId;

/**
 * A customer or counterparty: a person or an enterprise.
 *
 * @param id the institution's party number
 * @param kind person or enterprise
 * @param name the legal name (Chinese names are kept as written)
 * @param bornOrFounded date of birth for a person, founding date for an enterprise
 * @param industryCode GB/T 4754 industry code, e.g. {@code C39} for computer manufacturing; usual
 *     for enterprises, the occupation's industry for persons
 * @param region GB/T 2260 administrative division code, e.g. {@code 310000} for Shanghai
 */
public record Party(
    PartyId id,
    PartyKind kind,
    String name,
    LocalDate bornOrFounded,
    Optional<String> industryCode,
    String region) {

  /** Age from which a person is served under the elderly-customer protections (适老化). */
  public static final int ELDERLY_AGE = 60;

  public Party {
    Checks.notNull(id, "id");
    Checks.notNull(kind, "kind");
    Checks.maxLength(Checks.notBlank(name, "name"), 200, "name");
    Checks.notNull(bornOrFounded, "bornOrFounded");
    Checks.notNull(industryCode, "industryCode");
    industryCode.ifPresent(code -> Checks.maxLength(code, 16, "industryCode"));
    Checks.maxLength(Checks.notBlank(region, "region"), 16, "region");
  }

  /** Whole years from {@link #bornOrFounded} to {@code date}: age, or an enterprise's years. */
  public int yearsOn(LocalDate date) {
    return Period.between(bornOrFounded, Checks.notNull(date, "date")).getYears();
  }

  /** True for a person aged {@value #ELDERLY_AGE} or more on {@code date}. */
  public boolean isElderlyOn(LocalDate date) {
    return kind == PartyKind.PERSON && yearsOn(date) >= ELDERLY_AGE;
  }
}
