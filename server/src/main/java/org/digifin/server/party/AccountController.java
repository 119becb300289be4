package org.digifin.server.party;

import java.security.Principal;
import java.util.List;
import org.digifin.basics.error.NotFoundException;
import org.digifin.basics.id.AccountId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts: create one or a batch (idempotent on id) and read one. */
@RestController
@RequestMapping("/api/accounts")
public class AccountController {

  private final ReferenceDataService service;
  private final AccountRepository accounts;

  public AccountController(ReferenceDataService service, AccountRepository accounts) {
    this.service = service;
    this.accounts = accounts;
  }

  @PostMapping(consumes = "application/json")
  public ResponseEntity<WriteOutcome> create(
      @RequestBody AccountPayload payload, Principal principal) {
    WriteOutcome outcome =
        service.createAccounts(List.of(payload.toAccount()), principal.getName());
    return ResponseEntity.status(outcome.inserted() == 1 ? HttpStatus.CREATED : HttpStatus.OK)
        .body(outcome);
  }

  @PostMapping(path = "/batch", consumes = "application/json")
  public WriteOutcome createBatch(@RequestBody List<AccountPayload> payloads, Principal principal) {
    return service.createAccounts(
        payloads.stream().map(AccountPayload::toAccount).toList(), principal.getName());
  }

  @GetMapping("/{id}")
  public AccountPayload get(@PathVariable String id) {
    return accounts
        .find(AccountId.of(id))
        .map(AccountPayload::of)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "account.not_found", "id", "no account with id '" + id + "'"));
  }
}
