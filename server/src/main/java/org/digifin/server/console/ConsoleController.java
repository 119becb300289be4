package org.digifin.server.console;

import org.digifin.server.ingest.TransactionRepository;
import org.digifin.server.party.AccountRepository;
import org.digifin.server.party.PartyRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's login page and overview; the overview's tiles refresh through a fragment. */
@Controller
public class ConsoleController {

  private final PartyRepository parties;
  private final AccountRepository accounts;
  private final TransactionRepository transactions;
  private final AuditStatus audit;

  public ConsoleController(
      PartyRepository parties,
      AccountRepository accounts,
      TransactionRepository transactions,
      AuditStatus audit) {
    this.parties = parties;
    this.accounts = accounts;
    this.transactions = transactions;
    this.audit = audit;
  }

  @GetMapping("/login")
  public String login() {
    return "login";
  }

  @GetMapping("/")
  public String overview(Model model) {
    tiles(model);
    return "overview";
  }

  /** The live tiles alone, which htmx polls every few seconds. */
  @GetMapping("/console/tiles")
  public String tiles(Model model) {
    model.addAttribute("parties", parties.count());
    model.addAttribute("accounts", accounts.count());
    model.addAttribute("transactions", transactions.count());
    model.addAttribute("audit", audit.current());
    return "overview :: tiles";
  }
}
