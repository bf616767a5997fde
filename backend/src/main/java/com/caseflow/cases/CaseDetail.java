package com.caseflow.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** GET /api/cases/{ref} (docs/API.md CaseDetail). */
public record CaseDetail(
    long id, long leadId, String caseNo, String partyName, String partyUscc, String campaignCode, String campaignName,
    String agencyCode, String agencyName, String stage, String source, Instant registeredAt, LocalDate filedAt,
    LocalDate due, boolean overdue, String procedure, String description,
    Party party, List<Product> products, List<Officer> officers, List<Deadline> deadlines, Penalty penalty,
    Map<String, Object> credit, Map<String, Object> recall, Map<String, Object> referral,
    List<Object> documents, List<Object> evidence, List<String> notifications, List<TimelineEntry> timeline,
    String processInstanceId, String processDefinitionId, List<String> activeActivityIds,
    List<String> passedActivityIds) {

  public record Party(String type, String name, String uscc, String idNo, String address) {}

  public record Officer(String username, String displayName) {}

  public record Deadline(String name, LocalDate due, boolean overdue) {}

  public record Penalty(String decisionNo, LocalDate decisionDate, BigDecimal fineAmount, BigDecimal confiscationValue,
      BigDecimal illegalGains, BigDecimal paidAmount, String discretionLevel, String caseResult) {}

  public record TimelineEntry(Instant time, String kind, String user, String userName, String activityId,
      String activityName, String message, String comment) {}
}
