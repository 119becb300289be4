package org.digifin.server.party;

import java.time.LocalDate;
import java.util.Optional;
import org.digifin.basics.Checks;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.PartyKind;
import org.digifin.basics.id.PartyId;

/** A party on the wire. */
public record PartyPayload(
    String id,
    String kind,
    String name,
    LocalDate bornOrFounded,
    String industryCode,
    String region) {

  public Party toParty() {
    return new Party(
        PartyId.of(Checks.notNull(id, "id")),
        PartyKind.parse(Checks.notNull(kind, "kind")),
        name,
        bornOrFounded,
        Optional.ofNullable(industryCode).filter(s -> !s.isBlank()),
        region);
  }

  public static PartyPayload of(Party party) {
    return new PartyPayload(
        party.id().value(),
        party.kind().name(),
        party.name(),
        party.bornOrFounded(),
        party.industryCode().orElse(null),
        party.region());
  }
}
