package com.caseflow.cases;

import java.math.BigDecimal;

/** Body of POST /api/leads, and what process beans pass to {@link LeadService#register}. */
public record LeadRequest(
    String campaignCode, String source, String partyName, String partyUscc, String partyType, String partyIdNo,
    String productName, String description, String brand, String model, String batchNo, String standardCode,
    String reportNo, String nonConformingItems, String samplingPlace, BigDecimal goodsValue, String procedure) {}
