package org.digifin.server.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.digifin.basics.error.NotFoundException;
import org.digifin.server.risk.CaseRecords.AlertRow;
import org.digifin.server.risk.CaseRecords.CaseDetail;
import org.digifin.server.risk.CaseRecords.CaseTransaction;
import org.digifin.server.risk.CaseRepository;
import org.digifin.server.risk.CaseRepository.CaseFilter;
import org.digifin.server.risk.CaseService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The risk pages: the case list, one case (customer, alerts with reasons, the fund-flow graph of
 * its patterns, transactions, timeline) and the rules with their precision. They only read;
 * assignment and dispositions go through the API.
 */
@Controller
public class CaseConsoleController {

  private static final Set<String> STATUSES = Set.of("OPEN", "ESCALATED", "CLOSED");

  private final CaseRepository cases;
  private final CaseService caseService;
  private final ObjectMapper json;

  public CaseConsoleController(CaseRepository cases, CaseService caseService, ObjectMapper json) {
    this.cases = cases;
    this.caseService = caseService;
    this.json = json;
  }

  @GetMapping("/cases")
  public String list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") String page,
      @RequestParam(defaultValue = "20") String size,
      Model model) {
    String code = TransactionFilter.blankToNull(status);
    code = code == null ? null : code.toUpperCase(Locale.ROOT);
    if (code != null && !STATUSES.contains(code)) {
      code = null;
    }
    var results = cases.cases(new CaseFilter(code, null, null), Paging.request(page, size));
    model.addAttribute("status", code);
    model.addAttribute("statuses", List.of("OPEN", "ESCALATED", "CLOSED"));
    model.addAttribute("counts", cases.countByStatus());
    model.addAttribute("alertCount", cases.alertCount());
    model.addAttribute("results", results);
    Paging.links(model, results);
    return "cases";
  }

  @GetMapping("/cases/{id}")
  public String detail(@PathVariable String id, Model model, HttpServletResponse response) {
    CaseDetail detail;
    try {
      detail = caseService.detail(CaseService.caseId(id));
    } catch (NotFoundException e) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("missingId", id);
      return "case-not-found";
    }
    model.addAttribute("detail", detail);
    model.addAttribute("c", detail.caseInfo());
    model.addAttribute("graph", json.writeValueAsString(graph(detail)));
    return "case";
  }

  @GetMapping("/rules")
  public String rules(Model model) {
    model.addAttribute("rules", caseService.ruleStats());
    return "rules";
  }

  /**
   * The fund-flow subgraph for ECharts: the accounts of the alerts and patterns as nodes (the
   * customer's own accounts marked), the case's transactions as directed edges.
   */
  private static Map<String, Object> graph(CaseDetail detail) {
    Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    Set<String> subjects = new java.util.HashSet<>();
    for (AlertRow alert : detail.alerts()) {
      subjects.add(alert.accountId());
      node(nodes, alert.accountId(), "subject");
      for (JsonNode pattern : alert.patterns()) {
        for (JsonNode account : pattern.path("accounts")) {
          node(nodes, account.asString(), "pattern");
        }
      }
    }
    List<Map<String, Object>> links = new ArrayList<>();
    for (CaseTransaction t : detail.transactions()) {
      node(nodes, t.payer(), "other");
      node(nodes, t.payee(), "other");
      Map<String, Object> link = new LinkedHashMap<>();
      link.put("source", t.payer());
      link.put("target", t.payee());
      link.put("id", t.id());
      link.put("amount", t.amount());
      link.put("at", t.timestamp());
      links.add(link);
    }
    for (String subject : subjects) {
      nodes.get(subject).put("category", "subject");
    }
    Map<String, Object> graph = new LinkedHashMap<>();
    graph.put("nodes", List.copyOf(nodes.values()));
    graph.put("links", links);
    return graph;
  }

  private static void node(Map<String, Map<String, Object>> nodes, String id, String category) {
    nodes.computeIfAbsent(
        id,
        k -> {
          Map<String, Object> node = new LinkedHashMap<>();
          node.put("id", k);
          node.put("name", k);
          node.put("category", category);
          return node;
        });
  }
}
