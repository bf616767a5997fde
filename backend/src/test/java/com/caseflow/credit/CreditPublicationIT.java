package com.caseflow.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.caseflow.support.ApiClient;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit-publication adapter against the built-in publicity simulator over HTTP: success, failure, a
 * timeout after the simulator stored the record (never published twice), and the beans run by the real
 * credit-publication model.
 */
@IntegrationTest
class CreditPublicationIT {

  @LocalServerPort int port;
  @Autowired CreditPublicationService publications;
  @Autowired PublicitySimulator simulator;
  @Autowired CreditProperties properties;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void normalSimulator() {
    simulator.setBehaviour(new PublicitySimulator.Behaviour(0, 0));
  }

  static String decisionNo() {
    return "银市监处罚〔2026〕IT" + Long.toString(System.nanoTime(), 36).toUpperCase() + "号";
  }

  static CreditPublicationService.Decision decision(String no) {
    return new CreditPublicationService.Decision(no, "银市监立〔2026〕1号", null, "NX-YC", "FYKZ-2021", "officer1",
        "银川安康劳保用品有限公司", "91640100MA76ABCDE9", "生产不符合GB 2626-2019的口罩", "FINE",
        "罚款5000元；联系人电话13912345678", new BigDecimal("5000.00"), LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 30), "DOC-1");
  }

  int simRecords(String key) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cf_publicity_sim_record WHERE idempotency_key = ?", Integer.class, key);
  }

  Map<String, Object> row(String no) {
    return jdbc.queryForMap("SELECT pub_status, attempts, external_record_id, last_error, overdue, end_reason "
        + "FROM cf_credit_publication WHERE decision_no = ?", no);
  }

  CreditPublicationService.Result publish(String no) {
    return tx.execute(s -> publications.publish(decision(no)));
  }

  @Test
  void publishesOnceWithRedactedPersonalData() {
    String no = decisionNo();
    CreditPublicationService.Result r = publish(no);
    assertThat(r.recordNo()).startsWith("GS-");
    assertThat(simRecords(no)).isEqualTo(1);
    assertThat(row(no)).containsEntry("pub_status", "PUBLISHED").containsEntry("external_record_id", r.recordNo());
    String payload = jdbc.queryForObject("SELECT payload FROM cf_publicity_sim_record WHERE idempotency_key = ?",
        String.class, no);
    assertThat(payload).contains("139****5678").doesNotContain("13912345678").contains("银川市市场监督管理局");

    // published again (a retried job whose transaction failed after the call): same record, nothing new
    assertThat(publish(no).recordNo()).isEqualTo(r.recordNo());
    assertThat(simRecords(no)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_audit_log WHERE action = 'CREDIT_PUBLISHED' AND entity_id = ?",
        Integer.class, no)).isEqualTo(1);
  }

  @Test
  void failureThrowsKeepsTheErrorAndTheRetryPublishes() {
    String no = decisionNo();
    simulator.setBehaviour(new PublicitySimulator.Behaviour(1, 0));
    assertThatThrownBy(() -> publish(no)).isInstanceOf(PublicityClient.PublicityException.class)
        .hasMessageContaining("503");
    assertThat(simRecords(no)).isZero();
    assertThat(row(no)).containsEntry("pub_status", "PENDING").containsEntry("attempts", 1);
    assertThat((String) row(no).get("last_error")).contains("503");

    publish(no);
    assertThat(simRecords(no)).isEqualTo(1);
    assertThat(row(no)).containsEntry("pub_status", "PUBLISHED").containsEntry("attempts", 2)
        .containsEntry("last_error", null);
  }

  @Test
  void aTimeoutAfterTheSimulatorStoredTheRecordIsNotPublishedTwice() {
    String no = decisionNo();
    simulator.setBehaviour(new PublicitySimulator.Behaviour(0, properties.timeout().toMillis() + 1500));
    assertThatThrownBy(() -> publish(no)).isInstanceOfSatisfying(PublicityClient.PublicityException.class,
        e -> assertThat(e.timeout()).isTrue());
    assertThat(simRecords(no)).as("the simulator stored it before answering too late").isEqualTo(1);
    assertThat(row(no)).containsEntry("pub_status", "PENDING");
    String stored = jdbc.queryForObject("SELECT record_no FROM cf_publicity_sim_record WHERE idempotency_key = ?",
        String.class, no);

    simulator.setBehaviour(new PublicitySimulator.Behaviour(0, 0));
    CreditPublicationService.Result retry = publish(no);
    assertThat(retry.recordNo()).isEqualTo(stored);
    assertThat(simRecords(no)).isEqualTo(1);
    assertThat(row(no)).containsEntry("pub_status", "PUBLISHED").containsEntry("external_record_id", stored);
  }

  @Test
  void simulatorDoorsAndBehaviourEndpoint() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://localhost:" + port + "/api/simulator/publicity/records";
    HttpRequest noKey = HttpRequest.newBuilder(URI.create(base)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"decisionNo\":\"x\"}")).build();
    assertThat(http.send(noKey, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    HttpRequest wrongKey = HttpRequest.newBuilder(URI.create(base + "/x")).header("X-Publicity-Key", "wrong").GET().build();
    assertThat(http.send(wrongKey, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    assertThat(officer.put("/api/simulator/publicity/behaviour", "{\"failNext\":1,\"delayMs\":0}").status()).isEqualTo(403);
    assertThat(new ApiClient(port).put("/api/simulator/publicity/behaviour", "{\"failNext\":1}").status()).isIn(401, 403);
    ApiClient admin = ApiClient.loggedIn(port, "admin");
    ApiClient.Response set = admin.put("/api/simulator/publicity/behaviour", "{\"failNext\":2,\"delayMs\":0}");
    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().path("failNext").asInt()).isEqualTo(2);
    assertThat(simulator.behaviour().failNext()).isEqualTo(2);
    assertThat(admin.get("/api/simulator/publicity/records").status()).isEqualTo(200);
    assertThat(officer.get("/api/simulator/publicity/records").status()).isEqualTo(403);
  }

  @Test
  void theModelPublishesOnceRetriesOnFailureAndEndsPublication() {
    String no = decisionNo();
    Map<String, Object> vars = new HashMap<>();
    vars.put("caseNo", "银市监立〔2026〕IT号");
    vars.put("decisionNo", no);
    vars.put("decisionDate", "2026-03-02");
    vars.put("partyName", "银川安康劳保用品有限公司");
    vars.put("partyUscc", "91640100MA76ABCDE9");
    vars.put("penaltyKind", "FINE");
    vars.put("fineAmount", 5000.0);
    vars.put("handlingOfficer", "officer1");
    vars.put("agencyCode", "NX-YC");
    vars.put("campaignCode", "FYKZ-2021");
    String pi = runtime.startProcessInstanceByKey("credit-publication", "CP-" + no, vars).getId();

    complete(pi, "Task_EnterPublicationRecord", Map.of("violationType", "生产不符合强制性标准的口罩",
        "penaltySummary", "罚款5000元", "redactedDocumentRef", "DOC-1", "redactionConfirmed", true));
    complete(pi, "Task_CheckPublicationRecord", Map.of("creditCheckDecision", "APPROVED"));

    Job publishJob = management.createJobQuery().processInstanceId(pi).activityId("Task_PublishCreditRecord").singleResult();
    simulator.setBehaviour(new PublicitySimulator.Behaviour(1, 0));
    assertThatThrownBy(() -> management.executeJob(publishJob.getId())).hasMessageContaining("503");
    Job failed = management.createJobQuery().jobId(publishJob.getId()).singleResult();
    assertThat(failed.getRetries()).isEqualTo(4);
    assertThat(failed.getExceptionMessage()).contains("503");

    simulator.setBehaviour(new PublicitySimulator.Behaviour(0, 0));
    management.executeJob(publishJob.getId());
    assertThat(runtime.getVariable(pi, "publishedDate")).isNotNull();
    String recordNo = (String) runtime.getVariable(pi, "publicationRecordId");
    assertThat(recordNo).startsWith("GS-");
    assertThat(runtime.getActiveActivityIds(pi)).containsExactly("Timer_PublicationPeriodElapsed");
    assertThat(runtime.getVariable(pi, "publicationPeriod")).isEqualTo("P3M");
    assertThat(simRecords(no)).isEqualTo(1);

    Job period = management.createJobQuery().processInstanceId(pi).timers().singleResult();
    management.executeJob(period.getId());
    Job endJob = management.createJobQuery().processInstanceId(pi).activityId("Task_EndCreditPublication").singleResult();
    management.executeJob(endJob.getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(row(no)).containsEntry("pub_status", "ENDED").containsEntry("end_reason", "PERIOD_ELAPSED");
    assertThat(jdbc.queryForObject("SELECT sim_status FROM cf_publicity_sim_record WHERE idempotency_key = ?",
        String.class, no)).isEqualTo("ENDED");
  }

  @Test
  void overdueAndDueSoonTimersFlagTheRecordAndNotifyManagers() {
    String no = decisionNo();
    Map<String, Object> vars = new HashMap<>();
    vars.put("decisionNo", no);
    vars.put("decisionDate", "2025-06-02");
    vars.put("partyName", "石嘴山护民防护用品厂");
    vars.put("partyUscc", "91640302MA76K3Q813");
    vars.put("penaltyKind", "CONFISCATION");
    vars.put("fineAmount", 80000.0);
    vars.put("handlingOfficer", "officer2");
    vars.put("agencyCode", "NX-YC");
    String businessKey = "CP-" + no;
    String pi = runtime.startProcessInstanceByKey("credit-publication", businessKey, vars).getId();

    for (String timer : new String[] {"Timer_PublicationDueSoon", "Timer_PublicationOverdue"}) {
      Job job = management.createJobQuery().processInstanceId(pi).activityId(timer).singleResult();
      assertThat(job).as(timer).isNotNull();
      management.executeJob(job.getId());
    }
    assertThat(row(no)).containsEntry("pub_status", "PENDING").containsEntry("overdue", true);
    assertThat(jdbc.queryForObject("SELECT publication_due_date FROM cf_credit_publication WHERE decision_no = ?",
        LocalDate.class, no)).isEqualTo(LocalDate.parse((String) runtime.getVariable(pi, "publicationDueDate")));
    Map<String, Object> note = jdbc.queryForMap(
        "SELECT group_id, agency_code, notification_type, title FROM cf_notification WHERE business_key = ?", businessKey);
    assertThat(note).containsEntry("group_id", "managers").containsEntry("agency_code", "NX-YC")
        .containsEntry("notification_type", "CREDIT_PUBLICATION_DUE_SOON");
    assertThat((String) note.get("title")).contains(businessKey);

    ApiClient credit = ApiClient.loggedIn(port, "credit1");
    JsonNode overdue = credit.get("/api/credit/publications?overdue=true&size=200").json();
    assertThat(overdue.path("items").findValuesAsText("decisionNo")).contains(no);
    assertThat(credit.get("/api/credit/publications?status=PUBLISHED&size=200").json().path("items")
        .findValuesAsText("decisionNo")).doesNotContain(no);
    assertThat(ApiClient.loggedIn(port, "manager1").get("/api/credit/publications?status=pending&size=200").json()
        .path("items").findValuesAsText("decisionNo")).contains(no);
    assertThat(ApiClient.loggedIn(port, "officer1").get("/api/credit/publications").status()).isEqualTo(403);
    ApiClient.Response bad = credit.get("/api/credit/publications?status=LOST");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("status");
    assertThat(credit.get("/api/credit/publications?overdue=perhaps").status()).isEqualTo(400);
  }

  void complete(String pi, String activityId, Map<String, Object> vars) {
    Task task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(activityId).singleResult();
    assertThat(task).as(activityId + " open; active: " + runtime.getActiveActivityIds(pi)).isNotNull();
    tasks.complete(task.getId(), vars);
  }
}
