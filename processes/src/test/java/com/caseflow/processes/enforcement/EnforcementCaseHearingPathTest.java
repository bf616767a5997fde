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

/** 听证: request, organiser and notice period checks, hearing, report, changed or unchanged proposal. */
class EnforcementCaseHearingPathTest extends AbstractEnforcementCaseTest {

  ProcessInstance hearingRequested() {
    ProcessInstance pi = startEndReport();
    java.util.Map<String, Object> penalty = smallPenalty();
    penalty.put("fineAmount", 150000.0); // organisation >= 100,000: hearing right, not major
    proposePenalty(pi, penalty);
    complete(taskAt("Task_LegalReview", pi), withVariables("legalReviewDecision", "APPROVE"));
    approveAndNotify(pi);
    correlate("Message_HearingRequested", pi, withVariables("hearingRequestDate", TODAY));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_AppointHearingOrganiser");
    return pi;
  }

  static String inWorkingDays(int n) {
    return new com.caseflow.processes.support.TestDeadlines().workingDays(TODAY, n);
  }

  @Test
  void hearingChangesTheProposalWhichTheHeadApproves() {
    ProcessInstance pi = hearingRequested();
    // an investigator may not organise the hearing
    complete(taskAt("Task_AppointHearingOrganiser", pi), withVariables("hearingOrganiser", "officer1", "hearingDate", inWorkingDays(8)));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_AppointHearingOrganiser");
    // notice must reach the party at least 7 working days before
    complete(taskAt("Task_AppointHearingOrganiser", pi), withVariables("hearingOrganiser", "legal1", "hearingDate", inWorkingDays(6)));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_AppointHearingOrganiser");
    complete(taskAt("Task_AppointHearingOrganiser", pi), withVariables("hearingOrganiser", "legal1", "hearingDate", inWorkingDays(7)));
    BpmnAwareTests.assertThat(pi).hasPassed("Service_SendHearingNotice").isWaitingAt("Task_HoldHearing");
    complete(taskAt("Task_HoldHearing", pi), withVariables("hearingRecord", "笔录"));
    complete(taskAt("Task_WriteHearingReport", pi), withVariables("proposalChanged", true, "revisedFineAmount", 120000.0));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ApproveRevisedProposal");
    complete(taskAt("Task_ApproveRevisedProposal", pi), approve("approvalDecision"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_IssueDecision");
    assertThat(notifyParty.calls).containsExactly("PRIOR_NOTICE", "HEARING_NOTICE");
    assertThat(caseStage.stages).contains("HEARING");
  }

  @Test
  void hearingKeepsTheProposal() {
    ProcessInstance pi = hearingRequested();
    complete(taskAt("Task_AppointHearingOrganiser", pi), withVariables("hearingOrganiser", "legal1", "hearingDate", inWorkingDays(10)));
    complete(taskAt("Task_HoldHearing", pi), withVariables("hearingRecord", "笔录"));
    complete(taskAt("Task_WriteHearingReport", pi), withVariables("proposalChanged", false));
    BpmnAwareTests.assertThat(pi).hasPassed("End_HearingReported").hasNotPassed("Task_ApproveRevisedProposal")
        .isWaitingAt("Task_IssueDecision");
  }
}
