package com.caseflow.processes.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/** After the decision: late payment, court enforcement, warning only, recall, correction order. */
class EnforcementCaseExecutionPathsTest extends AbstractEnforcementCaseTest {

  @Test
  void latePaymentComputesSurchargeBeforeClosure() {
    ProcessInstance pi = startExecution(smallPenalty());
    BpmnAwareTests.assertThat(pi).variables().containsEntry("paymentDueDate",
        new com.caseflow.processes.support.TestDeadlines().days(TODAY, 15));
    execute(timerJob(pi, "Timer_PaymentOverdue"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Gateway_AwaitLatePayment");
    correlate("Message_FinePaid", pi, withVariables("paidAmount", 50300.0, "paidDate", TODAY));
    BpmnAwareTests.assertThat(pi).hasPassed("Event_LateFinePaid", "Service_ComputeLateSurcharge")
        .isWaitingAt("Task_ApproveClosure").variables().containsEntry("lateSurcharge", 300.0);
  }

  @Test
  void unpaidAfterRemedyPeriodsGoesToCourtEnforcement() {
    ProcessInstance pi = startExecution(smallPenalty());
    execute(timerJob(pi, "Timer_PaymentOverdue"));
    execute(timerJob(pi, "Timer_RemedyPeriodsExpired"));
    BpmnAwareTests.assertThat(pi).hasPassed("Service_ComputeSurchargeForEnforcement").isWaitingAt("Task_ApplyCourtEnforcement");
    complete(taskAt("Task_ApplyCourtEnforcement", pi), withVariables("courtApplicationDate", TODAY));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ApproveClosure");
  }

  @Test
  void warningOnlyIsNeitherPaidNorPublished() {
    java.util.Map<String, Object> warning = smallPenalty();
    warning.put("fineAmount", 0.0);
    ProcessInstance pi = startExecution(warning);
    BpmnAwareTests.assertThat(pi).hasPassed("End_WarningNotPublished").isWaitingAt("Task_ApproveClosure");
    approveClosure(pi);
    BpmnAwareTests.assertThat(pi).isEnded();
  }

  @Test
  void defectiveProductRecallRunsOnItsOwnBranch() {
    java.util.Map<String, Object> penalty = smallPenalty();
    penalty.put("productDefective", true);
    ProcessInstance pi = startExecution(penalty);
    BpmnAwareTests.assertThat(pi).isWaitingAt("CallActivity_ProductRecall", "CallActivity_CreditPublication");
    assertThat(called("product-recall", pi).getBusinessKey()).isEqualTo(CASE_NO);
    correlate("Message_FinePaid", pi, withVariables("paidAmount", 50000.0, "paidDate", TODAY));
    approveClosure(pi);
    BpmnAwareTests.assertThat(pi).hasPassed("End_CaseClosed").isActive();
    complete(task(called("product-recall", pi)));
    complete(task(called("credit-publication", pi)));
    BpmnAwareTests.assertThat(pi).hasPassed("End_RecallDone", "End_CreditPublicationDone").isEnded();
  }

  @Test
  void correctionOrderRectifiedOnFollowUpInspection() {
    java.util.Map<String, Object> penalty = smallPenalty();
    penalty.put("correctionOrdered", true);
    penalty.put("correctionDeadline", new com.caseflow.processes.support.TestDeadlines().days(TODAY, 30));
    ProcessInstance pi = startExecution(penalty);
    correlate("Message_FinePaid", pi, withVariables("paidAmount", 50000.0, "paidDate", TODAY));
    execute(timerJob(pi, "Timer_CorrectionDeadline"));
    complete(taskAt("Task_FollowUpInspection", pi), withVariables("rectified", true));
    BpmnAwareTests.assertThat(pi).hasNotPassed("Service_OpenFollowUpLead").isWaitingAt("Task_ApproveClosure");
    assertThat(notifyParty.calls).contains("CORRECTION_ORDER");
  }

  @Test
  void correctionRefusedOpensAFollowUpLead() {
    java.util.Map<String, Object> penalty = smallPenalty();
    penalty.put("correctionOrdered", true);
    penalty.put("correctionDeadline", TODAY);
    ProcessInstance pi = startExecution(penalty);
    execute(timerJob(pi, "Timer_CorrectionDeadline"));
    complete(taskAt("Task_FollowUpInspection", pi), withVariables("rectified", false));
    BpmnAwareTests.assertThat(pi).hasPassed("Service_OpenFollowUpLead").isWaitingAt("Gateway_AwaitPayment");
    assertThat(openFollowUpLead.calls).hasSize(1);
  }
}
