package org.digifin.server.risk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.digifin.basics.error.ConflictException;
import org.digifin.basics.error.NotFoundException;
import org.digifin.basics.error.ValidationException;
import org.digifin.risk.rule.Rule;
import org.digifin.server.audit.AuditLog;
import org.digifin.server.ingest.TransactionPayload;
import org.digifin.server.ingest.TransactionRepository;
import org.digifin.server.risk.CaseRecords.AlertRow;
import org.digifin.server.risk.CaseRecords.CaseDetail;
import org.digifin.server.risk.CaseRecords.CaseSummary;
import org.digifin.server.risk.CaseRecords.CaseTransaction;
import org.digifin.server.risk.CaseRecords.RuleStats;
import org.digifin.server.risk.CaseRecords.TimelineEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Case management: a case's full picture, assignment, dispositions (each audited in the same
 * transaction), per-rule precision from dispositions, and the suspicious-transaction report draft
 * for an escalated case.
 */
@Service
public class CaseService {

  /** An analyst's verdict on a case. */
  public enum Disposition {
    TRUE_POSITIVE,
    FALSE_POSITIVE,
    ESCALATE;

    static Disposition parse(String text) {
      if (text == null || text.isBlank()) {
        throw new ValidationException("value.required", "disposition", "disposition is required");
      }
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new ValidationException(
            "disposition.unknown",
            "disposition",
            "disposition must be TRUE_POSITIVE, FALSE_POSITIVE or ESCALATE");
      }
    }
  }

  private static final int NOTE_MAX = 4000;

  private final CaseRepository cases;
  private final TransactionRepository transactions;
  private final RiskService risk;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  public CaseService(
      CaseRepository cases,
      TransactionRepository transactions,
      RiskService risk,
      AuditLog audit,
      TransactionTemplate tx,
      Clock clock) {
    this.cases = cases;
    this.transactions = transactions;
    this.risk = risk;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /** Parses a case id from a path; an id that is not a number names no case. */
  public static long caseId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw notFound(text);
    }
  }

  public CaseSummary summary(long id) {
    return cases.find(id).orElseThrow(() -> notFound(Long.toString(id)));
  }

  /** The case, its alerts, every transaction they involve, and its timeline. */
  public CaseDetail detail(long id) {
    CaseSummary summary = summary(id);
    List<AlertRow> alerts = cases.alertsOf(id);
    Set<String> ids = new LinkedHashSet<>();
    for (AlertRow alert : alerts) {
      ids.add(alert.transactionId());
      for (JsonNode pattern : alert.patterns()) {
        for (JsonNode t : pattern.path("transactions")) {
          ids.add(t.asString());
        }
      }
    }
    List<CaseTransaction> involved =
        transactions.findAll(List.copyOf(ids)).stream().map(CaseService::transaction).toList();
    return new CaseDetail(summary, alerts, involved, timeline(summary, alerts));
  }

  private static List<TimelineEvent> timeline(CaseSummary c, List<AlertRow> alerts) {
    List<TimelineEvent> events = new ArrayList<>();
    events.add(new TimelineEvent(c.openedAt(), "OPENED", c.subject()));
    for (AlertRow alert : alerts) {
      List<String> rules = new ArrayList<>();
      alert.rules().forEach(r -> rules.add(r.path("id").asString()));
      events.add(
          new TimelineEvent(
              alert.timestamp(),
              "ALERT_" + alert.action(),
              alert.transactionId() + " " + String.join(", ", rules)));
    }
    if (c.assignedAt() != null) {
      events.add(new TimelineEvent(c.assignedAt(), "ASSIGNED", c.assignee()));
    }
    if (c.disposedAt() != null) {
      events.add(new TimelineEvent(c.disposedAt(), c.disposition(), c.note()));
    }
    events.sort(Comparator.comparing(TimelineEvent::at));
    return events;
  }

  /** Assigns the case to {@code assignee}, audited. */
  public CaseSummary assign(long id, String assignee, String actor) {
    String who = assignee == null || assignee.isBlank() ? actor : assignee.trim();
    if (who.length() > 100) {
      throw new ValidationException("value.too_long", "assignee", "assignee is too long");
    }
    tx.executeWithoutResult(
        status -> {
          CaseSummary current = summary(id);
          if ("CLOSED".equals(current.status())) {
            throw new ConflictException("case.closed", null, "case " + id + " is closed");
          }
          cases.assign(id, who);
          audit.append(
              actor,
              "risk.case.assign",
              "risk_case",
              Long.toString(id),
              AlertWriter.sha256(String.valueOf(current.assignee())),
              AlertWriter.sha256(who));
        });
    return summary(id);
  }

  /**
   * Records a disposition: a true or false positive closes the case, an escalation marks it for a
   * suspicious-transaction report (and can still be closed later with TP or FP).
   */
  public CaseSummary dispose(long id, String disposition, String note, String actor) {
    Disposition verdict = Disposition.parse(disposition);
    if (note != null && note.length() > NOTE_MAX) {
      throw new ValidationException("value.too_long", "note", "note is at most 4000 characters");
    }
    if (verdict == Disposition.ESCALATE && (note == null || note.isBlank())) {
      throw new ValidationException(
          "value.required", "note", "an escalation needs a note for the report");
    }
    String status = verdict == Disposition.ESCALATE ? "ESCALATED" : "CLOSED";
    tx.executeWithoutResult(
        s -> {
          CaseSummary current = summary(id);
          if ("CLOSED".equals(current.status())) {
            throw new ConflictException("case.closed", null, "case " + id + " is closed");
          }
          cases.dispose(id, verdict.name(), status, note);
          audit.append(
              actor,
              "risk.case.dispose",
              "risk_case",
              Long.toString(id),
              AlertWriter.sha256(current.status() + "|" + current.disposition()),
              AlertWriter.sha256(status + "|" + verdict + "|" + note));
        });
    return summary(id);
  }

  /** Every rule of the set in force with its alert volume and precision TP / (TP + FP). */
  public List<RuleStats> ruleStats() {
    Map<String, long[]> counts = cases.ruleCounts();
    List<RuleStats> stats = new ArrayList<>();
    for (Rule rule : risk.rules().rules()) {
      long[] c = counts.getOrDefault(rule.id(), new long[3]);
      stats.add(
          new RuleStats(
              rule.id(),
              rule.version(),
              rule.owner(),
              rule.action().name(),
              rule.weight(),
              rule.shadow(),
              rule.expression(),
              rule.reasonZh(),
              rule.reasonEn(),
              c[0],
              c[1],
              c[2],
              c[1] + c[2] == 0 ? null : (double) c[1] / (c[1] + c[2])));
    }
    return stats;
  }

  /**
   * A suspicious-transaction report draft for an escalated case: the subject, accounts,
   * transactions with amounts, typologies, reasons and the analyst's note, for the compliance
   * officer to complete and file.
   */
  public Map<String, Object> reportDraft(long id) {
    CaseDetail detail = detail(id);
    CaseSummary c = detail.caseInfo();
    if (!"ESCALATED".equals(c.status()) && !"ESCALATE".equals(c.disposition())) {
      throw new ConflictException(
          "case.not_escalated", null, "case " + id + " has not been escalated");
    }
    Set<String> accounts = new LinkedHashSet<>();
    Set<String> typologies = new LinkedHashSet<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    for (AlertRow alert : detail.alerts()) {
      accounts.add(alert.accountId());
      for (JsonNode pattern : alert.patterns()) {
        typologies.add(pattern.path("typology").asString());
        pattern.path("accounts").forEach(a -> accounts.add(a.asString()));
      }
      for (JsonNode rule : alert.rules()) {
        reasons.put(
            rule.path("id").asString(),
            rule.path("reasonZh").asString() + " / " + rule.path("reasonEn").asString());
      }
    }
    Map<String, java.math.BigDecimal> totals = new LinkedHashMap<>();
    for (CaseTransaction t : detail.transactions()) {
      totals.merge(t.currency(), t.amount(), java.math.BigDecimal::add);
    }
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("partyId", c.partyId());
    subject.put("name", c.partyName());
    subject.put("primaryAccount", c.accountId());
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("reportType", "STR_DRAFT");
    report.put("caseId", c.id());
    report.put("generatedAt", clock.instant().toString());
    report.put("status", c.status());
    report.put("subject", subject);
    report.put("accounts", List.copyOf(accounts));
    report.put("transactions", detail.transactions());
    report.put("totalAmount", totals);
    report.put("typologies", List.copyOf(typologies));
    report.put("reasons", reasons);
    report.put("alerts", detail.alerts().size());
    report.put("analyst", c.assignee());
    report.put("analystNote", c.note());
    report.put("period", period(detail.transactions()));
    return report;
  }

  private static Map<String, String> period(List<CaseTransaction> transactions) {
    Map<String, String> period = new LinkedHashMap<>();
    if (!transactions.isEmpty()) {
      period.put("from", transactions.get(0).timestamp());
      period.put("to", transactions.get(transactions.size() - 1).timestamp());
    }
    return period;
  }

  private static CaseTransaction transaction(TransactionPayload p) {
    return new CaseTransaction(
        p.id(),
        p.timestamp(),
        p.payer(),
        p.payee(),
        p.amount(),
        p.currency(),
        p.channel(),
        p.type());
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("case.not_found", "id", "no case with id '" + id + "'");
  }
}
