package org.digifin.server.console;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.digifin.basics.domain.PartyKind;
import org.digifin.server.console.ConsoleQueries.CustomerFilter;
import org.digifin.server.console.ConsoleQueries.CustomerRow;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer list (search by id or name, kind, region) and one customer's page. */
@Controller
public class CustomerController {

  private final ConsoleQueries queries;
  private final Clock clock;

  public CustomerController(ConsoleQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  @GetMapping("/customers")
  public String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String region,
      @RequestParam(defaultValue = "0") String page,
      @RequestParam(defaultValue = "20") String size,
      Model model) {
    String kindCode = kindCode(kind);
    CustomerFilter filter =
        new CustomerFilter(
            TransactionFilter.blankToNull(q), kindCode, TransactionFilter.blankToNull(region));
    var results = queries.customers(filter, Paging.request(page, size));
    model.addAttribute("q", filter.text());
    model.addAttribute("kind", kindCode);
    model.addAttribute("region", filter.region());
    model.addAttribute("kinds", PartyKind.values());
    model.addAttribute("results", results);
    Paging.links(model, results);
    return "customers";
  }

  @GetMapping("/customers/{id}")
  public String customer(
      @PathVariable String id,
      @RequestParam(defaultValue = "0") String page,
      @RequestParam(defaultValue = "20") String size,
      Model model,
      HttpServletResponse response) {
    CustomerRow customer = queries.customer(id).orElse(null);
    if (customer == null) {
      // A page, not the API's problem+json: a person followed a link or typed an id.
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("missingId", id);
      return "customer-not-found";
    }
    var transactions = queries.transactionsOf(id, Paging.request(page, size));
    model.addAttribute("customer", customer);
    model.addAttribute("years", yearsSince(customer.bornOrFounded()));
    model.addAttribute("accountRows", queries.accountsOf(id));
    model.addAttribute("results", transactions);
    model.addAttribute("zone", clock.getZone());
    Paging.links(model, transactions);
    return "customer";
  }

  /** Whole years from {@code date} to today: a person's age, an enterprise's years in business. */
  private int yearsSince(LocalDate date) {
    return Math.max(0, Period.between(date, LocalDate.now(clock)).getYears());
  }

  private static String kindCode(String kind) {
    String value = TransactionFilter.blankToNull(kind);
    if (value == null) {
      return null;
    }
    try {
      return PartyKind.valueOf(value.toUpperCase(Locale.ROOT)).name();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
