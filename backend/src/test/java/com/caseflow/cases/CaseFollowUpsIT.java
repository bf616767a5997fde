package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.caseflow.calendar.StatutoryCalendar;
import com.caseflow.credit.PublicitySimulator;
import com.caseflow.support.ApiClient;
import com.caseflow.support.CaseDriver;
import com.caseflow.support.CaseSteps;
import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The credit, recall and referral sections of GET /api/cases/{ref}, filled from the follow-up processes a case
 * driven through the API starts: empty before, then following each process step by step.
 */
@IntegrationTest
class CaseFollowUpsIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired PublicitySimulator simulator;
  @Autowired StatutoryCalendar calendar;
  @Autowired Clock clock;

  CaseDriver driver;

  @BeforeAll
  static void model(@Autowired ApplicationContext context) {
    EnforcementCaseModel.ensureRunnable(context);
  }

  @BeforeEach
  void driver() {
    driver = new CaseDriver(port, jdbc);
  }

  @AfterEach
  void normalSimulator() {
    simulator.setBehaviour(new PublicitySimulator.Behaviour(0, 0));
  }

  JsonNode detail(long caseId) {
    ApiClient.Response r = driver.as("officer1").get("/api/cases/" + caseId);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  long register(String party) {
    ApiClient.Response r = driver.as("officer1").post("/api/leads", CaseSteps.lead(party));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("leadId").asLong();
  }

  /** Filed, investigated, with evidence: the end report is open. */
  long caseAtEndReport(String party) {
    long caseId = register(party + UUID.randomUUID().toString().substring(0, 6));
    driver.driveTo(caseId, "Task_WriteEndReport");
    driver.addEvidence(caseId);
    return caseId;
  }

  static void assertSteps(JsonNode section, String... activityIds) {
    assertThat(section.path("process").path("currentSteps").findValuesAsText("activityId"))
        .as(section.toString()).containsExactly(activityIds);
  }

  Job publishJob(String processInstanceId) {
    return management.createJobQuery().processInstanceId(processInstanceId).activityId("Task_PublishCreditRecord")
        .singleResult();
  }

  @Test
  void creditAndRecallSectionsFollowTheirProcesses() {
    long caseId = caseAtEndReport("信用召回测试口罩厂");
    driver.driveTo(caseId, "Task_RecordPriorNoticeDelivery",
        Map.of("Task_ProposePenalty", Map.of("productDefective", true, "correctionOrdered", false)));
    JsonNode before = detail(caseId);
    assertThat(before.path("credit").isNull()).as("no decision yet").isTrue();
    assertThat(before.path("recall").isNull()).isTrue();
    assertThat(before.path("referral").isNull()).isTrue();
    String caseNo = before.path("caseNo").asText();

    // prior notice delivered, defence kept, decision issued and delivered: credit and recall start in parallel
    driver.complete(driver.openTask(caseId, "Task_RecordPriorNoticeDelivery"), "Task_RecordPriorNoticeDelivery", Map.of());
    driver.event(caseNo, "DEFENCE_RECEIVED", "{\"defenceSummary\":\"已下架\",\"factsChanged\":false}");
    driver.driveTo(caseId, "Task_EnterPublicationRecord");

    JsonNode d = detail(caseId);
    JsonNode credit = d.path("credit");
    String decisionNo = d.path("penalty").path("decisionNo").asText();
    LocalDate decisionDate = LocalDate.parse(d.path("penalty").path("decisionDate").asText());
    assertThat(credit.path("status").asText()).isEqualTo("PENDING");
    assertThat(credit.path("decisionNo").asText()).isEqualTo(decisionNo);
    assertThat(credit.path("decisionDate").asText()).isEqualTo(decisionDate.toString());
    assertThat(credit.path("publicationDueDate").asText()).as("20 working days after the decision")
        .isEqualTo(calendar.addWorkingDays(decisionDate, 20).toString());
    assertThat(credit.path("overdue").asBoolean()).isFalse();
    assertThat(credit.path("publishedDate").isNull()).isTrue();
    assertThat(credit.path("idempotencyKey").isNull()).as("nothing sent yet").isTrue();
    assertThat(credit.path("penaltyKind").asText()).isEqualTo("FINE");
    // DMN credit-publication-period: a fine of at most 30,000 yuan is published for 3 months, else 3 years
    assertThat(credit.path("publicationPeriod").asText())
        .isEqualTo(d.path("penalty").path("fineAmount").decimalValue().compareTo(new java.math.BigDecimal("30000")) <= 0
            ? "P3M" : "P3Y");
    assertThat(credit.path("handlingOfficer").asText()).isEqualTo("officer1");
    assertThat(credit.path("process").path("state").asText()).isEqualTo("RUNNING");
    assertSteps(credit, "Task_EnterPublicationRecord");
    String creditPi = credit.path("process").path("processInstanceId").asText();

    JsonNode recall = d.path("recall");
    assertThat(recall.path("process").path("state").asText()).isEqualTo("RUNNING");
    assertSteps(recall, "Task_InvestigateDefect");
    assertThat(recall.path("productName").asText()).isEqualTo("一次性使用口罩");
    assertThat(recall.path("recallOutcome").isNull()).isTrue();
    assertThat(d.path("referral").isNull()).isTrue();

    // the record is offered to the handling officer by name (camunda:candidateUsers): in officer1's 待认领 tab and
    // notification centre, not in officer2's, who cannot claim it
    String enter = driver.openTask(caseId, "Task_EnterPublicationRecord");
    assertThat(driver.as("officer1").get("/api/tasks?scope=candidates&activityId=Task_EnterPublicationRecord&size=200")
        .json().path("items")).extracting(n -> n.path("id").asText()).contains(enter);
    assertThat(driver.as("officer2").get("/api/tasks?scope=candidates&activityId=Task_EnterPublicationRecord&size=200")
        .json().path("items")).extracting(n -> n.path("id").asText()).doesNotContain(enter);
    assertThat(driver.as("officer2").post("/api/tasks/" + enter + "/claim", "").status()).isEqualTo(403);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_notification WHERE user_id = 'officer1' AND group_id IS NULL"
        + " AND notification_type = 'NEW_TASK' AND link = ?", Long.class, "/tasks/" + enter)).isEqualTo(1);

    // entered and checked; the publicity system fails until the job has no retries left: FAILED, with the error
    driver.complete(enter, "Task_EnterPublicationRecord",
        Map.of("violationType", "销售不符合GB 2626-2019的口罩", "penaltySummary", "罚款", "redactedDocumentRef", "DOC-1",
            "redactionConfirmed", true));
    driver.complete(driver.openTask(caseId, "Task_CheckPublicationRecord"), "Task_CheckPublicationRecord",
        Map.of("creditCheckDecision", "APPROVED"));
    Job job = publishJob(creditPi);
    simulator.setBehaviour(new PublicitySimulator.Behaviour(5, 0));
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("503");
    }
    credit = detail(caseId).path("credit");
    assertThat(credit.path("status").asText()).isEqualTo("FAILED");
    assertThat(credit.path("attempts").asInt()).isEqualTo(5);
    assertThat(credit.path("lastError").asText()).contains("503");
    assertThat(credit.path("idempotencyKey").asText()).isEqualTo(decisionNo);
    assertSteps(credit, "Task_PublishCreditRecord");
    assertThat(credit.path("process").path("currentSteps").path(0).path("incident").asBoolean()).isTrue();

    // retried by hand: published once, the publication period runs
    simulator.setBehaviour(new PublicitySimulator.Behaviour(0, 0));
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());
    credit = detail(caseId).path("credit");
    assertThat(credit.path("status").asText()).isEqualTo("PUBLISHED");
    assertThat(credit.path("publishedDate").asText()).isEqualTo(LocalDate.now(clock).toString());
    assertThat(credit.path("publicationRecordId").asText()).startsWith("GS-");
    assertThat(credit.path("lastError").isNull()).isTrue();
    // and the case's timeline says so
    assertThat(detail(caseId).path("timeline")).extracting(e -> e.path("message").asText())
        .anyMatch(m -> m.startsWith("CREDIT_PUBLISHED"));
    assertThat(credit.path("overdue").asBoolean()).isFalse();
    assertSteps(credit, "Timer_PublicationPeriodElapsed");

    // recall: investigated, defect confirmed, plan submitted and published, completed with its quantity
    driver.complete(driver.openTask(caseId, "Task_InvestigateDefect"), "Task_InvestigateDefect",
        Map.of("investigationFindings", "过滤效率不合格，可能危害健康", "hazardLevel", "SERIOUS"));
    assertSteps(detail(caseId).path("recall"), "Gateway_ProducerResponse");
    driver.event(caseNo, "DEFECT_CONFIRMED", "{\"producerStatement\":\"确认存在缺陷\"}");
    driver.event(caseNo, "RECALL_PLAN_SUBMITTED", "{\"recallPlanRef\":\"ZH-2026-001\"}");
    driver.complete(driver.openTask(caseId, "Task_PublishRecallPlan"), "Task_PublishRecallPlan",
        Map.of("recallPlanComplete", true));
    driver.event(caseNo, "RECALL_COMPLETED", "{\"recalledQuantity\":1200}");
    recall = detail(caseId).path("recall");
    assertSteps(recall, "Task_AwaitSummaryReport");
    assertThat(recall.path("hazardLevel").asText()).isEqualTo("SERIOUS");
    assertThat(recall.path("recallPlanRef").asText()).isEqualTo("ZH-2026-001");
    assertThat(recall.path("recalledQuantity").decimalValue()).isEqualByComparingTo("1200");
    LocalDate today = LocalDate.now(clock);
    assertThat(recall.path("recallPlanDueDate").asText()).isEqualTo(calendar.addWorkingDays(today, 5).toString());
    assertThat(recall.path("summaryReportDueDate").asText()).isEqualTo(calendar.addWorkingDays(today, 15).toString());

    driver.event(caseNo, "RECALL_SUMMARY_SUBMITTED", "{\"recallSummaryRef\":\"ZJ-2026-001\"}");
    driver.complete(driver.openTask(caseId, "Task_EvaluateRecallEffect"), "Task_EvaluateRecallEffect",
        Map.of("evaluationResult", "EFFECTIVE"));
    recall = detail(caseId).path("recall");
    assertThat(recall.path("process").path("state").asText()).isEqualTo("FINISHED");
    assertThat(recall.path("process").path("endedAt").asText()).isNotBlank();
    assertSteps(recall);
    assertThat(recall.path("recallOutcome").asText()).isEqualTo("COMPLETED");
    assertThat(recall.path("evaluationResult").asText()).isEqualTo("EFFECTIVE");
    assertThat(recall.path("recallSummaryRef").asText()).isEqualTo("ZJ-2026-001");

    // the case number finds the same sections
    assertThat(driver.as("officer1").get("/api/cases/" + URLEncoder.encode(caseNo, StandardCharsets.UTF_8)).json()
        .path("credit").path("status").asText()).isEqualTo("PUBLISHED");
  }

  @Test
  void referralSectionFollowsEachReferral() {
    long caseId = caseAtEndReport("移送测试商贸公司");
    Map<String, Map<String, Object>> refer = Map.of("Task_WriteEndReport", Map.of("outcome", "JUDICIAL_REFERRAL"));
    driver.complete(driver.openTask(caseId, "Task_WriteEndReport"), "Task_WriteEndReport",
        Map.of("outcome", "JUDICIAL_REFERRAL", "facts", "销售金额逾五万元"));
    JsonNode referral = detail(caseId).path("referral");
    assertThat(referral.path("process").path("state").asText()).isEqualTo("RUNNING");
    assertThat(referral.path("referrals").asInt()).isEqualTo(1);
    assertSteps(referral, "Task_DraftReferralReport");
    assertThat(detail(caseId).path("credit").isNull()).isTrue();

    driver.complete(driver.openTask(caseId, "Task_DraftReferralReport"), "Task_DraftReferralReport",
        Map.of("officer1", "officer1", "officer2", "officer2", "crimeFacts", "销售伪劣口罩，销售金额六万元"));
    driver.complete(driver.openTask(caseId, "Task_DecideReferral"), "Task_DecideReferral",
        Map.of("referralDecision", "APPROVED"));
    // the 涉嫌犯罪案件移送书 can be drawn up while the referral runs: its facts and crime come from the referral
    ApiClient.Response letter = driver.as("officer1").post("/api/cases/" + caseId + "/documents",
        "{\"type\":\"CRIMINAL_REFERRAL\"}");
    assertThat(letter.status()).as(letter.body()).isEqualTo(201);
    assertThat(letter.json().path("number").asText()).isNotBlank();
    String transferDate = LocalDate.now(clock).toString();
    driver.complete(driver.openTask(caseId, "Task_TransferToPolice"), "Task_TransferToPolice",
        Map.of("policeOrgan", "银川市公安局金凤区分局", "transferDate", transferDate, "transferReceiptNo", "HZ-001",
            "procuratorateCopied", true));
    referral = detail(caseId).path("referral");
    assertSteps(referral, "Task_AwaitPoliceDecision");
    assertThat(referral.path("referralDecision").asText()).isEqualTo("APPROVED");
    assertThat(referral.path("receivingAuthority").asText()).isEqualTo("银川市公安局金凤区分局");
    assertThat(referral.path("transferDate").asText()).isEqualTo(transferDate);
    assertThat(referral.path("transferReceiptNo").asText()).isEqualTo("HZ-001");
    assertThat(referral.path("procuratorateCopied").asBoolean()).isTrue();
    assertThat(referral.path("suspectedCrime").asText()).isNotBlank();
    assertThat(referral.path("policeAccepted").isNull()).as("no reply yet").isTrue();

    // the police do not accept it; no reconsideration: the referral ends and the case goes back to the end report
    String caseNo = detail(caseId).path("caseNo").asText();
    driver.event(caseNo, "POLICE_DECISION",
        "{\"policeAccepted\":false,\"policeDecisionNo\":\"银公（金）不立字〔2026〕8号\",\"policeDecisionDate\":\""
            + transferDate + "\"}");
    driver.complete(driver.openTask(caseId, "Task_DecideReconsideration"), "Task_DecideReconsideration",
        Map.of("reconsiderationDecision", "NO_REQUEST"));
    referral = detail(caseId).path("referral");
    assertThat(referral.path("process").path("state").asText()).isEqualTo("FINISHED");
    assertSteps(referral);
    assertThat(referral.path("policeAccepted").asBoolean()).isFalse();
    assertThat(referral.path("policeDecisionNo").asText()).isEqualTo("银公（金）不立字〔2026〕8号");
    assertThat(referral.path("policeDecisionDate").asText()).isEqualTo(transferDate);
    assertThat(referral.path("reconsiderationDecision").asText()).isEqualTo("NO_REQUEST");
    assertThat(referral.path("referralOutcome").asText()).isEqualTo("NOT_ACCEPTED");
    assertThat(driver.openTask(caseId, "Task_WriteEndReport")).isNotNull();

    // the referral document gets its number; a second referral starts clean (nothing of the first one's reply)
    ApiClient.Response doc = driver.as("officer1").post("/api/cases/" + caseId + "/documents",
        "{\"type\":\"CRIMINAL_REFERRAL\"}");
    assertThat(doc.status()).as(doc.body()).isEqualTo(201);
    String documentNo = doc.json().path("number").asText();
    driver.driveTo(caseId, "Task_DraftReferralReport", refer);
    referral = detail(caseId).path("referral");
    assertThat(referral.path("referrals").asInt()).isEqualTo(2);
    assertThat(referral.path("process").path("state").asText()).isEqualTo("RUNNING");
    assertSteps(referral, "Task_DraftReferralReport");
    assertThat(referral.path("documentNo").asText()).isEqualTo(documentNo);
    assertThat(referral.path("referralOutcome").isNull()).as(referral.toString()).isTrue();
    assertThat(referral.path("policeAccepted").isNull()).isTrue();
    assertThat(referral.path("receivingAuthority").isNull()).isTrue();
    assertThat(referral.path("transferDate").isNull()).isTrue();
    assertThat(referral.path("suspectedCrime").isNull()).isTrue();

    // this time the head refuses: what this referral set shows, the first one's transfer and reply do not
    driver.complete(driver.openTask(caseId, "Task_DraftReferralReport"), "Task_DraftReferralReport",
        Map.of("officer1", "officer1", "officer2", "officer2", "suspectedCrime", "CRIMINAL_LAW_146",
            "crimeFacts", "销售不符合安全标准的口罩"));
    assertThat(detail(caseId).path("referral").path("suspectedCrime").asText()).isEqualTo("CRIMINAL_LAW_146");
    String decide = driver.openTask(caseId, "Task_DecideReferral");
    ApiClient head1 = driver.as("head1");
    assertThat(head1.post("/api/tasks/" + decide + "/claim", "").status()).isEqualTo(204);
    ApiClient.Response noReason = head1.post("/api/tasks/" + decide + "/complete",
        "{\"variables\":{\"referralDecision\":\"REJECTED\"}}");
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.json().path("fieldErrors").findValuesAsText("field")).containsExactly("referralRejectionReason");
    driver.complete(decide, "Task_DecideReferral",
        Map.of("referralDecision", "REJECTED", "referralRejectionReason", "证据不足以认定涉嫌犯罪"));
    referral = detail(caseId).path("referral");
    assertThat(referral.path("process").path("state").asText()).isEqualTo("FINISHED");
    assertThat(referral.path("referrals").asInt()).isEqualTo(2);
    assertThat(referral.path("referralDecision").asText()).isEqualTo("REJECTED");
    assertThat(referral.path("referralRejectionReason").asText()).isEqualTo("证据不足以认定涉嫌犯罪");
    assertThat(referral.path("referralOutcome").asText()).isEqualTo("REJECTED_BY_HEAD");
    assertThat(referral.path("receivingAuthority").isNull()).as(referral.toString()).isTrue();
    assertThat(referral.path("transferDate").isNull()).isTrue();
    assertThat(referral.path("policeAccepted").isNull()).isTrue();
    assertThat(referral.path("reconsiderationDecision").isNull()).isTrue();
    assertThat(driver.openTask(caseId, "Task_WriteEndReport")).as("back to the end report").isNotNull();
  }
}
