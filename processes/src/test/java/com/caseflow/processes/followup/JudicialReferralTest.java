package com.caseflow.processes.followup;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.caseflow.processes.support.AbstractProcessTest;
import com.caseflow.processes.support.TestDeadlines;
import org.assertj.core.api.Assertions;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path through {@code judicial-referral} (涉嫌犯罪案件移送). */
@Deployment(resources = {
    "caseflow/bpmn/judicial-referral.bpmn",
    "caseflow/forms/referral-draft-report.form",
    "caseflow/forms/referral-head-decision.form",
    "caseflow/forms/referral-transfer-police.form",
    "caseflow/forms/referral-decide-reconsideration.form",
    "caseflow/forms/referral-send-reconsideration.form"})
class JudicialReferralTest extends AbstractProcessTest {

  static final String CASE_NO = "银川市监处罚〔2021〕42号";

  RecordingDelegate sendNotification;

  @BeforeEach
  void registerBeans() {
    sendNotification = new RecordingDelegate();
    Mocks.register("sendNotification", sendNotification);
  }

  ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("judicial-referral", CASE_NO, withVariables(
        "caseNo", CASE_NO, "agencyCode", "640100", "campaignCode", "MASK-2021",
        "partyName", "某口罩厂", "partyUscc", "91640100MA76XXXX1X"));
    assertThat(pi).isWaitingAt("Task_DraftReferralReport");
    assertThat(task(pi)).hasCandidateGroup("officers");
    complete(task(pi), withVariables("officer1", "zhang", "officer2", "li", "suspectedCrime", "CRIMINAL_LAW_140",
        "salesAmount", 80000.0, "crimeFacts", "销售不合格口罩货值8万元", "referralReportDate", "2021-09-17"));
    assertThat(pi).isWaitingAt("Task_DecideReferral");
    assertThat(task(pi)).hasCandidateGroup("agency-heads");
    Assertions.assertThat(task(pi).getDueDate()).isNotNull();
    return pi;
  }

  ProcessInstance approvedAndTransferred() {
    ProcessInstance pi = start();
    complete(task(pi), withVariables("referralDecision", "APPROVED"));
    assertThat(pi).isWaitingAt("Task_TransferToPolice");
    complete(task(pi), withVariables("policeOrgan", "银川市公安局", "transferDate", TestDeadlines.TODAY.toString(),
        "transferReceiptNo", "YC-001", "procuratorateCopied", true));
    assertThat(pi).isWaitingAt("Task_AwaitPoliceDecision");
    return pi;
  }

  void policeDecides(boolean accepted) {
    runtimeService().createMessageCorrelation("Message_PoliceDecision")
        .processInstanceBusinessKey(CASE_NO)
        .setVariables(Map.of("policeAccepted", accepted, "policeDecisionNo", "银公立〔2021〕7号"))
        .correlate();
  }

  @Test
  void rejectedByHead() {
    ProcessInstance pi = start();
    complete(task(pi), withVariables("referralDecision", "REJECTED", "referralRejectionReason", "未达追诉标准"));
    assertThat(pi).hasPassed("Event_RejectedByHead").isEnded()
        .variables().containsEntry("referralOutcome", "REJECTED_BY_HEAD");
  }

  @Test
  void approvedTransferredAndAcceptedByPolice() {
    ProcessInstance pi = approvedAndTransferred();
    policeDecides(true);
    assertThat(pi).hasPassed("Task_TransferToPolice", "Gateway_PoliceAccepted", "Event_ReferralAccepted").isEnded()
        .variables().containsEntry("referralOutcome", "ACCEPTED");
    Assertions.assertThat(sendNotification.calls()).isEmpty();
  }

  @Test
  void notAcceptedWithoutReconsideration() {
    ProcessInstance pi = approvedAndTransferred();
    policeDecides(false);
    assertThat(pi).isWaitingAt("Task_DecideReconsideration");
    assertThat(task(pi)).hasCandidateGroup("agency-heads");
    Assertions.assertThat(task(pi).getDueDate()).isNotNull();
    complete(task(pi), withVariables("reconsiderationDecision", "NO_REQUEST", "reconsiderationReason", "证据不足"));
    assertThat(pi).hasNotPassed("Task_SendReconsiderationRequest").hasPassed("Event_ReferralNotAccepted").isEnded()
        .variables().containsEntry("referralOutcome", "NOT_ACCEPTED");
  }

  @Test
  void notAcceptedWithReconsiderationRequest() {
    ProcessInstance pi = approvedAndTransferred();
    policeDecides(false);
    complete(task(pi), withVariables("reconsiderationDecision", "REQUEST", "reconsiderationReason", "销售金额已达标准"));
    assertThat(pi).isWaitingAt("Task_SendReconsiderationRequest");
    assertThat(task(pi)).hasCandidateGroup("officers");
    complete(task(pi), withVariables("reconsiderationDocNo", "复议-1", "reconsiderationRequestDate", TestDeadlines.TODAY.toString()));
    assertThat(pi).hasPassed("Task_SendReconsiderationRequest", "Event_ReferralNotAccepted").isEnded()
        .variables().containsEntry("referralOutcome", "NOT_ACCEPTED");
  }

  @Test
  void transferNotDoneWithin24HoursEscalatesToHead() {
    ProcessInstance pi = start();
    complete(task(pi), withVariables("referralDecision", "APPROVED"));
    Assertions.assertThat(task(pi).getDueDate()).isBetween(
        new java.util.Date(System.currentTimeMillis() + 23 * 3_600_000L), new java.util.Date(System.currentTimeMillis() + 25 * 3_600_000L));
    execute(job("Timer_TransferOverdue", pi));
    Assertions.assertThat(sendNotification.onlyCall().get("notificationType")).isEqualTo("REFERRAL_TRANSFER_OVERDUE");
    Assertions.assertThat(sendNotification.onlyCall().get("recipientGroup")).isEqualTo("agency-heads");
    assertThat(pi).hasPassed("Event_TransferEscalated").isWaitingAt("Task_TransferToPolice");
    complete(task(pi), withVariables("policeOrgan", "银川市公安局", "transferDate", TestDeadlines.TODAY.toString(),
        "transferReceiptNo", "YC-001", "procuratorateCopied", true));
    policeDecides(true);
    assertThat(pi).isEnded();
  }

  @Test
  void lateDecisionOfPoliceSendsReminderAndKeepsWaiting() {
    ProcessInstance pi = approvedAndTransferred();
    execute(job("Timer_PoliceDecisionLate", pi));
    Assertions.assertThat(sendNotification.onlyCall().get("notificationType")).isEqualTo("POLICE_DECISION_LATE");
    assertThat(pi).hasPassed("Event_PoliceReminderSent").isWaitingAt("Task_AwaitPoliceDecision");
    policeDecides(true);
    assertThat(pi).isEnded().variables().containsEntry("referralOutcome", "ACCEPTED");
  }
}
