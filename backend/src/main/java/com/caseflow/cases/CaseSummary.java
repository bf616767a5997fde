package com.caseflow.cases;

/** What other features need to know about a case. */
public record CaseSummary(
    long id, String caseNo, String agencyCode, String campaignCode, String stage, String partyType,
    String partyName, String partyUscc, String processInstanceId) {}
