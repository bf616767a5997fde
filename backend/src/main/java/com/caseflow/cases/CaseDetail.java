package com.caseflow.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/cases/{ref} (docs/API.md CaseDetail); {@code workingDaysLeft} to {@code due} on the statutory calendar
 * (negative when overdue, null without a due day or when its year is not loaded).
 */
public record CaseDetail(
    long id, long leadId, String caseNo, String partyName, String partyUscc, String partyIdNo, String campaignCode,
    String campaignName, String agencyCode, String agencyName, String stage, String source, Instant registeredAt,
    LocalDate filedAt, LocalDate due, boolean overdue, Integer workingDaysLeft, String procedure, String description,
    Party party, List<Product> products, List<Officer> officers, List<Deadline> deadlines, Penalty penalty,
    Credit credit, Recall recall, Referral referral,
    List<Object> documents, List<Object> evidence, List<String> notifications, List<TimelineEntry> timeline,
    String processInstanceId, String processDefinitionId, List<String> activeActivityIds,
    List<String> passedActivityIds) {

  /** {@code idNo} masked unless the caller handles the case ({@link PartyIdNo#fullFor}); {@code idNoMasked} says which. */
  public record Party(String type, String name, String uscc, String idNo, boolean idNoMasked, String address) {}

  public record Officer(String username, String displayName) {}

  /** An open task's due day; {@code workingDaysLeft} as on the case (null when the year is not loaded). */
  public record Deadline(String name, LocalDate due, boolean overdue, Integer workingDaysLeft) {}

  public record Penalty(String decisionNo, LocalDate decisionDate, BigDecimal fineAmount, BigDecimal confiscationValue,
      BigDecimal illegalGains, BigDecimal paidAmount, String discretionLevel, String caseResult) {}

  public record TimelineEntry(Instant time, String kind, String user, String userName, String activityId,
      String activityName, String message, String comment) {}

  /** A follow-up process instance of the case: {@code state} RUNNING|FINISHED, the steps it waits in now. */
  public record FollowUp(String processInstanceId, String processDefinitionId, String state, Instant startedAt,
      Instant endedAt, List<Step> currentSteps) {}

  /** A step the instance waits in; {@code incident} when its job failed for good (an administrator must retry it). */
  public record Step(String activityId, String name, boolean incident) {}

  /**
   * 信用公示: the publication row (cf_credit_publication) and the {@code credit-publication} instance.
   * {@code status} PENDING|PUBLISHED|ENDED as stored, FAILED while the publication job has an incident,
   * NOT_PUBLISHED when the instance ended without publishing (warning only, simplified procedure).
   */
  public record Credit(String status, String decisionNo, LocalDate decisionDate, LocalDate publicationDueDate,
      boolean overdue, LocalDate publishedDate, String publicationRecordId, String idempotencyKey, String penaltyKind,
      String publicationPeriod, String handlingOfficer, int attempts, String lastError, String endReason,
      Instant endedAt, FollowUp process) {}

  /** 缺陷产品召回: the {@code product-recall} instance started for this case and its variables (CONTRACT.md). */
  public record Recall(String productName, String defectSource, String defectDescription, String hazardLevel,
      String defectConclusion, boolean recallOrdered, String recallOrderNo, LocalDate recallOrderDate,
      LocalDate recallPlanDueDate, String recallPlanRef, LocalDate recallPlanPublishedDate,
      LocalDate summaryReportDueDate, String recallSummaryRef, BigDecimal recalledQuantity, String evaluationResult,
      String recallOutcome, FollowUp process) {}

  /**
   * 涉嫌犯罪案件移送: the latest {@code judicial-referral} instance of this case, {@code documentNo} the number of
   * the 涉嫌犯罪案件移送书 (CRIMINAL_REFERRAL document), {@code receivingAuthority} the public security organ.
   */
  public record Referral(String suspectedCrime, String referralDecision, String referralRejectionReason,
      String documentNo, String receivingAuthority, LocalDate transferDate, String transferReceiptNo,
      Boolean procuratorateCopied, Boolean policeAccepted, String policeDecisionNo, LocalDate policeDecisionDate,
      String reconsiderationDecision, String referralOutcome, int referrals, FollowUp process) {}
}
