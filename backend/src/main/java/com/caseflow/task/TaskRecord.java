package com.caseflow.task;

import java.time.Instant;
import java.time.LocalDate;

/** Row of cf_task, the task projection. */
public record TaskRecord(
    String id, String processInstanceId, String processDefinitionId, String processKey, String activityId, String name,
    String formKey, String assignee, String owner, String agencyCode, String agencyPath, String campaignCode,
    Long caseId, String caseNo, String partyName, String partyUscc, LocalDate dueDate, Instant createdAt) {}
