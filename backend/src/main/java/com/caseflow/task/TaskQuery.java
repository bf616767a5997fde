package com.caseflow.task;

import java.time.LocalDate;
import java.util.List;

/** A page of GET /api/tasks, already checked. Scope: mine (assignee), candidates (groups), agency. */
public record TaskQuery(
    String scope, String assignee, List<String> groups, String scopeAgency, String scopePath, String processKey,
    String activityId, String campaign, LocalDate dueBefore, Boolean overdue, LocalDate today, String q,
    String direction, int offset, int limit) {

  /** The single-group candidates page sorts on cf_task_candidate's own columns, so its index gives the order. */
  public String sortTable() {
    return "candidates".equals(scope) && groups.size() == 1 ? "c" : "t";
  }

  public String sortId() {
    return "c".equals(sortTable()) ? "task_id" : "id";
  }
}
