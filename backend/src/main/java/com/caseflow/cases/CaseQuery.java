package com.caseflow.cases;

import java.time.LocalDate;

/** Filters of GET /api/cases, already checked; scope fields come from the caller. */
public record CaseQuery(
    String campaign, String stage, String agencyPath, String scopeAgency, String scopePath, String party,
    String caseNo, Boolean overdue, LocalDate today, LocalDate from, LocalDate toExclusive, String orderBy,
    int offset, int limit) {}
