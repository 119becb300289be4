package org.digifin.basics.domain;

/** Whether a party is a natural person or an enterprise. */
public enum PartyKind {
  PERSON,
  ENTERPRISE;

  /** Parses {@code person} or {@code enterprise}; fails with {@code kind.unknown}. */
  public static PartyKind parse(String text) {
    return CodedValues.parse(PartyKind.class, text, "kind");
  }
}
