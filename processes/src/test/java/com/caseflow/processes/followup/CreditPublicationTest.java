package com.caseflow.processes.followup;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.caseflow.processes.support.AbstractProcessTest;
import com.caseflow.processes.support.TestDeadlines;
import java.time.ZoneId;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every path through {@code credit-publication} (行政处罚信息公示) and the rows of its period DMN. */
@Deployment(resources = {
    "caseflow/bpmn/credit-publication.bpmn",
    "caseflow/dmn/credit-publication-period.dmn",
    "caseflow/forms/credit-enter-record.form",
    "caseflow/forms/credit-check-record.form",
    "caseflow/forms/credit-review-repair.form"})
class CreditPublicationTest extends AbstractProcessTest {

  static final String CASE_NO = "银川市监处罚〔2021〕43号";
  static final String DECISION_DATE = TestDeadlines.TODAY.toString();

  RecordingDelegate publishCreditRecord;
  RecordingDelegate endCreditPublication;
  RecordingDelegate flagCreditOverdue;
  RecordingDelegate sendNotification;

  @BeforeEach
  void registerBeans() {
    publishCreditRecord = new RecordingDelegate(execution -> {
      execution.setVariable("publishedDate", TestDeadlines.TODAY.toString());
      execution.setVariable("publicationRecordId", "GSXT-" + execution.getVariable("decisionNo"));
    });
    endCreditPublication = new RecordingDelegate();
    flagCreditOverdue = new RecordingDelegate();
    sendNotification = new RecordingDelegate();
    Mocks.register("publishCreditRecord", publishCreditRecord);
    Mocks.register("endCreditPublication", endCreditPublication);
    Mocks.register("flagCreditOverdue", flagCreditOverdue);
    Mocks.register("sendNotification", sendNotification);
  }

  ProcessInstance start(String penaltyKind, Double fineAmount, String procedure) {
    Map<String, Object> vars = withVariables(
        "caseNo", CASE_NO, "decisionNo", "银市监罚字〔2021〕43号", "decisionDate", DECISION_DATE,
        "partyName", "某口罩厂", "partyUscc", "91640100MA76XXXX1X", "penaltyKind", penaltyKind,
        "fineAmount", fineAmount, "handlingOfficer", "wang", "agencyCode", "640100", "campaignCode", "MASK-2021");
    if (procedure != null) {
      vars.put("procedure", procedure);
    }
    return runtimeService().startProcessInstanceByKey("credit-publication", CASE_NO, vars);
  }

  /** Starts a publishable case and walks it to the officer's entry task. */
  ProcessInstance startPublishable(String penaltyKind, Double fineAmount) {
    ProcessInstance pi = start(penaltyKind, fineAmount, "ORDINARY");
    assertThat(pi).hasPassed("Task_DeterminePublicationPeriod").isWaitingAt("Task_EnterPublicationRecord");
    assertThat(task(pi)).hasCandidateUser("wang");
    String due = new TestDeadlines().workingDays(DECISION_DATE, 20);
    Assertions.assertThat(task(pi).getDueDate()).isEqualTo(java.sql.Date.valueOf(due));
    assertThat(pi).variables().containsEntry("publicationDueDate", due);
    return pi;
  }

  void enterRecord(ProcessInstance pi) {
    complete(task(pi), withVariables("violationType", "销售不合格口罩", "penaltySummary", "罚款并没收",
        "redactedDocumentRef", "DOC-1", "redactionConfirmed", true));
    assertThat(pi).isWaitingAt("Task_CheckPublicationRecord");
    assertThat(task(pi)).hasCandidateGroup("credit-officers");
  }

  ProcessInstance published(String penaltyKind, Double fineAmount) {
    ProcessInstance pi = startPublishable(penaltyKind, fineAmount);
    enterRecord(pi);
    complete(task(pi), withVariables("creditCheckDecision", "APPROVED"));
    assertThat(pi).isWaitingAt("Task_PublishCreditRecord");
    execute(job("Task_PublishCreditRecord", pi));
    assertThat(pi).hasPassed("Event_Published").isWaitingAt("Timer_PublicationPeriodElapsed");
    Assertions.assertThat(publishCreditRecord.onlyCall().get("decisionNo")).isEqualTo("银市监罚字〔2021〕43号");
    return pi;
  }

  void requestRepair() {
    runtimeService().createMessageCorrelation("Message_CreditRepairRequested")
        .processInstanceBusinessKey(CASE_NO)
        .setVariables(Map.of("repairRequestDate", TestDeadlines.TODAY.toString(), "repairReason", "已缴纳罚款并整改"))
        .correlate();
  }

  @Test
  void warningOnlyIsNotPublished() {
    ProcessInstance pi = start("WARNING_ONLY", null, "ORDINARY");
    assertThat(pi).hasPassed("Event_NotPublished").hasNotPassed("Task_DeterminePublicationPeriod").isEnded();
  }

  @Test
  void simplifiedProcedureIsNotPublished() {
    ProcessInstance pi = start("FINE", 200.0, "SIMPLIFIED");
    assertThat(pi).hasPassed("Event_NotPublished").isEnded();
  }

  @Test
  void penaltyWithoutKindIsPublishedForTheLongerPeriod() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("credit-publication", CASE_NO, withVariables(
        "caseNo", CASE_NO, "decisionNo", "银市监罚字〔2021〕43号", "decisionDate", DECISION_DATE,
        "partyName", "某口罩厂", "handlingOfficer", "wang"));
    assertThat(pi).isWaitingAt("Task_EnterPublicationRecord").variables().containsEntry("publicationPeriod", "P3Y");
  }

  @Test
  void enforcementCaseLeadOfficerEntersTheRecordWhenNoHandlingOfficerIsPassed() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("credit-publication", CASE_NO, withVariables(
        "caseNo", CASE_NO, "decisionNo", "银市监罚字〔2021〕43号", "decisionDate", DECISION_DATE,
        "penaltyKind", "FINE", "fineAmount", 80_000.0, "leadOfficer", "zhao", "secondOfficer", "qian"));
    assertThat(task(pi)).hasCandidateUser("zhao");
  }

  @Test
  void heavyPenaltyIsPublishedForThreeYearsThenEnds() {
    ProcessInstance pi = published("FINE", 200_000.0);
    assertThat(pi).variables().containsEntry("publicationPeriod", "P3Y").containsEntry("publishedDate", TestDeadlines.TODAY.toString());
    Job periodEnd = job("Timer_PublicationPeriodElapsed", pi);
    Assertions.assertThat(periodEnd.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
        .isEqualTo(TestDeadlines.TODAY.plusYears(3));
    execute(periodEnd);
    execute(job("Task_EndCreditPublication", pi));
    assertThat(pi).hasPassed("Event_PublicationEnded").isEnded();
    Assertions.assertThat(endCreditPublication.onlyCall().get("publicationEndReason")).isEqualTo("PERIOD_ELAPSED");
    Assertions.assertThat(flagCreditOverdue.calls()).isEmpty();
  }

  @Test
  void lowFineIsPublishedForThreeMonths() {
    ProcessInstance pi = published("FINE", 5_000.0);
    assertThat(pi).variables().containsEntry("publicationPeriod", "P3M");
    Job periodEnd = job("Timer_PublicationPeriodElapsed", pi);
    Assertions.assertThat(periodEnd.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
        .isEqualTo(TestDeadlines.TODAY.plusMonths(3));
    execute(periodEnd);
    execute(job("Task_EndCreditPublication", pi));
    assertThat(pi).isEnded();
  }

  @Test
  void recordSentBackThenCorrectedAndPublished() {
    ProcessInstance pi = startPublishable("CONFISCATION", 0.0);
    enterRecord(pi);
    complete(task(pi), withVariables("creditCheckDecision", "SENT_BACK", "creditCheckComment", "未删除身份证号码"));
    assertThat(pi).isWaitingAt("Task_EnterPublicationRecord");
    assertThat(task(pi)).hasCandidateUser("wang");
    enterRecord(pi);
    complete(task(pi), withVariables("creditCheckDecision", "APPROVED"));
    execute(job("Task_PublishCreditRecord", pi));
    assertThat(pi).isWaitingAt("Timer_PublicationPeriodElapsed");
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Task_EnterPublicationRecord").count()).isEqualTo(2);
  }

  @Test
  void managersWarnedBeforeDueDateAndOverdueFlaggedAfterIt() {
    ProcessInstance pi = startPublishable("FINE", 50_000.0);
    Job warning = job("Timer_PublicationDueSoon", pi);
    String warnDay = new TestDeadlines().workingDaysBefore(new TestDeadlines().workingDays(DECISION_DATE, 20), 3);
    Assertions.assertThat(warning.getDuedate()).isEqualTo(java.sql.Date.valueOf(warnDay));
    execute(warning);
    Assertions.assertThat(sendNotification.onlyCall().get("notificationType")).isEqualTo("CREDIT_PUBLICATION_DUE_SOON");
    Assertions.assertThat(sendNotification.onlyCall().get("recipientGroup")).isEqualTo("managers");
    assertThat(pi).hasPassed("Event_DueSoonWarningSent").isWaitingAt("Task_EnterPublicationRecord");

    execute(job("Timer_PublicationOverdue", pi));
    Assertions.assertThat(flagCreditOverdue.onlyCall().get("caseNo")).isEqualTo(CASE_NO);
    assertThat(pi).hasPassed("Event_OverdueFlagged").isWaitingAt("Task_EnterPublicationRecord");

    // publishing late still publishes; the timers are gone once the record is out
    enterRecord(pi);
    complete(task(pi), withVariables("creditCheckDecision", "APPROVED"));
    execute(job("Task_PublishCreditRecord", pi));
    assertThat(pi).isWaitingAt("Timer_PublicationPeriodElapsed");
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
  }

  @Test
  void creditRepairApprovedEndsPublicationEarly() {
    ProcessInstance pi = published("FINE", 200_000.0);
    requestRepair();
    assertThat(pi).isWaitingAt("Task_ReviewCreditRepair", "Timer_PublicationPeriodElapsed");
    assertThat(task(pi)).hasCandidateGroup("credit-officers");
    complete(task(pi), withVariables("repairDecision", "APPROVED", "repairReviewComment", "已履行并整改，满最短公示期"));
    execute(job("Task_EndCreditPublicationEarly", pi));
    assertThat(pi).hasPassed("Event_PublicationEndedEarly").hasNotPassed("Task_EndCreditPublication").isEnded();
    Assertions.assertThat(endCreditPublication.onlyCall().get("publicationEndReason")).isEqualTo("CREDIT_REPAIR");
  }

  @Test
  void creditRepairRejectedKeepsPublishingUntilPeriodEnds() {
    ProcessInstance pi = published("FINE", 200_000.0);
    requestRepair();
    complete(task(pi), withVariables("repairDecision", "REJECTED", "repairReviewComment", "罚款未缴清"));
    assertThat(pi).hasPassed("Event_RepairRejected").isWaitingAt("Timer_PublicationPeriodElapsed");
    execute(job("Timer_PublicationPeriodElapsed", pi));
    execute(job("Task_EndCreditPublication", pi));
    assertThat(pi).hasPassed("Event_PublicationEnded").isEnded();
  }

  @Test
  void publishingFailuresAreRetriedFiveTimesThenRaiseAnIncident() {
    Mocks.register("publishCreditRecord", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
      throw new IllegalStateException("公示系统不可用");
    });
    ProcessInstance pi = startPublishable("FINE", 200_000.0);
    enterRecord(pi);
    complete(task(pi), withVariables("creditCheckDecision", "APPROVED"));
    Job publish = job("Task_PublishCreditRecord", pi);
    int expectedRetries = 4;
    while (true) {
      String jobId = publish.getId();
      Assertions.assertThatThrownBy(() -> managementService().executeJob(jobId)).hasMessageContaining("公示系统不可用");
      publish = managementService().createJobQuery().jobId(jobId).singleResult();
      Assertions.assertThat(publish.getRetries()).isEqualTo(expectedRetries);
      if (expectedRetries > 0) { // back-off: the next try is due 5 minutes later
        Assertions.assertThat(publish.getDuedate()).isAfter(new java.util.Date(System.currentTimeMillis() + 4 * 60_000));
      }
      if (expectedRetries == 0) {
        break;
      }
      expectedRetries--;
    }
    Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
    assertThat(pi).isWaitingAt("Task_PublishCreditRecord");

    // the adapter is back: the operator sets retries and the record goes out
    Mocks.register("publishCreditRecord", publishCreditRecord);
    managementService().setJobRetries(publish.getId(), 1);
    execute(job("Task_PublishCreditRecord", pi));
    assertThat(pi).isWaitingAt("Timer_PublicationPeriodElapsed");
  }

  @ParameterizedTest(name = "{0} {1} yuan -> {2}")
  @CsvSource(nullValues = "null", value = {
      "CRITICISM, null, P3M",
      "FINE, 30000, P3M",
      "FINE, 30000.01, P3Y",
      "FINE, 500, P3M",
      "CONFISCATION, 1000, P3Y",
      "LICENCE_REVOCATION, null, P3Y"})
  void publicationPeriodTable(String penaltyKind, Double fineAmount, String expected) {
    String period = decisionService().evaluateDecisionTableByKey("credit-publication-period",
        Variables.createVariables().putValue("penaltyKind", penaltyKind).putValue("fineAmount", fineAmount))
        .getSingleResult().getSingleEntry();
    Assertions.assertThat(period).isEqualTo(expected);
  }
}
