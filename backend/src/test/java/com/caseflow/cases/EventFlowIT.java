package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.CaseDriver;
import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A filed case driven through the API to the prior-notice wait: the external DEFENCE_RECEIVED event is
 * correlated by case number and audited, a second one is refused (no longer waited for); the decision then
 * gets its number from recordDecision.
 */
@IntegrationTest
class EventFlowIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void model(@Autowired ApplicationContext context) {
    EnforcementCaseModel.ensureRunnable(context);
  }

  CaseDriver driver;

  @BeforeEach
  void driver() {
    driver = new CaseDriver(port, jdbc);
  }

  ApiClient as(String user) {
    return driver.as(user);
  }

  void driveTo(long caseId, String stopAt) {
    driver.driveTo(caseId, stopAt);
  }

  @Test
  void defenceIsCorrelatedByCaseNumberOnceAndTheDecisionIsNumbered() {
    ApiClient officer1 = as("officer1");
    ApiClient.Response registered = officer1.post("/api/leads",
        CaseFlowIT.lead("事件流程测试公司" + UUID.randomUUID().toString().substring(0, 6)));
    long caseId = registered.json().path("leadId").asLong();
    driveTo(caseId, "Task_WriteEndReport");

    // the end report needs evidence in the file
    String endReport = jdbc.queryForObject("SELECT id FROM cf_task WHERE case_id = ? AND activity_id = 'Task_WriteEndReport'",
        String.class, caseId);
    assertThat(officer1.post("/api/tasks/" + endReport + "/claim", "").status()).isEqualTo(204);
    ApiClient.Response noEvidence = officer1.post("/api/tasks/" + endReport + "/complete",
        CaseFlowIT.fill(officer1, endReport, CaseDriver.ANSWERS.get("Task_WriteEndReport")));
    assertThat(noEvidence.status()).isEqualTo(400);
    assertThat(noEvidence.json().path("fieldErrors").findValuesAsText("field")).contains("evidence");
    assertThat(officer1.multipart("/api/cases/" + caseId + "/evidence", ApiClient.Part.field("type", "DOCUMENTARY"),
        ApiClient.Part.field("description", "检验报告"),
        new ApiClient.Part("file", "report.txt", "text/plain", "检验报告：过滤效率不合格".getBytes(StandardCharsets.UTF_8)))
        .status()).isEqualTo(201);

    // the part of the confiscation that is illegal gains cannot exceed it
    driver.driveTo(caseId, "Task_ProposePenalty");
    String propose = driver.openTask(caseId, "Task_ProposePenalty");
    assertThat(officer1.post("/api/tasks/" + propose + "/claim", "").status()).isIn(204, 409);
    double min = officer1.get("/api/tasks/" + propose + "/form").json().path("data").path("fineMin").asDouble();
    ApiClient.Response tooMuch = officer1.post("/api/tasks/" + propose + "/complete", CaseFlowIT.fill(officer1, propose,
        Map.of("fineAmount", min, "measure", "NONE", "confiscationValue", 5000, "illegalGains", 5000.01)));
    assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(400);
    assertThat(tooMuch.json().path("fieldErrors").findValuesAsText("field")).containsExactly("illegalGains");
    driver.driveTo(caseId, "Task_RecordPriorNoticeDelivery",
        Map.of("Task_ProposePenalty", Map.of("confiscationValue", 5000, "illegalGains", 3000)));
    JsonNode detail = officer1.get("/api/cases/" + caseId).json();
    assertThat(detail.path("stage").asText()).isEqualTo("PRIOR_NOTICE");
    assertThat(detail.path("notifications").toString()).contains("PRIOR_NOTICE");
    assertThat(detail.path("penalty").path("fineAmount").isNumber()).isTrue();
    assertThat(detail.path("evidence").size()).isEqualTo(1);
    String caseNo = detail.path("caseNo").asText();

    String delivery = jdbc.queryForObject(
        "SELECT id FROM cf_task WHERE case_id = ? AND activity_id = 'Task_RecordPriorNoticeDelivery'", String.class, caseId);
    assertThat(officer1.post("/api/tasks/" + delivery + "/claim", "").status()).isEqualTo(204);
    assertThat(officer1.post("/api/tasks/" + delivery + "/complete", CaseFlowIT.fill(officer1, delivery, Map.of()))
        .status()).isEqualTo(204);

    // the party's 5 working days to respond run: the case page lists the period among its deadlines
    JsonNode waiting = officer1.get("/api/cases/" + caseId).json().path("deadlines");
    assertThat(waiting).anySatisfy(d -> {
      assertThat(d.path("name").asText()).isEqualTo("5个工作日届满");
      assertThat(d.path("overdue").asBoolean()).isFalse();
      assertThat(d.path("workingDaysLeft").asInt()).isPositive();
    });

    String ref = java.net.URLEncoder.encode(caseNo, StandardCharsets.UTF_8);
    String defence = "{\"type\":\"DEFENCE_RECEIVED\",\"data\":{\"defenceSummary\":\"当事人称已下架\",\"factsChanged\":false}}";
    assertThat(officer1.post("/api/cases/" + ref + "/events", "{\"type\":\"FINE_PAID\",\"data\":{\"paidAmount\":10,"
        + "\"paidDate\":\"2026-03-02\"}}").status()).as("no payment awaited yet").isEqualTo(409);
    ApiClient.Response accepted = officer1.post("/api/cases/" + ref + "/events", defence);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    assertThat(officer1.post("/api/cases/" + ref + "/events", defence).status()).as("only once").isEqualTo(409);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_audit_log WHERE case_id = ? AND action = 'EVENT_RECEIVED'",
        Long.class, caseId)).isEqualTo(1);

    driveTo(caseId, "Task_IssueDecision");
    String issue = jdbc.queryForObject("SELECT id FROM cf_task WHERE case_id = ? AND activity_id = 'Task_IssueDecision'",
        String.class, caseId);
    assertThat(officer1.post("/api/tasks/" + issue + "/claim", "").status()).isEqualTo(204);
    assertThat(officer1.post("/api/tasks/" + issue + "/complete", CaseFlowIT.fill(officer1, issue, Map.of())).status())
        .isEqualTo(204);
    detail = officer1.get("/api/cases/" + caseId).json();
    assertThat(detail.path("penalty").path("decisionNo").asText()).matches("银市监罚决〔\\d{4}〕\\d+号");
    assertThat(detail.path("penalty").path("confiscationValue").decimalValue()).isEqualByComparingTo("5000");
    assertThat(detail.path("penalty").path("illegalGains").decimalValue()).isEqualByComparingTo("3000");
  }
}
