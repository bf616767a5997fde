package com.caseflow.processes.inspection;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.caseflow.processes.followup.RecordingDelegate;
import com.caseflow.processes.support.AbstractProcessTest;
import java.sql.Timestamp;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path through {@code random-inspection} (双随机、一公开 inspection of one drawn target). */
@Deployment(resources = {
    "caseflow/bpmn/random-inspection.bpmn",
    "caseflow/forms/inspection-checklist.form",
    "caseflow/forms/inspection-rectification-order.form",
    "caseflow/forms/inspection-recheck.form",
    "caseflow/forms/inspection-publish-result.form"})
class RandomInspectionTest extends AbstractProcessTest {

  static final String KEY = "INSP-77";

  RecordingDelegate recordInspection;
  RecordingDelegate openInspectionLead;

  @BeforeEach
  void registerBeans() {
    recordInspection = new RecordingDelegate(execution -> {
      if ("PUBLISHED".equals(execution.getVariable("inspectionStatus"))) {
        execution.setVariable("publishedDate", "2021-10-20");
      }
    });
    openInspectionLead = new RecordingDelegate(execution -> execution.setVariable("caseLeadId", 9001L));
    Mocks.register("recordInspection", recordInspection);
    Mocks.register("openInspectionLead", openInspectionLead);
  }

  ProcessInstance startAndInspect(String result) {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("random-inspection", KEY, withVariables(
        "inspectionId", 77L, "planId", 5L, "campaignCode", "HMZL-2021", "agencyCode", "NX-YC-XQ",
        "partyName", "银川明亮眼镜店", "partyUscc", "91640100MA76XXXX1X", "partyType", "ORGANISATION",
        "targetType", "EYEGLASS_FITTING", "targetTypeLabel", "眼镜制配场所", "productName", "眼镜制配计量器具",
        "targetAddress", "兴庆区解放西街1号", "inspector1", "officer1", "inspector2", "officer2",
        "inspectionDueDate", "2021-10-31", "registeredBy", "unithead1"));
    assertThat(pi).isWaitingAt("Task_Inspect");
    Task inspect = task(pi);
    assertThat(inspect).isAssignedTo("officer1")
        .hasDueDate(Timestamp.valueOf("2021-10-31 00:00:00"));
    complete(inspect, withVariables("inspectionDate", "2021-09-17", "instrumentsPresent", List.of("AUTOREFRACTOR",
        "LENSMETER"), "instrumentsVerified", "VIOLATION".equals(result) ? "NO" : "YES",
        "verificationCertificates", "NX-JD-2021-001", "findings", "瞳距仪未配备", "photoRefs", "P-1, P-2",
        "inspectionResult", result));
    Assertions.assertThat(recordInspection.calls().get(0).get("inspectionStatus")).isEqualTo("INSPECTED");
    return pi;
  }

  void orderRectification(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_IssueRectificationOrder");
    assertThat(task(pi)).isAssignedTo("officer1")
        .hasDueDate(Timestamp.valueOf("2021-09-24 00:00:00")); // 5 working days after 2021-09-17 (Friday)
    complete(task(pi), withVariables("rectificationOrderNo", "银市监责改〔2021〕3号", "rectificationDeadline", "2021-10-08",
        "rectificationRequirements", "配备瞳距仪并送检"));
    assertThat(pi).isWaitingAt("Timer_RectificationDeadline");
    Job deadline = job("Timer_RectificationDeadline", pi);
    Assertions.assertThat(deadline.getDuedate()).isEqualTo(Timestamp.valueOf("2021-10-08 23:59:59"));
    execute(deadline);
    assertThat(pi).isWaitingAt("Task_Recheck");
    assertThat(task(pi)).hasDueDate(Timestamp.valueOf("2021-10-15 00:00:00"));
  }

  void publish(ProcessInstance pi, String publicResult) {
    assertThat(pi).isWaitingAt("Task_PublishResult");
    assertThat(task(pi)).hasCandidateGroup("unit-heads");
    complete(task(pi), withVariables("publicResult", publicResult, "publicSummary", "检查结果摘要"));
    assertThat(pi).hasPassed("Service_PublishResult").isEnded().variables().containsEntry("publishedDate", "2021-10-20");
    Assertions.assertThat(recordInspection.calls().get(recordInspection.calls().size() - 1).get("inspectionStatus"))
        .isEqualTo("PUBLISHED");
  }

  @Test
  void noProblemIsPublished() {
    ProcessInstance pi = startAndInspect("NO_PROBLEM");
    publish(pi, "NO_PROBLEM");
    assertThat(pi).hasNotPassed("Service_RecordRecheck", "Task_IssueRectificationOrder", "Service_OpenFindingLead");
    Assertions.assertThat(openInspectionLead.calls()).isEmpty();
    Assertions.assertThat(recordInspection.calls()).extracting(c -> c.get("inspectionStatus"))
        .containsExactly("INSPECTED", "PUBLISHED");
  }

  @Test
  void problemRectifiedOnRecheckIsPublished() {
    ProcessInstance pi = startAndInspect("RECTIFY");
    orderRectification(pi);
    complete(task(pi), withVariables("recheckDate", "2021-10-11", "recheckResult", "RECTIFIED", "recheckNotes", "已配备"));
    publish(pi, "RECTIFIED");
    assertThat(pi).hasPassed("Gateway_RecheckResult").hasNotPassed("Service_OpenNotRectifiedLead", "Gateway_JoinLeads");
    Assertions.assertThat(openInspectionLead.calls()).isEmpty();
    Assertions.assertThat(recordInspection.calls()).extracting(c -> c.get("inspectionStatus"))
        .containsExactly("INSPECTED", "RECTIFICATION_ORDERED", "RECHECKED", "PUBLISHED");
  }

  @Test
  void problemNotRectifiedOpensLeadThenPublishes() {
    ProcessInstance pi = startAndInspect("RECTIFY");
    orderRectification(pi);
    complete(task(pi), withVariables("recheckDate", "2021-10-11", "recheckResult", "NOT_RECTIFIED",
        "recheckNotes", "仍未配备"));
    RecordingDelegate.Call lead = openInspectionLead.onlyCall();
    Assertions.assertThat(lead.activityId()).isEqualTo("Service_OpenNotRectifiedLead");
    Assertions.assertThat(lead.get("leadReason")).isEqualTo("NOT_RECTIFIED");
    Assertions.assertThat(lead.get("findings")).isEqualTo("瞳距仪未配备");
    publish(pi, "UNDER_INVESTIGATION");
    assertThat(pi).variables().containsEntry("caseLeadId", 9001L);
  }

  @Test
  void violationOpensLeadWithFindingsThenPublishes() {
    ProcessInstance pi = startAndInspect("VIOLATION");
    RecordingDelegate.Call lead = openInspectionLead.onlyCall();
    Assertions.assertThat(lead.activityId()).isEqualTo("Service_OpenFindingLead");
    Assertions.assertThat(lead.get("leadReason")).isEqualTo("INSPECTION_FINDING");
    Assertions.assertThat(lead.get("partyUscc")).isEqualTo("91640100MA76XXXX1X");
    Assertions.assertThat(lead.get("photoRefs")).isEqualTo("P-1, P-2");
    publish(pi, "UNDER_INVESTIGATION");
    assertThat(pi).hasPassed("Service_OpenFindingLead", "Gateway_JoinLeads").hasNotPassed("Task_IssueRectificationOrder")
        .variables().containsEntry("caseLeadId", 9001L);
  }
}
