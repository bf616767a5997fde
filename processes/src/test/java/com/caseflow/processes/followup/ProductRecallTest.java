package com.caseflow.processes.followup;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.caseflow.processes.support.AbstractProcessTest;
import com.caseflow.processes.support.TestDeadlines;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path through {@code product-recall} (消费品召回). */
@Deployment(resources = {
    "caseflow/bpmn/product-recall.bpmn",
    "caseflow/forms/recall-investigate-defect.form",
    "caseflow/forms/recall-conclude-defect.form",
    "caseflow/forms/recall-order-recall.form",
    "caseflow/forms/recall-publish-plan.form",
    "caseflow/forms/recall-evaluate-effect.form"})
class ProductRecallTest extends AbstractProcessTest {

  static final String KEY = "RC-1001";
  static final String TODAY = TestDeadlines.TODAY.toString();

  RecordingDelegate sendNotification;
  RecordingDelegate openCaseLead;

  @BeforeEach
  void registerBeans() {
    sendNotification = new RecordingDelegate();
    openCaseLead = new RecordingDelegate(execution -> execution.setVariable("caseLeadId", 77L));
    Mocks.register("sendNotification", sendNotification);
    Mocks.register("openCaseLead", openCaseLead);
  }

  ProcessInstance startAndInvestigate() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("product-recall", KEY, withVariables(
        "agencyCode", "640000", "campaignCode", "MASK-2021", "productName", "儿童口罩",
        "partyName", "某防护用品公司", "partyUscc", "91640100MA76XXXX1X", "defectSource", "SPOT_CHECK",
        "defectDescription", "耳带断裂，存在窒息风险"));
    assertThat(pi).isWaitingAt("Task_InvestigateDefect");
    assertThat(task(pi)).hasCandidateGroup("quality-officers");
    complete(task(pi), withVariables("investigationFindings", "耳带拉力不足", "hazardLevel", "SERIOUS",
        "producerNotifiedDate", TODAY));
    assertThat(pi).isWaitingAt("Gateway_ProducerResponse");
    return pi;
  }

  void message(String name, Map<String, Object> variables) {
    runtimeService().createMessageCorrelation(name).processInstanceBusinessKey(KEY).setVariables(variables).correlate();
  }

  void conclude(ProcessInstance pi, String conclusion) {
    assertThat(pi).isWaitingAt("Task_ConcludeDefect");
    complete(task(pi), withVariables("defectConclusion", conclusion, "conclusionReasons", "检测报告"));
  }

  void orderRecall(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_OrderRecall");
    complete(task(pi), withVariables("recallOrderNo", "宁市监召〔2021〕1号", "recallOrderDate", TODAY,
        "recallOrderReasons", "生产者拒不召回"));
    assertThat(pi).variables().containsEntry("recallOrdered", true)
        .containsEntry("recallPlanDueDate", new TestDeadlines().workingDays(TODAY, 5));
    assertThat(pi).isWaitingAt("Gateway_RecallPlan");
  }

  /** From plan submission to the start of implementation. */
  void planSubmittedAndPublished(ProcessInstance pi) {
    message("Message_RecallPlanSubmitted", Map.of("recallPlanRef", "PLAN-1"));
    assertThat(pi).isWaitingAt("Task_PublishRecallPlan");
    complete(task(pi), withVariables("recallPlanComplete", true, "recallPlanPublishedDate", TODAY,
        "recallPlanPublicationUrl", "https://www.recall.org.cn/plan/1"));
    assertThat(pi).isWaitingAt("Task_AwaitRecallCompletion");
  }

  void completedAndSummarised(ProcessInstance pi) {
    message("Message_RecallCompleted", Map.of("recalledQuantity", 12000));
    assertThat(pi).isWaitingAt("Task_AwaitSummaryReport")
        .variables().containsEntry("summaryReportDueDate", new TestDeadlines().workingDays(TODAY, 15));
    message("Message_RecallSummarySubmitted", Map.of("recallSummaryRef", "SUM-1"));
    assertThat(pi).isWaitingAt("Task_EvaluateRecallEffect");
  }

  void evaluate(ProcessInstance pi, String result) {
    complete(task(pi), withVariables("evaluationResult", result, "evaluationComment", "评估"));
  }

  @Test
  void producerConfirmsAndRecallIsEffective() {
    ProcessInstance pi = startAndInvestigate();
    message("Message_DefectConfirmed", Map.of("producerStatement", "确认缺陷"));
    assertThat(pi).isWaitingAt("Gateway_RecallPlan")
        .variables().containsEntry("recallPlanDueDate", new TestDeadlines().workingDays(TODAY, 5));
    planSubmittedAndPublished(pi);
    completedAndSummarised(pi);
    evaluate(pi, "EFFECTIVE");
    assertThat(pi).hasPassed("Event_RecallClosed").hasNotPassed("Task_OrderRecall", "Task_ConcludeDefect").isEnded()
        .variables().containsEntry("recallOutcome", "COMPLETED");
    Assertions.assertThat(openCaseLead.calls()).isEmpty();
  }

  @Test
  void producerDeniesAndNoDefectIsFound() {
    ProcessInstance pi = startAndInvestigate();
    message("Message_DefectDenied", Map.of("producerStatement", "产品符合标准"));
    conclude(pi, "NO_DEFECT");
    assertThat(pi).hasPassed("Event_NoDefect").isEnded().variables().containsEntry("recallOutcome", "NO_DEFECT");
  }

  @Test
  void producerDeniesDefectFoundRecallOrderedAndCompleted() {
    ProcessInstance pi = startAndInvestigate();
    message("Message_DefectDenied", Map.of("producerStatement", "产品符合标准"));
    conclude(pi, "DEFECT");
    orderRecall(pi);
    planSubmittedAndPublished(pi);
    completedAndSummarised(pi);
    evaluate(pi, "EFFECTIVE");
    assertThat(pi).hasPassed("Task_OrderRecall", "Event_RecallClosed").isEnded();
  }

  @Test
  void producerSilentDefectFoundAndRecallOrderIgnoredOpensPenaltyLead() {
    ProcessInstance pi = startAndInvestigate();
    execute(job("Timer_NoProducerResponse", pi));
    conclude(pi, "DEFECT");
    orderRecall(pi);
    execute(job("Timer_RecallPlanOverdue", pi));
    assertThat(pi).hasPassed("Gateway_AlreadyOrdered", "Event_PenaltyLeadOpened").isEnded()
        .variables().containsEntry("recallOutcome", "PENALTY_LEAD").containsEntry("caseLeadId", 77L);
    Assertions.assertThat(openCaseLead.onlyCall().get("leadReason")).isEqualTo("RECALL_NOT_COMPLIED");
    Assertions.assertThat(openCaseLead.onlyCall().get("leadSource")).isEqualTo("INSPECTION");
  }

  @Test
  void confirmedButPlanLateLeadsToRecallOrder() {
    ProcessInstance pi = startAndInvestigate();
    message("Message_DefectConfirmed", Map.of());
    execute(job("Timer_RecallPlanOverdue", pi));
    orderRecall(pi);
    planSubmittedAndPublished(pi);
    completedAndSummarised(pi);
    evaluate(pi, "EFFECTIVE");
    assertThat(pi).hasPassed("Task_OrderRecall").isEnded();
    Assertions.assertThat(openCaseLead.calls()).isEmpty();
  }

  @Test
  void progressReminderEveryQuarterDuringImplementation() {
    ProcessInstance pi = startAndInvestigate();
    message("Message_DefectConfirmed", Map.of());
    planSubmittedAndPublished(pi);
    Job quarter = job("Timer_QuarterlyProgressReport", pi);
    Assertions.assertThat(quarter.getDuedate()).isAfter(java.sql.Date.valueOf(TestDeadlines.TODAY.plusMonths(3).minusDays(1)));
    execute(quarter);
    execute(job("Timer_QuarterlyProgressReport", pi));
    Assertions.assertThat(sendNotification.calls()).hasSize(2)
        .allSatisfy(call -> Assertions.assertThat(call.get("notificationType")).isEqualTo("RECALL_PROGRESS_REPORT_DUE"));
    assertThat(pi).hasPassed("Event_ProgressReminderSent").isWaitingAt("Task_AwaitRecallCompletion");
    completedAndSummarised(pi);
    Assertions.assertThat(managementService().createJobQuery().activityId("Timer_QuarterlyProgressReport").count()).isZero();
  }

  @Test
  void overdueSummaryReportIsChased() {
    ProcessInstance pi = startAndInvestigate();
    message("Message_DefectConfirmed", Map.of());
    planSubmittedAndPublished(pi);
    message("Message_RecallCompleted", Map.of());
    execute(job("Timer_SummaryReportOverdue", pi));
    Assertions.assertThat(sendNotification.onlyCall().get("notificationType")).isEqualTo("RECALL_SUMMARY_OVERDUE");
    assertThat(pi).hasPassed("Event_SummaryReminderSent").isWaitingAt("Task_AwaitSummaryReport");
    message("Message_RecallSummarySubmitted", Map.of());
    evaluate(pi, "EFFECTIVE");
    assertThat(pi).isEnded();
  }

  @Test
  void evaluationOrdersMoreRecallThenEffective() {
    ProcessInstance pi = startAndInvestigate();
    message("Message_DefectConfirmed", Map.of());
    planSubmittedAndPublished(pi);
    completedAndSummarised(pi);
    evaluate(pi, "MORE_NEEDED");
    assertThat(pi).isWaitingAt("Task_AwaitRecallCompletion");
    completedAndSummarised(pi);
    evaluate(pi, "EFFECTIVE");
    assertThat(pi).isEnded().variables().containsEntry("recallOutcome", "COMPLETED");
  }

  @Test
  void producerNotComplyingAfterEvaluationOpensPenaltyLead() {
    ProcessInstance pi = startAndInvestigate();
    message("Message_DefectConfirmed", Map.of());
    planSubmittedAndPublished(pi);
    completedAndSummarised(pi);
    evaluate(pi, "NOT_COMPLIED");
    assertThat(pi).hasPassed("Task_OpenPenaltyLead", "Event_PenaltyLeadOpened").isEnded()
        .variables().containsEntry("recallOutcome", "PENALTY_LEAD");
  }
}
