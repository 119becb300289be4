package org.digifin.server.risk;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The shapes the case API answers with. */
public final class CaseRecords {

  private CaseRecords() {}

  /** A case as listed. */
  public record CaseSummary(
      long id,
      String subject,
      String partyId,
      String partyName,
      String accountId,
      String status,
      String assignee,
      String disposition,
      String note,
      long alerts,
      double maxScore,
      String worstAction,
      String openedAt,
      String updatedAt,
      String assignedAt,
      String disposedAt,
      String closedAt) {}

  /** An alert with its reasons and patterns. */
  public record AlertRow(
      long id,
      String transactionId,
      String accountId,
      String partyId,
      String action,
      double score,
      JsonNode rules,
      JsonNode patterns,
      String ruleSet,
      String timestamp,
      BigDecimal amount,
      String currency,
      String holdUntil,
      String createdAt,
      long caseId) {}

  /** A transaction taking part in a case. */
  public record CaseTransaction(
      String id,
      String timestamp,
      String payer,
      String payee,
      BigDecimal amount,
      String currency,
      String channel,
      String type) {}

  /** One event on a case's timeline. */
  public record TimelineEvent(String at, String kind, String detail) {}

  /** A case with everything an analyst needs. */
  public record CaseDetail(
      CaseSummary caseInfo,
      List<AlertRow> alerts,
      List<CaseTransaction> transactions,
      List<TimelineEvent> timeline) {}

  /** Per-rule alert volume and precision from dispositions. */
  public record RuleStats(
      String id,
      int version,
      String owner,
      String action,
      double weight,
      boolean shadow,
      String expression,
      String reasonZh,
      String reasonEn,
      long alerts,
      long truePositives,
      long falsePositives,
      Double precision) {}

  /** A body naming an assignee (null: the caller). */
  public record AssignRequest(String assignee) {}

  /** A disposition with the analyst's note. */
  public record DisposeRequest(String disposition, String note) {}
}
