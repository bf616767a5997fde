package com.caseflow.task;

import java.util.List;
import java.util.Map;

/** The decision a completion carries (审批意见): a `…Decision` field, else the step's outcome field. */
final class TaskDecision {

  private static final List<String> OUTCOME_KEYS =
      List.of("verificationResult", "outcome", "defenceOutcome", "investigationStep", "caseExtensionRequested");

  private TaskDecision() {}

  static String of(Map<String, Object> variables) {
    for (Map.Entry<String, Object> e : variables.entrySet()) {
      if ((e.getKey().endsWith("Decision") || e.getKey().equals("decision")) && e.getValue() != null) {
        return truncate(e.getValue().toString());
      }
    }
    for (String key : OUTCOME_KEYS) {
      if (variables.get(key) != null) {
        return truncate(variables.get(key).toString());
      }
    }
    return null;
  }

  private static String truncate(String s) {
    return s.length() > 64 ? s.substring(0, 64) : s;
  }
}
