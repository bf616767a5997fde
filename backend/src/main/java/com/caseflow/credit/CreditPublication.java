package com.caseflow.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Row of cf_credit_publication: one penalty decision to publish, keyed by its decision number. */
public record CreditPublication(
    Long id, String decisionNo, String caseNo, String processInstanceId, String agencyCode, String campaignCode,
    String handlingOfficer, String partyName, String partyUscc, String violationType, String penaltyKind,
    String penaltySummary, BigDecimal fineAmount, LocalDate decisionDate, LocalDate publicationDueDate, String status,
    int attempts, Instant lastAttemptAt, String lastError, String externalRecordId, LocalDate publishedDate,
    boolean overdue, Instant overdueFlaggedAt, String endReason, Instant endedAt, Instant createdAt) {

  public static final String PENDING = "PENDING";
  public static final String PUBLISHED = "PUBLISHED";
  public static final String ENDED = "ENDED";
}
