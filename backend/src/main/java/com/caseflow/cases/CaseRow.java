package com.caseflow.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the case list (docs/API.md CaseRow); {@code partyIdNo} is masked ({@link PartyIdNo#mask});
 * {@code workingDaysLeft} to {@code due} on the statutory calendar (negative when overdue, null without a due
 * day or when its year is not loaded), added by the service (the query selects NULL).
 */
public record CaseRow(
    long id, long leadId, String caseNo, String partyName, String partyUscc, String partyIdNo, String campaignCode, String campaignName,
    String agencyCode, String agencyName, String stage, String source, Instant registeredAt, LocalDate filedAt,
    LocalDate due, boolean overdue, Integer workingDaysLeft) {}
