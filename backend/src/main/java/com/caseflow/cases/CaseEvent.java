package com.caseflow.cases;

import java.util.Map;

/**
 * External events of POST /api/cases/{ref}/events and the BPMN messages they are correlated as
 * (processes/CONTRACT.md), with the data each must bring: field → type (string, number, boolean, date).
 */
public enum CaseEvent {
  DEFENCE_RECEIVED("Message_DefenceReceived", Map.of("defenceSummary", "string", "factsChanged", "boolean")),
  HEARING_REQUESTED("Message_HearingRequested", Map.of("hearingRequestDate", "date")),
  FINE_PAID("Message_FinePaid", Map.of("paidAmount", "number", "paidDate", "date")),
  RECTIFICATION_REPORT("Message_RectificationReported", Map.of()),
  RETEST_REQUESTED("Message_RetestRequested", Map.of()),
  RECALL_PLAN_SUBMITTED("Message_RecallPlanSubmitted", Map.of()),
  RECALL_SUMMARY_SUBMITTED("Message_RecallSummarySubmitted", Map.of()),
  RECALL_COMPLETED("Message_RecallCompleted", Map.of()),
  DEFECT_CONFIRMED("Message_DefectConfirmed", Map.of()),
  DEFECT_DENIED("Message_DefectDenied", Map.of()),
  POLICE_DECISION("Message_PoliceDecision", Map.of("policeAccepted", "boolean")),
  CREDIT_REPAIR_REQUESTED("Message_CreditRepairRequested", Map.of());

  private final String message;
  private final Map<String, String> required;

  CaseEvent(String message, Map<String, String> required) {
    this.message = message;
    this.required = required;
  }

  public String message() {
    return message;
  }

  public Map<String, String> required() {
    return required;
  }
}
