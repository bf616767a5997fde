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

/** End-report outcomes other than a penalty: no penalty, withdrawal, transfer, judicial referral. */
class EnforcementCaseEndReportPathsTest extends AbstractEnforcementCaseTest {

  @Test
  void noPenaltyFirstMinorViolationGoesToClosure() {
    ProcessInstance pi = startEndReport();
    complete(taskAt("Task_WriteEndReport", pi), withVariables("outcome", "NO_PENALTY", "noPenaltyReason", "FIRST_MINOR_CORRECTED"));
    BpmnAwareTests.assertThat(pi).hasPassed("End_NoPenalty").isWaitingAt("Task_ApproveClosure");
    approveClosure(pi);
    BpmnAwareTests.assertThat(pi).hasPassed("End_CaseClosed").isEnded();
  }

  @Test
  void withdrawnCaseClosureSentBackForMissingFileThenClosed() {
    ProcessInstance pi = startEndReport();
    complete(taskAt("Task_WriteEndReport", pi), withVariables("outcome", "WITHDRAW"));
    complete(taskAt("Task_ApproveClosure", pi), withVariables("closureDecision", "REJECT", "comment", "缺送达回证"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_CompleteCaseFile");
    complete(taskAt("Task_CompleteCaseFile", pi));
    approveClosure(pi);
    BpmnAwareTests.assertThat(pi).isEnded();
    assertThat(closeCase.calls).containsExactly("Service_ArchiveCase");
  }

  @Test
  void transferToAnotherAgency() {
    ProcessInstance pi = startEndReport();
    complete(taskAt("Task_WriteEndReport", pi), withVariables("outcome", "TRANSFER"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_TransferCase");
    complete(taskAt("Task_TransferCase", pi), withVariables("receivingAgency", "银川市卫生健康委员会"));
    BpmnAwareTests.assertThat(pi).hasPassed("End_Transferred").isWaitingAt("Task_ApproveClosure");
  }

  @Test
  void judicialReferralAcceptedEndsTheAdministrativeCaseAsReferred() {
    ProcessInstance pi = startInvestigation();
    complete(taskAt("Task_Investigate", pi), withVariables("investigationStep", "END",
        "offence", "COUNTERFEIT_SUBSTANDARD", "salesAmount", 50000.0, "unsoldGoodsValue", 0.0, "seriousHarm", false));
    BpmnAwareTests.assertThat(pi).variables().containsEntry("criminalReferralSuggested", true).containsEntry("criminalArticle", "140");
    complete(taskAt("Task_WriteEndReport", pi), withVariables("outcome", "JUDICIAL_REFERRAL"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("CallActivity_JudicialReferral");
    ProcessInstance referral = called("judicial-referral", pi);
    assertThat(referral.getBusinessKey()).isEqualTo(CASE_NO);
    BpmnAwareTests.assertThat(referral).variables().containsEntry("partyName", "宁夏某口罩有限公司");
    complete(task(referral), withVariables("referralOutcome", "ACCEPTED"));
    BpmnAwareTests.assertThat(pi).hasPassed("End_ReferralAccepted", "End_CaseReferred").isEnded();
    assertThat(caseStage.stages).endsWith("REFERRED");
  }

  @Test
  void judicialReferralNotAcceptedResumesAtTheEndReport() {
    ProcessInstance pi = startEndReport();
    complete(taskAt("Task_WriteEndReport", pi), withVariables("outcome", "JUDICIAL_REFERRAL"));
    complete(task(called("judicial-referral", pi)), withVariables("referralOutcome", "NOT_ACCEPTED"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_WriteEndReport");
  }

  @Test
  void judicialReferralRejectedByHeadResumesAtTheEndReport() {
    ProcessInstance pi = startEndReport();
    complete(taskAt("Task_WriteEndReport", pi), withVariables("outcome", "JUDICIAL_REFERRAL"));
    complete(task(called("judicial-referral", pi)), withVariables("referralOutcome", "REJECTED_BY_HEAD"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_WriteEndReport");
  }
}
