package org.digifin.server.risk;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.digifin.basics.error.ValidationException;
import org.digifin.server.ingest.TimestampParser;
import org.digifin.server.ingest.TransactionPayload;
import org.digifin.server.risk.CaseRecords.AlertRow;
import org.digifin.server.risk.CaseRecords.AssignRequest;
import org.digifin.server.risk.CaseRecords.CaseDetail;
import org.digifin.server.risk.CaseRecords.CaseSummary;
import org.digifin.server.risk.CaseRecords.DisposeRequest;
import org.digifin.server.risk.CaseRecords.RuleStats;
import org.digifin.server.risk.CaseRepository.AlertFilter;
import org.digifin.server.risk.CaseRepository.CaseFilter;
import org.digifin.server.web.Page;
import org.digifin.server.web.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk API: synchronous assessment for the payment path, the rules with their precision, and
 * case management (alerts, cases, assignment, dispositions, the STR draft).
 */
@RestController
@RequestMapping("/api/risk")
public class RiskController {

  private static final Set<String> STATUSES = Set.of("OPEN", "ESCALATED", "CLOSED");
  private static final Set<String> ACTIONS = Set.of("REVIEW", "HOLD", "BLOCK");

  private final RiskService risk;
  private final CaseService caseService;
  private final CaseRepository cases;
  private final TimestampParser timestamps;

  public RiskController(
      RiskService risk, CaseService caseService, CaseRepository cases, Clock clock) {
    this.risk = risk;
    this.caseService = caseService;
    this.cases = cases;
    this.timestamps = new TimestampParser(clock.getZone());
  }

  /**
   * Assesses one transaction now and answers the decision. The transaction is not stored; when it
   * is ingested later, its alert (if any) comes from this same decision.
   */
  @PostMapping(path = "/assess", consumes = "application/json")
  public DecisionView assess(@RequestBody TransactionPayload payload) {
    return DecisionView.of(risk.assess(payload.toTransaction(timestamps)));
  }

  @GetMapping("/rules")
  public List<RuleStats> rules() {
    return caseService.ruleStats();
  }

  @GetMapping("/alerts")
  public Page<AlertRow> alerts(
      @RequestParam(required = false) String action,
      @RequestParam(name = "case", required = false) Long caseId,
      @RequestParam(required = false) String account,
      @RequestParam(required = false) String rule,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return cases.alerts(
        new AlertFilter(code(action, ACTIONS, "action"), caseId, account, rule),
        new PageRequest(page, size));
  }

  @GetMapping("/cases")
  public Page<CaseSummary> cases(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String assignee,
      @RequestParam(required = false) String party,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return cases.cases(
        new CaseFilter(code(status, STATUSES, "status"), assignee, party),
        new PageRequest(page, size));
  }

  @GetMapping("/cases/{id}")
  public CaseDetail detail(@PathVariable String id) {
    return caseService.detail(CaseService.caseId(id));
  }

  @PostMapping(path = "/cases/{id}/assign", consumes = "application/json")
  public CaseSummary assign(
      @PathVariable String id,
      @RequestBody(required = false) AssignRequest body,
      Principal principal) {
    return caseService.assign(
        CaseService.caseId(id), body == null ? null : body.assignee(), principal.getName());
  }

  @PostMapping(path = "/cases/{id}/disposition", consumes = "application/json")
  public CaseSummary dispose(
      @PathVariable String id, @RequestBody DisposeRequest body, Principal principal) {
    return caseService.dispose(
        CaseService.caseId(id), body.disposition(), body.note(), principal.getName());
  }

  /** The suspicious-transaction report draft of an escalated case (JSON). */
  @GetMapping("/cases/{id}/report")
  public Map<String, Object> report(@PathVariable String id) {
    return caseService.reportDraft(CaseService.caseId(id));
  }

  private static String code(String value, Set<String> allowed, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String code = value.trim().toUpperCase(Locale.ROOT);
    if (!allowed.contains(code)) {
      throw new ValidationException(
          field + ".unknown", field, field + " must be one of " + new java.util.TreeSet<>(allowed));
    }
    return code;
  }
}
