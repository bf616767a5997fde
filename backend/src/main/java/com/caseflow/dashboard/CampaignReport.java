package com.caseflow.dashboard;

import java.util.List;

/**
 * A campaign's implementation report as sections of tables, rendered as xlsx (one sheet per section) and PDF.
 * Cells are String, Long, Integer or BigDecimal (numbers stay numbers in the sheet); null = empty.
 */
public record CampaignReport(String title, List<String[]> header, List<Section> sections) {

  public record Section(String name, List<String> columns, List<List<Object>> rows) {}
}
