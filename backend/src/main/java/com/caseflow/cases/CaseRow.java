package com.caseflow.cases;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the case list (docs/API.md CaseRow); {@code partyIdNo} is masked ({@link PartyIdNo#mask}). */
public record CaseRow(
    long id, long leadId, String caseNo, String partyName, String partyUscc, String partyIdNo, String campaignCode, String campaignName,
    String agencyCode, String agencyName, String stage, String source, Instant registeredAt, LocalDate filedAt,
    LocalDate due, boolean overdue) {}
