package com.caseflow.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the task list (docs/API.md TaskRow); {@code partyIdNo} masked; {@code formId} only on
 * GET /api/tasks/{id}.
 */
public record TaskRow(
    String id, String name, String activityId, String processKey, String processName, Long caseId, String caseNo,
    Long leadId, String partyName, String partyUscc, String partyIdNo, String campaignCode, String campaignName, String agencyCode,
    String assignee, String assigneeName, Instant created, LocalDate due, Integer workingDaysLeft, boolean overdue,
    @JsonInclude(JsonInclude.Include.NON_NULL) String formId) {}
