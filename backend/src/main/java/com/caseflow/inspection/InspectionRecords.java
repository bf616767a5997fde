package com.caseflow.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Rows and views of the random-inspection tables (columns in record order: MyBatis maps by position). */
public final class InspectionRecords {

  private InspectionRecords() {}

  public record Target(Long id, String targetType, String name, String uscc, String address, String agencyCode,
      String agencyPath) {}

  public record Inspector(String userId, String agencyCode, String agencyPath, String credentialNo,
      LocalDate validUntil, boolean active) {}

  public record Conflict(Long id, String inspectorId, Long targetId, String targetName, String reason,
      Instant createdAt, String createdBy) {}

  public record Plan(Long id, String campaignCode, String name, String targetType, String agencyCode,
      String agencyPath, BigDecimal samplePercent, Integer sampleCount, LocalDate periodStart, LocalDate periodEnd,
      String status, Instant createdAt, String createdBy, Instant drawnAt, String drawnBy, Instant publishedAt,
      String publishedBy) {}

  public record Draw(Long planId, long seed, String algorithm, String algorithmVersion, String logJson,
      Instant drawnAt, String drawnBy) {}

  public record Inspection(Long id, Long planId, int drawOrder, Long targetId, String targetName, String targetUscc,
      String targetType, String targetAgencyCode, String inspector1, String inspector2, String status,
      String processInstanceId, LocalDate inspectionDate, String inspectionResult, String findings, String photoRefs,
      Boolean problemFound, LocalDate rectificationDeadline, Boolean rectified, Long leadId, String publicResult,
      String publicSummary, LocalDate publishedDate) {}

  /** Figures per plan (the dashboard reuses them). */
  public record Figures(long planId, long drawn, long inspected, long problems, long leads, long rectificationOrdered,
      long rectified, long published) {}

  /** Mutable insert holder: MyBatis writes the generated id back. */
  public static class NewRow {
    public Long id;
  }
}
