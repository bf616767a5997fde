package com.caseflow.audit;

import java.time.Instant;

/** One row of the audit trail (cf_audit_log): who, when, what, which case, which task, old/new values. */
public record AuditEntry(
    Long id, Instant occurredAt, String userId, String action, Long caseId, String taskId,
    String entity, String entityId, String oldValue, String newValue, String detail) {

  public static AuditEntry of(String action, Long caseId, String taskId, String entity, String entityId) {
    return new AuditEntry(null, null, null, action, caseId, taskId, entity, entityId, null, null, null);
  }

  public AuditEntry withValues(String oldValue, String newValue) {
    return new AuditEntry(id, occurredAt, userId, action, caseId, taskId, entity, entityId, oldValue, newValue, detail);
  }

  public AuditEntry withDetail(String text) {
    return new AuditEntry(id, occurredAt, userId, action, caseId, taskId, entity, entityId, oldValue, newValue, text);
  }

  AuditEntry stamped(String user, Instant at) {
    return new AuditEntry(id, at, user, action, caseId, taskId, entity, entityId, oldValue, newValue, detail);
  }
}
