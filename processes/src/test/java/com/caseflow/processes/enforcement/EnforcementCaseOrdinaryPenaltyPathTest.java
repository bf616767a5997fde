package com.caseflow.processes.enforcement;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** 普通程序 with a small fine: no legal review, head approval, silence after prior notice, paid on time. */
class EnforcementCaseOrdinaryPenaltyPathTest extends AbstractEnforcementCaseTest {

  @Test
  void smallFinePaidOnTimeIsClosedAndArchived() {
    ProcessInstance pi = startEndReport();
    org.assertj.core.api.Assertions.assertThat(taskAt("Task_Investigate", pi)).isNull();
    org.assertj.core.api.Assertions.assertThat(businessKey(pi)).isEqualTo(CASE_NO);
    proposePenalty(pi, smallPenalty());
    assertThat(pi).hasPassed("Rule_PenaltyDiscretion", "Rule_CaseSeverity", "Rule_HearingEligibility")
        .hasNotPassed("Task_LegalReview")
        .variables().containsEntry("fineMin", 48000.0).containsEntry("fineMax", 72000.0)
        .containsEntry("discretionLevel", "ORDINARY").containsEntry("majorCase", false)
        .containsEntry("hearingRight", false).containsEntry("criminalReferralSuggested", false);
    assertThat(pi).isWaitingAt("Task_ApprovePenalty");
    assertThat(taskAt("Task_ApprovePenalty", pi)).hasCandidateGroup("agency-heads");
    approveAndNotify(pi);
    assertThat(pi).isWaitingAt("Gateway_AwaitResponse");
    execute(timerJob(pi, "Timer_ResponsePeriodExpired"));
    assertThat(pi).isWaitingAt("Task_IssueDecision");
    issueAndDeliverDecision(pi);
    assertThat(pi).isWaitingAt("Gateway_AwaitPayment", "CallActivity_CreditPublication")
        .hasPassed("End_NoRecall", "Gateway_CorrectionMerge");
    correlate("Message_FinePaid", pi, withVariables("paidAmount", 50000.0, "paidDate", TODAY));
    approveClosure(pi);
    assertThat(pi).hasPassed("Service_ArchiveCase", "End_CaseClosed")
        .isWaitingAt("CallActivity_CreditPublication"); // publication runs on after closure
    assertThat(called("credit-publication", pi)).variables().containsEntry("penaltyKind", "FINE")
        .containsEntry("decisionNo", "银市监罚字〔2025〕7号");
    org.assertj.core.api.Assertions.assertThat(caseStage.stages).containsExactly(
        "VERIFICATION", "FILING_APPROVAL", "INVESTIGATION", "APPROVAL", "PRIOR_NOTICE", "DECISION", "EXECUTION",
        "CLOSURE", "CLOSED");
    org.assertj.core.api.Assertions.assertThat(notifyParty.calls).containsExactly("PRIOR_NOTICE", "DECISION");
    complete(task(called("credit-publication", pi)));
    assertThat(pi).isEnded();
  }
}
