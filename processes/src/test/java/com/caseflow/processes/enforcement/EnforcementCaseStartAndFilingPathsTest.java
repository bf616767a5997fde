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

/** Start (API or message), simplified procedure, verification with its extension, not filed, officers. */
class EnforcementCaseStartAndFilingPathsTest extends AbstractEnforcementCaseTest {

  @Test
  void simplifiedProcedureWarningIsDecidedOnTheSpotAndClosed() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "lead-1", lead("SIMPLIFIED"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_OnTheSpotPenalty");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("officers");
    complete(task(pi), withVariables("penaltyType", "WARNING", "fineAmount", 0.0));
    BpmnAwareTests.assertThat(pi).hasPassed("Service_RecordSimplifiedDecision", "Service_CloseSimplifiedCase")
        .isEnded();
    assertThat(caseStage.stages).containsExactly("SIMPLIFIED", "CLOSED");
  }

  @Test
  void simplifiedProcedureFineAboveLimitSwitchesToOrdinaryProcedure() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "lead-2", lead("SIMPLIFIED"));
    complete(task(pi), withVariables("penaltyType", "FINE", "fineAmount", 3000.01));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_VerifyLead").variables().containsEntry("procedure", "ORDINARY");
  }

  @Test
  void simplifiedProcedureOrganisationFineAtLimitIsAllowed() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "lead-3", lead("SIMPLIFIED"));
    complete(task(pi), withVariables("penaltyType", "FINE", "fineAmount", 3000.0));
    BpmnAwareTests.assertThat(pi).isEnded();
  }

  @Test
  void leadOpenedByMessageStartsVerification() {
    ProcessInstance pi = runtimeService().createMessageCorrelation("Message_LeadOpened")
        .processInstanceBusinessKey("lead-4").setVariables(lead("ORDINARY")).correlateStartMessage();
    BpmnAwareTests.assertThat(pi).hasPassed("Event_LeadOpened").isWaitingAt("Task_VerifyLead");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("officers").hasDueDate(
        java.sql.Date.valueOf(java.time.LocalDate.parse(new com.caseflow.processes.support.TestDeadlines().workingDays(TODAY, 15))));
  }

  @Test
  void notFiledPathEndsAfterHeadApproval() {
    ProcessInstance pi = startOrdinary();
    complete(task(pi), withVariables("verificationResult", "NOT_FILE", "notFiledReason", "NO_VIOLATION"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ApproveFiling");
    complete(task(pi), approve("filingDecision"));
    BpmnAwareTests.assertThat(pi).hasPassed("Service_CloseNotFiledLead", "End_NotFiled").isEnded();
    assertThat(caseStage.stages).containsExactly("VERIFICATION", "FILING_APPROVAL", "NOT_FILED");
  }

  @Test
  void verificationExtendedOnceThenExtensionUsedUpThenFilingSentBackThenFiled() {
    ProcessInstance pi = startOrdinary();
    complete(task(pi), withVariables("verificationResult", "EXTEND"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ApproveVerificationExtension");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("agency-heads");
    complete(task(pi), approve("extensionDecision"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_VerifyLead").variables().containsEntry("verificationExtended", true);
    BpmnAwareTests.assertThat(task(pi)).hasDueDate(java.sql.Date.valueOf(java.time.LocalDate.parse(
        new com.caseflow.processes.support.TestDeadlines().workingDays(TODAY, 30))));
    complete(task(pi), withVariables("verificationResult", "EXTEND"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_VerifyLead");
    complete(task(pi), withVariables("verificationResult", "FILE"));
    complete(task(pi), withVariables("filingDecision", "REJECT", "comment", "证据不足"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_VerifyLead");
    complete(task(pi), withVariables("verificationResult", "FILE"));
    complete(task(pi), approve("filingDecision"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_AssignOfficers");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("unit-heads");
  }

  @Test
  void verificationExtensionRejectedReturnsToVerification() {
    ProcessInstance pi = startOrdinary();
    complete(task(pi), withVariables("verificationResult", "EXTEND"));
    complete(task(pi), withVariables("extensionDecision", "REJECT", "comment", "无需延长"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_VerifyLead")
        .variables().containsEntry("verificationExtended", false);
  }

  @Test
  void officersMustBeTwoDifferentPeople() {
    ProcessInstance pi = startOrdinary();
    complete(task(pi), withVariables("verificationResult", "FILE"));
    complete(task(pi), approve("filingDecision"));
    complete(task(pi), withVariables("leadOfficer", "officer1", "secondOfficer", "officer1"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_AssignOfficers");
    complete(task(pi), withVariables("leadOfficer", "officer1", "secondOfficer", "officer2"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Investigate").variables()
        .containsEntry("caseNo", CASE_NO).containsKey("caseDeadline");
    assertThat(businessKey(pi)).isEqualTo(CASE_NO);
  }
}
