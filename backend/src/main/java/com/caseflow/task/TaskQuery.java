package com.caseflow.task;

import com.caseflow.common.Like;
import java.time.LocalDate;
import java.util.List;

/** A page of GET /api/tasks, already checked. Scope: mine (assignee), candidates (groups), agency. */
public record TaskQuery(
    String scope, String assignee, List<String> groups, List<String> agencyCodes, String processKey,
    String activityId, String campaign, LocalDate dueBefore, Boolean overdue, LocalDate today, String q, String uscc,
    String direction, int offset, int limit) {

  /**
   * Splits the text filter into [q, uscc]: an 18-character code is a USCC (exact match on its index); anything else
   * is a part of the case number or the party name.
   */
  public static String[] split(String text) {
    if (text == null) {
      return new String[] {null, null};
    }
    String uscc = com.caseflow.cases.Uscc.asSearched(text);
    return uscc != null ? new String[] {null, uscc} : new String[] {Like.escape(text), null};
  }

  /** One union leg: an agency of the scope, and for the candidates tab one of the caller's candidate keys. */
  public record Leg(String code, String group) {}

  /**
   * One union leg per agency, and for candidates per (agency, candidate key): each is one top-N range of its index.
   * "mine" needs a single leg (its index is by assignee).
   */
  public List<Leg> legs() {
    if ("mine".equals(scope)) {
      return List.of(new Leg("-", null));
    }
    if ("candidates".equals(scope)) {
      return agencyCodes.stream().flatMap(code -> groups.stream().map(g -> new Leg(code, g))).toList();
    }
    return agencyCodes.stream().map(code -> new Leg(code, null)).toList();
  }

  /** Whether any filter on cf_task's own columns applies (else counts read cf_task_candidate alone). */
  public boolean filtered() {
    return processKey != null || activityId != null || campaign != null || dueBefore != null || overdue != null
        || q != null || uscc != null;
  }

  /** Rows each leg must deliver so the merged page is exact. */
  public int window() {
    return offset + limit;
  }

  /** The candidates legs sort on cf_task_candidate's own columns, so its index gives the order. */
  public String sortTable() {
    return "candidates".equals(scope) ? "c" : "t";
  }

  public String sortId() {
    return "c".equals(sortTable()) ? "task_id" : "id";
  }
}
