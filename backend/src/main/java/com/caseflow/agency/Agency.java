package com.caseflow.agency;

/** Row of cf_agency: one bureau in the tree 自治区厅 → 市局 → 县(区)局. */
public record Agency(String code, String parentCode, String name, String shortName, String level, String path, int sortOrder) {}
