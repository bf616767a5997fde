package com.caseflow.cases;

import java.math.BigDecimal;

/** Row of cf_case_product: a product or sample named in a case. */
public record Product(
    Long id, Long caseId, String name, String brand, String model, String batchNo, String standardCode,
    String reportNo, String nonConformingItems, String samplingPlace, BigDecimal goodsValue) {}
