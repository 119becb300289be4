package org.digifin.server.console;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.TransactionType;
import org.digifin.server.ingest.TransactionPayload;
import org.digifin.server.ingest.TransactionQuery;
import org.digifin.server.ingest.TransactionRepository;
import org.digifin.server.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The transaction search page: filters, a page of results, links to the parties involved. */
@Controller
public class TransactionSearchController {

  private final TransactionRepository transactions;
  private final ConsoleQueries queries;
  private final Clock clock;

  public TransactionSearchController(
      TransactionRepository transactions, ConsoleQueries queries, Clock clock) {
    this.transactions = transactions;
    this.queries = queries;
    this.clock = clock;
  }

  @GetMapping("/transactions")
  public String search(
      TransactionFilter filter,
      @RequestParam(defaultValue = "0") String page,
      @RequestParam(defaultValue = "20") String size,
      Model model) {
    List<String> errors = new ArrayList<>();
    TransactionQuery query = filter.toQuery(clock.getZone(), errors);
    Page<TransactionPayload> results =
        errors.isEmpty() ? transactions.search(query, Paging.request(page, size)) : null;
    model.addAttribute("filter", filter);
    model.addAttribute("errors", errors);
    model.addAttribute("channels", Channel.values());
    model.addAttribute("types", TransactionType.values());
    model.addAttribute("zone", clock.getZone());
    if (results != null) {
      List<String> ids =
          results.items().stream()
              .flatMap(t -> Stream.of(t.payer(), t.payee()))
              .distinct()
              .toList();
      model.addAttribute("results", results);
      model.addAttribute("owners", queries.ownersOf(ids));
      Paging.links(model, results);
    }
    return "transactions";
  }
}
