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

/** Every path through {@code spot-check-followup} (监督抽查不合格后处理). */
@Deployment(resources = {
    "caseflow/bpmn/spot-check-followup.bpmn",
    "caseflow/forms/spotcheck-deliver-result.form",
    "caseflow/forms/spotcheck-record-retest.form",
    "caseflow/forms/spotcheck-rectification-order.form",
    "caseflow/forms/spotcheck-reinspect.form",
    "caseflow/forms/spotcheck-public-notice.form"})
class SpotCheckFollowupTest extends AbstractProcessTest {

  static final String KEY = "SC-5001";
  static final String DELIVERED = "2021-09-17";

  RecordingDelegate openCaseLead;
  RecordingDelegate updateCaseLead;
  RecordingDelegate flagProductionHalt;

  @BeforeEach
  void registerBeans() {
    openCaseLead = new RecordingDelegate(execution -> execution.setVariable("caseLeadId", 4242L));
    updateCaseLead = new RecordingDelegate();
    flagProductionHalt = new RecordingDelegate();
    Mocks.register("openCaseLead", openCaseLead);
    Mocks.register("updateCaseLead", updateCaseLead);
    Mocks.register("flagProductionHalt", flagProductionHalt);
  }

  ProcessInstance startAndDeliver(boolean violationShown) {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("spot-check-followup", KEY, withVariables(
        "sampleId", 5001L, "campaignCode", "MASK-2021", "agencyCode", "640100", "enterpriseName", "某口罩厂",
        "enterpriseUscc", "91640100MA76XXXX1X", "productName", "一次性使用口罩", "standardCode", "GB 2626-2019",
        "labName", "宁夏产品质量检验院", "reportNo", "NX-2021-0917", "nonConformingItems", "过滤效率",
        "samplingPlace", "ECOMMERCE", "violationShown", violationShown, "resultDeliveredDate", DELIVERED));
    assertThat(pi).isWaitingAt("Task_DeliverResult");
    assertThat(task(pi)).hasCandidateGroup("quality-officers");
    complete(task(pi), withVariables("deliveryMethod", "IN_PERSON", "resultDeliveredDate", DELIVERED,
        "deliveryReceiptNo", "SD-1"));
    assertThat(pi).isWaitingAt("Gateway_ObjectionWindow");
    return pi;
  }

  void objectionWindowPasses(ProcessInstance pi) {
    Job window = job("Timer_ObjectionWindowClosed", pi);
    // 15 calendar days from 2021-09-17 is Saturday 10-02 (weekends only in the test calendar) -> Monday 10-04
    Assertions.assertThat(window.getDuedate()).isEqualTo(java.sql.Timestamp.valueOf("2021-10-04 23:59:59"));
    execute(window);
  }

  void retest(ProcessInstance pi, String result) {
    runtimeService().createMessageCorrelation("Message_RetestRequested").processInstanceBusinessKey(KEY)
        .setVariables(Map.of("retestRequestDate", "2021-09-25")).correlate();
    assertThat(pi).isWaitingAt("Task_RecordRetestResult");
    complete(task(pi), withVariables("retestLab", "甘肃省产品质量监督检验研究院", "retestReportNo", "GS-1",
        "retestResult", result));
  }

  void orderRectification(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_IssueRectificationOrder");
    complete(task(pi), withVariables("rectificationOrderNo", "责改〔2021〕9号", "rectificationDeadline",
        TestDeadlines.TODAY.plusDays(30).toString(), "rectificationRequirements", "停止销售并整改过滤材料"));
    assertThat(pi).isWaitingAt("Gateway_RectificationReport");
  }

  void rectificationReported(ProcessInstance pi) {
    runtimeService().createMessageCorrelation("Message_RectificationReported").processInstanceBusinessKey(KEY)
        .setVariables(Map.of("rectificationSummary", "更换熔喷布供应商")).correlate();
    assertThat(pi).isWaitingAt("Task_Reinspect");
  }

  void reinspect(ProcessInstance pi, String result) {
    complete(task(pi), withVariables("reinspectionDate", TestDeadlines.TODAY.toString(), "reinspectionResult", result,
        "reinspectionNotes", "复查"));
  }

  @Test
  void noObjectionAndRectified() {
    ProcessInstance pi = startAndDeliver(false);
    objectionWindowPasses(pi);
    orderRectification(pi);
    rectificationReported(pi);
    reinspect(pi, "RECTIFIED");
    assertThat(pi).hasPassed("Event_ClosedRectified").hasNotPassed("Task_OpenViolationLead").isEnded()
        .variables().containsEntry("followUpOutcome", "RECTIFIED");
    Assertions.assertThat(openCaseLead.calls()).isEmpty();
    Assertions.assertThat(flagProductionHalt.calls()).isEmpty();
  }

  @Test
  void noObjectionAndNotRectifiedHaltsProductionAndOpensLead() {
    ProcessInstance pi = startAndDeliver(false);
    objectionWindowPasses(pi);
    orderRectification(pi);
    rectificationReported(pi);
    reinspect(pi, "NOT_RECTIFIED");
    Assertions.assertThat(flagProductionHalt.onlyCall().get("enterpriseUscc")).isEqualTo("91640100MA76XXXX1X");
    Assertions.assertThat(openCaseLead.onlyCall().get("leadReason")).isEqualTo("NOT_RECTIFIED");
    Assertions.assertThat(openCaseLead.onlyCall().get("leadSource")).isEqualTo("SPOT_CHECK");
    assertThat(pi).isWaitingAt("Task_PreparePublicNotice");
    assertThat(task(pi)).hasCandidateGroup("quality-officers");
    complete(task(pi), withVariables("publicNoticeRequestNo", "报公〔2021〕1号", "publicNoticeRequestDate",
        TestDeadlines.TODAY.toString(), "productionHaltNotified", true));
    assertThat(pi).hasPassed("Task_FlagProductionHalt", "Task_OpenNotRectifiedLead", "Event_ClosedNotRectified")
        .isEnded().variables().containsEntry("followUpOutcome", "NOT_RECTIFIED").containsEntry("caseLeadId", 4242L);
  }

  @Test
  void objectionAndConformingRetestClosesSample() {
    ProcessInstance pi = startAndDeliver(false);
    retest(pi, "CONFORMING");
    assertThat(pi).hasPassed("Event_ClosedConformingOnRetest").hasNotPassed("Task_IssueRectificationOrder",
        "Task_ReportConformingRetestToLead").isEnded().variables().containsEntry("followUpOutcome", "CONFORMING_ON_RETEST");
    Assertions.assertThat(updateCaseLead.calls()).isEmpty();
  }

  @Test
  void objectionAndNonConformingRetestLeadsToRectification() {
    ProcessInstance pi = startAndDeliver(false);
    retest(pi, "NON_CONFORMING");
    orderRectification(pi);
    rectificationReported(pi);
    reinspect(pi, "RECTIFIED");
    assertThat(pi).hasPassed("Task_RecordRetestResult", "Event_ClosedRectified").isEnded();
  }

  @Test
  void violationShownOpensLeadAtOnceAndFollowUpContinues() {
    ProcessInstance pi = startAndDeliver(true);
    Assertions.assertThat(openCaseLead.onlyCall().get("leadReason")).isEqualTo("VIOLATION_SHOWN");
    Assertions.assertThat(openCaseLead.onlyCall().get("sampleId")).isEqualTo(5001L);
    assertThat(pi).hasPassed("Task_OpenViolationLead").variables().containsEntry("caseLeadId", 4242L);
    objectionWindowPasses(pi);
    orderRectification(pi);
    rectificationReported(pi);
    reinspect(pi, "RECTIFIED");
    assertThat(pi).isEnded().variables().containsEntry("followUpOutcome", "RECTIFIED");
  }

  @Test
  void violationShownButConformingRetestUpdatesTheLead() {
    ProcessInstance pi = startAndDeliver(true);
    retest(pi, "CONFORMING");
    Assertions.assertThat(updateCaseLead.onlyCall().get("leadUpdate")).isEqualTo("RETEST_CONFORMING");
    Assertions.assertThat(updateCaseLead.onlyCall().get("caseLeadId")).isEqualTo(4242L);
    assertThat(pi).hasPassed("Task_ReportConformingRetestToLead", "Event_ClosedConformingOnRetest").isEnded();
  }

  @Test
  void noRectificationReportByDeadlineStillReinspected() {
    ProcessInstance pi = startAndDeliver(false);
    objectionWindowPasses(pi);
    orderRectification(pi);
    Job deadline = job("Timer_RectificationDeadlinePassed", pi);
    Assertions.assertThat(deadline.getDuedate()).isEqualTo(java.sql.Timestamp.valueOf(
        new TestDeadlines().endOf(TestDeadlines.TODAY.plusDays(30)).replace('T', ' ')));
    execute(deadline);
    assertThat(pi).isWaitingAt("Task_Reinspect");
    reinspect(pi, "NOT_RECTIFIED");
    complete(task(pi), withVariables("publicNoticeRequestNo", "报公〔2021〕2号", "publicNoticeRequestDate",
        TestDeadlines.TODAY.toString(), "productionHaltNotified", true));
    assertThat(pi).hasPassed("Timer_RectificationDeadlinePassed", "Event_ClosedNotRectified").isEnded();
  }
}
