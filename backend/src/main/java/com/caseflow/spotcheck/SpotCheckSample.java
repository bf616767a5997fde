package com.caseflow.spotcheck;

import java.time.Instant;
import java.time.LocalDate;

/** Row of cf_spot_check_sample: one sampled product batch and its test result. */
public record SpotCheckSample(
    Long id, Long batchId, int sourceRow, String campaignCode, String agencyCode, String enterpriseName,
    String enterpriseUscc, String productName, String brand, String productModel, String batchNo, String standardCode,
    String labName, String reportNo, String testResult, String nonConformingItems, String samplingPlace,
    LocalDate samplingDate, boolean violationShown, String processInstanceId, String importedBy, Instant importedAt) {

  public static final String CONFORMING = "CONFORMING";
  public static final String NON_CONFORMING = "NON_CONFORMING";

  public boolean nonConforming() {
    return NON_CONFORMING.equals(testResult);
  }
}
