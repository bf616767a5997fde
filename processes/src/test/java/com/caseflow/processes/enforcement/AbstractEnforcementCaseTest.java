package com.caseflow.processes.enforcement;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.caseflow.processes.support.AbstractProcessTest;
import com.caseflow.processes.support.TestDeadlines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared set-up of the {@code enforcement-case} path tests: the model, its four DMNs and stub
 * callees; mock beans that set the output variables documented in CONTRACT.md; and small helpers
 * that drive a case to a given point.
 */
@Deployment(resources = {
    "caseflow/bpmn/enforcement-case.bpmn",
    "caseflow/dmn/hearing-eligibility.dmn",
    "caseflow/dmn/criminal-threshold.dmn",
    "caseflow/dmn/penalty-discretion.dmn",
    "caseflow/dmn/case-severity.dmn",
    "stubs/stub-judicial-referral.bpmn",
    "stubs/stub-credit-publication.bpmn",
    "stubs/stub-product-recall.bpmn"})
abstract class AbstractEnforcementCaseTest extends AbstractProcessTest {

  static final String PROCESS_KEY = "enforcement-case";
  static final String CASE_NO = "银川市市监处罚〔2025〕7号";
  static final String TODAY = TestDeadlines.TODAY.toString();

  /** Records the stages the model enters. */
  public static class CaseStage {
    final List<String> stages = new ArrayList<>();

    public void enter(DelegateExecution execution, String stage) {
      stages.add(stage);
    }
  }

  /** Records every call; optionally sets variables. */
  public static class RecordingDelegate implements JavaDelegate {
    final List<String> calls = new ArrayList<>();
    final Map<String, Object> sets = new HashMap<>();
    private Expression documentType;

    RecordingDelegate setting(String name, Object value) {
      sets.put(name, value);
      return this;
    }

    @Override
    public void execute(DelegateExecution execution) {
      calls.add(documentType == null ? execution.getCurrentActivityId() : (String) documentType.getValue(execution));
      sets.forEach(execution::setVariable);
    }
  }

  CaseStage caseStage;
  RecordingDelegate notifyParty;
  RecordingDelegate closeCase;
  RecordingDelegate recordDecision;
  RecordingDelegate lateSurcharge;
  RecordingDelegate openFollowUpLead;

  @BeforeEach
  void registerBeans() {
    caseStage = new CaseStage();
    notifyParty = new RecordingDelegate();
    closeCase = new RecordingDelegate();
    recordDecision = new RecordingDelegate()
        .setting("decisionNo", "银市监罚字〔2025〕7号").setting("decisionDate", TODAY);
    lateSurcharge = new RecordingDelegate().setting("lateSurcharge", 300.0);
    openFollowUpLead = new RecordingDelegate();
    Mocks.register("caseStage", caseStage);
    Mocks.register("notifyParty", notifyParty);
    Mocks.register("closeCase", closeCase);
    Mocks.register("recordDecision", recordDecision);
    Mocks.register("lateSurcharge", lateSurcharge);
    Mocks.register("openFollowUpLead", openFollowUpLead);
    Mocks.register("assignCaseNumber", (JavaDelegate) execution -> {
      execution.setVariable("caseNo", CASE_NO);
      execution.setVariable("filingDate", TODAY);
      execution.setProcessBusinessKey(CASE_NO);
    });
  }

  // ------------------------------------------------------------------ variables

  static Map<String, Object> lead(String procedure) {
    return withVariables(
        "leadId", 42L, "agencyCode", "640100", "campaignCode", "MASK-2021", "source", "SPOT_CHECK",
        "partyName", "宁夏某口罩有限公司", "partyUscc", "91640100MA76XXXX1X", "partyType", "ORGANISATION",
        "productName", "一次性使用口罩", "leadDate", TODAY, "registeredBy", "officer1", "procedure", procedure);
  }

  static Map<String, Object> investigationFacts() {
    return withVariables("investigationStep", "END",
        "offence", "COUNTERFEIT_SUBSTANDARD", "salesAmount", 20000.0, "unsoldGoodsValue", 10000.0, "seriousHarm", false);
  }

  static Map<String, Object> endReport(String outcome) {
    return withVariables("outcome", outcome, "legalBasis", "PQL-49", "goodsValue", 30000.0,
        "firstOffenceCorrected", false, "childrenOrElderlyProduct", false, "epidemicProtectionProduct", false,
        "repeatOffence", false, "refusedRectification", false);
  }

  /** A small fine: no hearing right, not major, no legal review. */
  static Map<String, Object> smallPenalty() {
    return withVariables("fineAmount", 50000.0, "confiscationValue", 0.0, "measure", "NONE",
        "publicImpact", "LOW", "complexCase", false, "productDefective", false, "correctionOrdered", false);
  }

  static Map<String, Object> approve(String decisionVariable) {
    return withVariables(decisionVariable, "APPROVE");
  }

  // ------------------------------------------------------------------ drivers

  ProcessInstance startOrdinary() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "lead-42", lead("ORDINARY"));
    assertThat(pi).isWaitingAt("Task_VerifyLead");
    return pi;
  }

  /** Verification, filing and two officers: waits in Task_Investigate. */
  ProcessInstance startInvestigation() {
    ProcessInstance pi = startOrdinary();
    complete(task(pi), withVariables("verificationResult", "FILE"));
    complete(taskAt("Task_ApproveFiling", pi), approve("filingDecision"));
    complete(taskAt("Task_AssignOfficers", pi), withVariables("leadOfficer", "officer1", "secondOfficer", "officer2"));
    assertThat(pi).isWaitingAt("Task_Investigate");
    return pi;
  }

  /** ... up to the end report, with ordinary facts (no criminal referral suggested). */
  ProcessInstance startEndReport() {
    ProcessInstance pi = startInvestigation();
    complete(taskAt("Task_Investigate", pi), investigationFacts());
    assertThat(pi).isWaitingAt("Task_WriteEndReport");
    return pi;
  }

  /** Completes the end report with a penalty proposal and the proposal task. */
  void proposePenalty(ProcessInstance pi, Map<String, Object> penalty) {
    complete(taskAt("Task_WriteEndReport", pi), endReport("PENALTY"));
    assertThat(pi).isWaitingAt("Task_ProposePenalty");
    complete(taskAt("Task_ProposePenalty", pi), penalty);
  }

  /** ... head approval and prior notice: waits at the event-based gateway. */
  void approveAndNotify(ProcessInstance pi) {
    complete(taskAt("Task_ApprovePenalty", pi), approve("approvalDecision"));
    complete(taskAt("Task_RecordPriorNoticeDelivery", pi), withVariables("priorNoticeDeliveryDate", TODAY));
  }

  /** Issue the decision and record its delivery: waits in the execution branches. */
  void issueAndDeliverDecision(ProcessInstance pi) {
    complete(taskAt("Task_IssueDecision", pi), withVariables("decisionSummary", "罚款"));
    complete(taskAt("Task_RecordDecisionDelivery", pi), withVariables("decisionDeliveryDate", TODAY));
  }

  /** Runs a penalty case without hearing right to the delivered decision. */
  ProcessInstance startExecution(Map<String, Object> penalty) {
    ProcessInstance pi = startEndReport();
    proposePenalty(pi, penalty);
    approveAndNotify(pi);
    execute(timerJob(pi, "Timer_ResponsePeriodExpired"));
    issueAndDeliverDecision(pi);
    return pi;
  }

  void approveClosure(ProcessInstance pi) {
    complete(taskAt("Task_ApproveClosure", pi), approve("closureDecision"));
  }

  // ------------------------------------------------------------------ lookup helpers

  static Task taskAt(String taskDefinitionKey, ProcessInstance pi) {
    return taskQuery().processInstanceBusinessKey(businessKey(pi)).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  static String businessKey(ProcessInstance pi) {
    return historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey();
  }

  static Job timerJob(ProcessInstance pi, String activityId) {
    Job job = jobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    org.assertj.core.api.Assertions.assertThat(job).as("timer job at " + activityId).isNotNull();
    return job;
  }

  static void correlate(String message, ProcessInstance pi, Map<String, Object> variables) {
    runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(businessKey(pi))
        .setVariables(variables).correlate();
  }

  /** The single instance of a called (stub) process. */
  static ProcessInstance called(String key, ProcessInstance parent) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(key)
        .superProcessInstanceId(parent.getId()).singleResult();
  }
}
