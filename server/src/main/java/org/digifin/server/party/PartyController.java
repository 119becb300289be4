package org.digifin.server.party;

import java.security.Principal;
import java.util.List;
import org.digifin.basics.domain.PartyKind;
import org.digifin.basics.error.NotFoundException;
import org.digifin.basics.id.PartyId;
import org.digifin.server.web.Page;
import org.digifin.server.web.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Parties: create one or a batch (idempotent on id), read one, search, list its accounts. */
@RestController
@RequestMapping("/api/parties")
public class PartyController {

  private final ReferenceDataService service;
  private final PartyRepository parties;
  private final AccountRepository accounts;

  public PartyController(
      ReferenceDataService service, PartyRepository parties, AccountRepository accounts) {
    this.service = service;
    this.parties = parties;
    this.accounts = accounts;
  }

  @PostMapping(consumes = "application/json")
  public ResponseEntity<WriteOutcome> create(
      @RequestBody PartyPayload payload, Principal principal) {
    WriteOutcome outcome = service.createParties(List.of(payload.toParty()), principal.getName());
    return ResponseEntity.status(outcome.inserted() == 1 ? HttpStatus.CREATED : HttpStatus.OK)
        .body(outcome);
  }

  /** All-or-nothing: one invalid or conflicting party refuses the batch. */
  @PostMapping(path = "/batch", consumes = "application/json")
  public WriteOutcome createBatch(@RequestBody List<PartyPayload> payloads, Principal principal) {
    return service.createParties(
        payloads.stream().map(PartyPayload::toParty).toList(), principal.getName());
  }

  @GetMapping("/{id}")
  public PartyPayload get(@PathVariable String id) {
    return parties
        .find(PartyId.of(id))
        .map(PartyPayload::of)
        .orElseThrow(
            () -> new NotFoundException("party.not_found", "id", "no party with id '" + id + "'"));
  }

  @GetMapping("/{id}/accounts")
  public List<AccountPayload> accounts(@PathVariable String id) {
    PartyId party = PartyId.of(id);
    if (parties.find(party).isEmpty()) {
      throw new NotFoundException("party.not_found", "id", "no party with id '" + id + "'");
    }
    return accounts.ownedBy(party).stream().map(AccountPayload::of).toList();
  }

  @GetMapping
  public Page<PartyPayload> search(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String region,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Page<org.digifin.basics.domain.Party> found =
        parties.search(
            kind == null ? null : PartyKind.parse(kind), region, new PageRequest(page, size));
    return new Page<>(
        found.items().stream().map(PartyPayload::of).toList(),
        found.page(),
        found.size(),
        found.hasMore());
  }
}
