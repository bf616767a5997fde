package com.caseflow.cases;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * External events of POST /api/cases/{ref}/events and the BPMN messages they are correlated as
 * (processes/CONTRACT.md), with the data each brings: field → type (string, number = an amount of money, count = a
 * whole number ≥ 0, boolean, date), required or optional. The data become process variables, so nothing else is
 * taken.
 */
public enum CaseEvent {
  DEFENCE_RECEIVED("Message_DefenceReceived", Map.of("defenceSummary", "string", "factsChanged", "boolean"), Map.of()),
  HEARING_REQUESTED("Message_HearingRequested", Map.of("hearingRequestDate", "date"), Map.of()),
  FINE_PAID("Message_FinePaid", Map.of("paidAmount", "number", "paidDate", "date"), Map.of()),
  RECTIFICATION_REPORT("Message_RectificationReported", Map.of(),
      Map.of("rectificationSummary", "string", "rectificationReportDate", "date")),
  RETEST_REQUESTED("Message_RetestRequested", Map.of(), Map.of("retestRequestDate", "date")),
  RECALL_PLAN_SUBMITTED("Message_RecallPlanSubmitted", Map.of(), Map.of("recallPlanRef", "string")),
  RECALL_SUMMARY_SUBMITTED("Message_RecallSummarySubmitted", Map.of(), Map.of("recallSummaryRef", "string")),
  RECALL_COMPLETED("Message_RecallCompleted", Map.of(), Map.of("recalledQuantity", "count")),
  DEFECT_CONFIRMED("Message_DefectConfirmed", Map.of(), Map.of("producerStatement", "string")),
  DEFECT_DENIED("Message_DefectDenied", Map.of(), Map.of("producerStatement", "string")),
  POLICE_DECISION("Message_PoliceDecision", Map.of("policeAccepted", "boolean"),
      Map.of("policeDecisionNo", "string", "policeDecisionDate", "date")),
  CREDIT_REPAIR_REQUESTED("Message_CreditRepairRequested", Map.of(),
      Map.of("repairRequestDate", "date", "repairReason", "string"));

  private final String message;
  private final Map<String, String> required;
  private final Map<String, String> fields;

  CaseEvent(String message, Map<String, String> required, Map<String, String> optional) {
    this.message = message;
    this.required = required;
    Map<String, String> all = new TreeMap<>(optional);
    all.putAll(required);
    this.fields = Collections.unmodifiableMap(all);
  }

  public String message() {
    return message;
  }

  /** The data the event must bring: field → type. */
  public Map<String, String> required() {
    return required;
  }

  /** All the data the event may bring, required and optional, by field name: field → type. */
  public Map<String, String> fields() {
    return fields;
  }
}
