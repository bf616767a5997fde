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

/** Investigation: preservation, seizure with its extension, and the 90-day case limit with extensions. */
class EnforcementCaseInvestigationPathsTest extends AbstractEnforcementCaseTest {

  @Test
  void preservationDecisionReturnsToInvestigation() {
    ProcessInstance pi = startInvestigation();
    complete(taskAt("Task_Investigate", pi), withVariables("investigationStep", "PRESERVATION", "preservationDate", TODAY));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_DecidePreservedItems");
    BpmnAwareTests.assertThat(taskAt("Task_DecidePreservedItems", pi)).hasDueDate(java.sql.Date.valueOf(
        java.time.LocalDate.parse(new com.caseflow.processes.support.TestDeadlines().workingDays(TODAY, 7))));
    complete(taskAt("Task_DecidePreservedItems", pi), withVariables("preservationOutcome", "TESTING"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Investigate");
  }

  @Test
  void seizureNotApprovedReturnsToInvestigation() {
    ProcessInstance pi = startInvestigation();
    complete(taskAt("Task_Investigate", pi), withVariables("investigationStep", "SEIZURE", "seizureDate", TODAY));
    complete(taskAt("Task_ApproveSeizure", pi), withVariables("seizureDecision", "REJECT", "comment", "不必要"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Investigate");
  }

  @Test
  void seizureExtendedOnceBeforeItsThirtyDaysEnd() {
    ProcessInstance pi = startInvestigation();
    complete(taskAt("Task_Investigate", pi), withVariables("investigationStep", "SEIZURE", "seizureDate", TODAY));
    complete(taskAt("Task_ApproveSeizure", pi), approve("seizureDecision"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_HandleSeizure").variables()
        .containsEntry("seizureEndDate", new com.caseflow.processes.support.TestDeadlines().days(TODAY, 30));
    execute(timerJob(pi, "Timer_SeizureLimitWarning"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_HandleSeizure", "Task_ApproveSeizureExtension");
    complete(taskAt("Task_ApproveSeizureExtension", pi), approve("seizureExtensionDecision"));
    BpmnAwareTests.assertThat(pi).hasPassed("End_SeizureExtended").variables().containsEntry("seizureExtended", true);
    complete(taskAt("Task_HandleSeizure", pi), withVariables("seizureOutcome", "CONFISCATE"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Investigate");
  }

  @Test
  void seizureExtensionRejected() {
    ProcessInstance pi = startInvestigation();
    complete(taskAt("Task_Investigate", pi), withVariables("investigationStep", "SEIZURE", "seizureDate", TODAY));
    complete(taskAt("Task_ApproveSeizure", pi), approve("seizureDecision"));
    execute(timerJob(pi, "Timer_SeizureLimitWarning"));
    complete(taskAt("Task_ApproveSeizureExtension", pi), withVariables("seizureExtensionDecision", "REJECT", "comment", "无理由"));
    BpmnAwareTests.assertThat(pi).hasPassed("End_SeizureNotExtended").isWaitingAt("Task_HandleSeizure");
  }

  @Test
  void caseLimitWarningWithoutExtensionRequest() {
    ProcessInstance pi = startInvestigation();
    execute(timerJob(pi, "Timer_CaseLimitWarning"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Investigate", "Task_RequestCaseExtension");
    complete(taskAt("Task_RequestCaseExtension", pi), withVariables("caseExtensionRequested", false));
    BpmnAwareTests.assertThat(pi).hasPassed("End_NoCaseExtensionNeeded").isWaitingAt("Task_Investigate");
  }

  @Test
  void caseLimitExtendedByHeadThenSecondExtensionRejectedByCollectiveDiscussion() {
    ProcessInstance pi = startInvestigation();
    String deadline = (String) runtimeService().getVariable(pi.getId(), "caseDeadline");
    assertThat(deadline).isEqualTo(new com.caseflow.processes.support.TestDeadlines().days(TODAY, 90));
    execute(timerJob(pi, "Timer_CaseLimitWarning"));
    complete(taskAt("Task_RequestCaseExtension", pi), withVariables("caseExtensionRequested", true, "reason", "检验中"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ApproveCaseExtension");
    complete(taskAt("Task_ApproveCaseExtension", pi), withVariables("caseExtensionDecision", "APPROVE", "caseExtensionDays", 30));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Timer_ExtendedCaseLimitWarning").variables()
        .containsEntry("caseExtensions", 1L)
        .containsEntry("caseDeadline", new com.caseflow.processes.support.TestDeadlines().days(deadline, 30));
    execute(timerJob(pi, "Timer_ExtendedCaseLimitWarning"));
    complete(taskAt("Task_RequestCaseExtension", pi), withVariables("caseExtensionRequested", true, "reason", "案情复杂"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_DiscussCaseExtension");
    complete(taskAt("Task_DiscussCaseExtension", pi), withVariables("caseExtensionDecision", "REJECT", "comment", "尽快结案"));
    BpmnAwareTests.assertThat(pi).hasPassed("End_CaseExtensionRejected").isWaitingAt("Task_Investigate");
  }
}
