package com.caseflow.cases;

/** Where a lead came from (domain.md §2.1). */
public enum LeadSource {
  SPOT_CHECK, COMPLAINT, AD_MONITORING, INSPECTION, ONLINE_MONITORING, DEPARTMENT_REFERRAL, SUPERIOR_ASSIGNED
}
