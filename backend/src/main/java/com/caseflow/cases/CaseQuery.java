package com.caseflow.cases;

import java.time.LocalDate;
import java.util.List;

/** Filters of GET /api/cases, already checked; {@code agencyCodes} = the caller's scope ∩ the agency filter. */
public record CaseQuery(
    String campaign, String stage, List<String> agencyCodes, PartySearch.Filter party, String caseNo, Boolean overdue,
    LocalDate today, LocalDate from, LocalDate toExclusive, String innerOrder, String outerOrder, int offset,
    int limit) {

  public int window() {
    return offset + limit;
  }
}
