package com.caseflow.campaign;

import java.time.LocalDate;

/** Row of cf_campaign: an enforcement campaign (专项行动). */
public record Campaign(
    String code, String name, String agencyCode, LocalDate startDate, LocalDate endDate, LocalDate reportDue,
    String focus, String sourceDoc) {}
