package com.caseflow.spotcheck;

import java.time.Instant;

/** Row of cf_enterprise_flag, e.g. PRODUCTION_HALT: production may not resume until a quality officer lifts it. */
public record EnterpriseFlag(
    Long id, String uscc, String enterpriseName, String flagType, String status, String productName,
    String campaignCode, Long sampleId, String agencyCode, String sourceKey, Instant createdAt, String createdBy,
    Instant liftedAt, String liftedBy, String liftReason) {

  public static final String PRODUCTION_HALT = "PRODUCTION_HALT";
  public static final String ACTIVE = "ACTIVE";
  public static final String LIFTED = "LIFTED";
}
