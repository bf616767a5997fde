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

/** Legal review, collective discussion for major cases, approval send-back/revise, defence. */
class EnforcementCaseReviewAndApprovalPathsTest extends AbstractEnforcementCaseTest {

  static java.util.Map<String, Object> majorPenalty() {
    java.util.Map<String, Object> vars = smallPenalty();
    vars.put("fineAmount", 600000.0);
    return vars;
  }

  @Test
  void majorCaseLegalReviewSentBackThenCollectiveDiscussionAndSilenceAfterNotice() {
    ProcessInstance pi = startEndReport();
    proposePenalty(pi, majorPenalty());
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_LegalReview").variables()
        .containsEntry("majorCase", true).containsEntry("hearingRight", true);
    BpmnAwareTests.assertThat(taskAt("Task_LegalReview", pi)).hasCandidateGroup("legal-reviewers");
    complete(taskAt("Task_LegalReview", pi), withVariables("legalReviewDecision", "SEND_BACK", "comment", "货值证据不足"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Investigate");
    complete(taskAt("Task_Investigate", pi), investigationFacts());
    proposePenalty(pi, majorPenalty());
    complete(taskAt("Task_LegalReview", pi), withVariables("legalReviewDecision", "APPROVE"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_CollectiveDiscussion");
    complete(taskAt("Task_CollectiveDiscussion", pi), approve("approvalDecision"));
    complete(taskAt("Task_RecordPriorNoticeDelivery", pi), withVariables("priorNoticeDeliveryDate", TODAY));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Gateway_AwaitResponseWithHearing");
    execute(timerJob(pi, "Timer_ResponsePeriodExpiredWithHearing"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_IssueDecision");
    assertThat(caseStage.stages).contains("LEGAL_REVIEW", "APPROVAL", "PRIOR_NOTICE", "DECISION");
  }

  @Test
  void complexCaseReviewedThenHeadSendsBackThenAsksForRevision() {
    ProcessInstance pi = startEndReport();
    java.util.Map<String, Object> complex = smallPenalty();
    complex.put("complexCase", true);
    proposePenalty(pi, complex);
    complete(taskAt("Task_LegalReview", pi), withVariables("legalReviewDecision", "APPROVE"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ApprovePenalty");
    complete(taskAt("Task_ApprovePenalty", pi), withVariables("approvalDecision", "REVISE", "comment", "罚款过高"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ProposePenalty");
    complete(taskAt("Task_ProposePenalty", pi), smallPenalty());
    complete(taskAt("Task_ApprovePenalty", pi), withVariables("approvalDecision", "SEND_BACK", "comment", "补充调查"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Investigate");
  }

  @Test
  void defenceWithChangedFactsGoesBackToInvestigation() {
    ProcessInstance pi = startEndReport();
    proposePenalty(pi, smallPenalty());
    approveAndNotify(pi);
    correlate("Message_DefenceReceived", pi, withVariables("defenceSummary", "货值计算有误", "factsChanged", true));
    BpmnAwareTests.assertThat(pi).hasPassed("Event_DefenceReceivedNoHearing").isWaitingAt("Task_ReviewDefence");
    complete(taskAt("Task_ReviewDefence", pi), withVariables("defenceOutcome", "REINVESTIGATE"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Investigate");
  }

  @Test
  void defenceAcceptedLeadsToNewProposal() {
    ProcessInstance pi = startEndReport();
    proposePenalty(pi, smallPenalty());
    approveAndNotify(pi);
    correlate("Message_DefenceReceived", pi, withVariables("defenceSummary", "初次违法", "factsChanged", false));
    complete(taskAt("Task_ReviewDefence", pi), withVariables("defenceOutcome", "REVISE"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ProposePenalty");
  }

  @Test
  void defenceRejectedWhenHearingWasPossibleLeadsToDecision() {
    ProcessInstance pi = startEndReport();
    proposePenalty(pi, majorPenalty());
    complete(taskAt("Task_LegalReview", pi), withVariables("legalReviewDecision", "APPROVE"));
    complete(taskAt("Task_CollectiveDiscussion", pi), approve("approvalDecision"));
    complete(taskAt("Task_RecordPriorNoticeDelivery", pi), withVariables("priorNoticeDeliveryDate", TODAY));
    correlate("Message_DefenceReceived", pi, withVariables("defenceSummary", "无新事实", "factsChanged", false));
    BpmnAwareTests.assertThat(pi).hasPassed("Event_DefenceReceived");
    complete(taskAt("Task_ReviewDefence", pi), withVariables("defenceOutcome", "KEEP"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_IssueDecision");
  }
}
