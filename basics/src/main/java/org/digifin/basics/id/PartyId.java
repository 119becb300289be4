package org.digifin.basics.id;

/**
 * Identifies a customer, person or enterprise.
 *
 * @param value the identifier text
 */
public record PartyId(String value) implements Comparable<PartyId> {

  public PartyId {
    IdentifierSyntax.check(value, "partyId");
  }

  public static PartyId of(String value) {
    return new PartyId(value);
  }

  @Override
  public int compareTo(PartyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
