package com.caseflow.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Row of cf_case: a lead from registration on, a case once filed (caseNo set). */
public record CaseRecord(
    Long id, String processInstanceId, String processDefinitionId, String campaignCode, String agencyCode,
    String agencyPath, String source, String procedureType, String stage, String partyType, String partyName,
    String partyUscc, String partyIdNo, String partyAddress, String description, LocalDate leadDate,
    Instant registeredAt, String registeredBy, String caseNo, LocalDate filedAt, LocalDate dueDate,
    String decisionNo, LocalDate decisionDate, BigDecimal fineAmount, BigDecimal confiscationValue,
    BigDecimal illegalGains, BigDecimal paidAmount, String discretionLevel, String caseResult, Instant closedAt,
    Long parentCaseId) {

  public CaseSummary summary() {
    return new CaseSummary(id, caseNo, agencyCode, campaignCode, stage, partyType, partyName, partyUscc,
        processInstanceId);
  }
}
