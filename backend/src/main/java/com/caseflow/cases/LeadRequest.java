package com.caseflow.cases;

import java.math.BigDecimal;

/** Body of POST /api/leads, and what process beans pass to {@link LeadService#register}. */
public record LeadRequest(
    String campaignCode, String source, String partyName, String partyUscc, String partyType, String partyIdNo,
    String productName, String description, String brand, String model, String batchNo, String standardCode,
    String reportNo, String nonConformingItems, String samplingPlace, BigDecimal goodsValue, String procedure,
    String partyAddress) {

  /** A lead whose party's address is not known yet (found during verification). */
  public LeadRequest(String campaignCode, String source, String partyName, String partyUscc, String partyType,
      String partyIdNo, String productName, String description, String brand, String model, String batchNo,
      String standardCode, String reportNo, String nonConformingItems, String samplingPlace, BigDecimal goodsValue,
      String procedure) {
    this(campaignCode, source, partyName, partyUscc, partyType, partyIdNo, productName, description, brand, model,
        batchNo, standardCode, reportNo, nonConformingItems, samplingPlace, goodsValue, procedure, null);
  }
}
