package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.CaseSteps;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lead registered through the API goes through verification and filing approval, gets its number, and
 * its investigation task is listed — all scoped to 银川; 石嘴山's officer3 sees and touches none of it.
 */
@IntegrationTest
class CaseFlowIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired com.caseflow.calendar.StatutoryCalendar calendar;
  @Autowired java.time.Clock clock;

  /** Working days left to a due day as the calendar counts them; null when its year is not loaded. */
  Integer workingDaysLeft(LocalDate due) {
    try {
      return calendar.workingDaysBetween(LocalDate.now(clock), due);
    } catch (com.caseflow.calendar.CalendarYearNotLoadedException e) {
      return null;
    }
  }

  static Integer intOrNull(JsonNode node) {
    assertThat(node.isMissingNode()).as("field present").isFalse();
    return node.isNull() ? null : node.asInt();
  }

  @BeforeAll
  static void model(@Autowired org.springframework.context.ApplicationContext context) {
    EnforcementCaseModel.ensureRunnable(context);
  }

  static String lead(String partyName) {
    return CaseSteps.lead(partyName);
  }

  static JsonNode taskIn(ApiClient client, String scope, long caseId, String activityId) {
    return CaseSteps.taskIn(client, scope, caseId, activityId);
  }

  /** Variables for a task: the current ones, the given ones, and a plausible value for each required field. */
  static String fill(ApiClient client, String taskId, Map<String, Object> given) {
    return CaseSteps.fill(client, taskId, given, true);
  }


  @Test
  void leadIsVerifiedFiledNumberedAndInvestigatedWithinItsAgency() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    ApiClient officer2 = ApiClient.loggedIn(port, "officer2");
    ApiClient officer3 = ApiClient.loggedIn(port, "officer3");
    ApiClient head1 = ApiClient.loggedIn(port, "head1");
    ApiClient unithead1 = ApiClient.loggedIn(port, "unithead1");
    String party = "宁夏流程测试口罩有限公司" + UUID.randomUUID().toString().substring(0, 6);

    ApiClient.Response registered = officer1.post("/api/leads", lead(party));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    long caseId = registered.json().path("leadId").asLong();
    assertThat(registered.json().path("processInstanceId").asText()).isNotBlank();

    // verification: a candidate task of 银川's officers
    JsonNode verify = taskIn(officer1, "candidates", caseId, "Task_VerifyLead");
    assertThat(verify).as("verification task in officer1's candidates").isNotNull();
    assertThat(verify.path("partyName").asText()).isEqualTo(party);
    assertThat(verify.path("due").asText()).isNotBlank();
    assertThat(verify.path("workingDaysLeft").isInt()).as("working days on the statutory calendar").isTrue();
    assertThat(taskIn(officer1, "agency", caseId, "Task_VerifyLead")).isNotNull();
    String verifyId = verify.path("id").asText();

    // officer3 (石嘴山) sees and touches nothing of it
    assertThat(taskIn(officer3, "agency", caseId, "Task_VerifyLead")).isNull();
    assertThat(taskIn(officer3, "candidates", caseId, "Task_VerifyLead")).isNull();
    assertThat(officer3.get("/api/cases/" + caseId).status()).isEqualTo(404);
    assertThat(officer3.get("/api/tasks/" + verifyId).status()).isEqualTo(404);
    assertThat(officer3.post("/api/tasks/" + verifyId + "/claim", "").status()).isEqualTo(404);
    assertThat(officer3.post("/api/tasks/" + verifyId + "/complete", "{\"variables\":{}}").status()).isEqualTo(404);
    assertThat(officer3.get("/api/cases?party=" + party).json().path("total").asLong()).isZero();
    // officer1 finds it by any part of the party name (search keys), and not by a text the name does not contain
    String middle = party.substring(6); // "口罩有限公司" + the unique tail
    ApiClient.Response found = officer1.get("/api/cases?party=" + java.net.URLEncoder.encode(middle,
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(found.json().path("items")).extracting(n -> n.path("id").asLong()).containsExactly(caseId);
    // a full page is counted (up to Paging.TOTAL_CAP): officer1's agency holds more than one case
    JsonNode firstOfAll = officer1.get("/api/cases?size=1").json();
    assertThat(firstOfAll.path("total").asLong()).isGreaterThan(1);
    assertThat(firstOfAll.path("totalCapped").asBoolean()).isFalse();
    assertThat(officer1.get("/api/cases?party=" + java.net.URLEncoder.encode(party.substring(2, 8) + "X",
        java.nio.charset.StandardCharsets.UTF_8)).json().path("total").asLong()).isZero();

    // claim; a second claimant hears who holds it
    assertThat(officer1.post("/api/tasks/" + verifyId + "/claim", "").status()).isEqualTo(204);
    ApiClient.Response taken = officer2.post("/api/tasks/" + verifyId + "/claim", "");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().path("code").asText()).isEqualTo("TASK_ALREADY_CLAIMED");
    assertThat(taken.json().path("message").asText()).contains("张伟");
    assertThat(taskIn(officer1, "mine", caseId, "Task_VerifyLead")).isNotNull();
    assertThat(officer1.get("/api/tasks/counts").json().path("mine").asLong()).isPositive();

    // form, draft, complete
    ApiClient.Response form = officer1.get("/api/tasks/" + verifyId + "/form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.json().path("schema").path("components").isArray()).isTrue();
    assertThat(officer1.put("/api/tasks/" + verifyId + "/draft", "{\"variables\":{\"verificationSummary\":\"草稿\"}}")
        .status()).isEqualTo(204);
    assertThat(officer1.get("/api/tasks/" + verifyId + "/form").json().path("data").path("verificationSummary")
        .asText()).isEqualTo("草稿");
    ApiClient.Response done = officer1.post("/api/tasks/" + verifyId + "/complete",
        fill(officer1, verifyId, Map.of("verificationResult", "FILE", "verificationSummary", "初步查明销售不合格口罩")));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    assertThat(officer1.get("/api/tasks/" + verifyId).status()).isEqualTo(404);

    // filing approval by the agency head; sending back needs a comment
    JsonNode approve = taskIn(head1, "candidates", caseId, "Task_ApproveFiling");
    assertThat(approve).as("filing approval in head1's candidates").isNotNull();
    String approveId = approve.path("id").asText();
    assertThat(head1.post("/api/tasks/" + approveId + "/claim", "").status()).isEqualTo(204);
    ApiClient.Response noComment = head1.post("/api/tasks/" + approveId + "/complete",
        "{\"variables\":{\"filingDecision\":\"REJECT\",\"verificationResult\":\"FILE\"}}");
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.json().path("fieldErrors").toString()).contains("comment");
    assertThat(head1.get("/api/tasks/" + approveId).status()).as("still open").isEqualTo(200);
    ApiClient.Response filed = head1.post("/api/tasks/" + approveId + "/complete",
        fill(head1, approveId, Map.of("filingDecision", "APPROVE", "verificationResult", "FILE")));
    assertThat(filed.status()).as(filed.body()).isEqualTo(204);

    // the case has its number, and it is the business key
    JsonNode detail = officer1.get("/api/cases/" + caseId).json();
    String caseNo = detail.path("caseNo").asText();
    assertThat(caseNo).matches("银市监处罚〔" + LocalDate.now().getYear() + "〕\\d+号");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(detail.path("processInstanceId").asText())
        .singleResult().getBusinessKey()).isEqualTo(caseNo);
    assertThat(officer1.get("/api/cases/" + java.net.URLEncoder.encode(caseNo, java.nio.charset.StandardCharsets.UTF_8))
        .json().path("id").asLong()).isEqualTo(caseId);

    // two different officers of this agency
    JsonNode assign = taskIn(unithead1, "candidates", caseId, "Task_AssignOfficers");
    assertThat(assign).isNotNull();
    assertThat(assign.path("caseNo").asText()).isEqualTo(caseNo);
    String assignId = assign.path("id").asText();
    assertThat(unithead1.post("/api/tasks/" + assignId + "/claim", "").status()).isEqualTo(204);
    ApiClient.Response same = unithead1.post("/api/tasks/" + assignId + "/complete",
        "{\"variables\":{\"leadOfficer\":\"officer1\",\"secondOfficer\":\"officer1\"}}");
    assertThat(same.status()).isEqualTo(400);
    assertThat(same.json().path("fieldErrors").toString()).contains("secondOfficer");
    ApiClient.Response foreign = unithead1.post("/api/tasks/" + assignId + "/complete",
        "{\"variables\":{\"leadOfficer\":\"officer1\",\"secondOfficer\":\"officer3\"}}");
    assertThat(foreign.status()).isEqualTo(400);
    ApiClient.Response assigned = unithead1.post("/api/tasks/" + assignId + "/complete",
        fill(unithead1, assignId, Map.of("leadOfficer", "officer1", "secondOfficer", "officer2")));
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(204);

    // the investigation task is listed with the number; the case file shows stage, officers, timeline
    JsonNode investigate = taskIn(officer1, "agency", caseId, "Task_Investigate");
    assertThat(investigate).isNotNull();
    assertThat(investigate.path("caseNo").asText()).isEqualTo(caseNo);
    assertThat(taskIn(officer3, "agency", caseId, "Task_Investigate")).isNull();
    detail = officer1.get("/api/cases/" + caseId).json();
    assertThat(detail.path("stage").asText()).isEqualTo("INVESTIGATION");
    assertThat(detail.path("officers").findValuesAsText("username")).containsExactlyInAnyOrder("officer1", "officer2");
    assertThat(detail.path("products").path(0).path("goodsValue").decimalValue()).isEqualByComparingTo("30000.50");
    assertThat(detail.path("activeActivityIds").toString()).contains("Task_Investigate");
    assertThat(detail.path("passedActivityIds").toString()).contains("Task_VerifyLead", "Task_ApproveFiling");
    assertThat(detail.path("timeline").toString()).contains("LEAD_REGISTERED", "TASK_CLAIMED", "CASE_FILED",
        "STAGE_CHANGED", "OFFICERS_ASSIGNED");
    JsonNode listed = officer1.get("/api/cases?caseNo=" + java.net.URLEncoder.encode(caseNo,
        java.nio.charset.StandardCharsets.UTF_8)).json();
    assertThat(listed.path("total").asLong()).isEqualTo(1);
    assertThat(listed.path("items").path(0).path("stage").asText()).isEqualTo("INVESTIGATION");
    // working days left to the case's and each open task's due day, on the statutory calendar
    LocalDate caseDue = LocalDate.parse(detail.path("due").asText());
    assertThat(intOrNull(detail.path("workingDaysLeft"))).isEqualTo(workingDaysLeft(caseDue));
    assertThat(intOrNull(listed.path("items").path(0).path("workingDaysLeft"))).isEqualTo(workingDaysLeft(caseDue));
    assertThat(detail.path("deadlines")).isNotEmpty();
    for (JsonNode deadline : detail.path("deadlines")) {
      assertThat(intOrNull(deadline.path("workingDaysLeft")))
          .isEqualTo(workingDaysLeft(LocalDate.parse(deadline.path("due").asText())));
    }
    assertThat(intOrNull(detail.path("workingDaysLeft"))).isEqualTo(intOrNull(investigate.path("workingDaysLeft")));
    assertThat(head1.get("/api/cases?stage=INVESTIGATION&size=200").json().path("items").findValuesAsText("caseNo"))
        .contains(caseNo);

    // BPMN XML for the diagram
    ApiClient.Response xml = officer1.get("/api/process-definitions/" + detail.path("processDefinitionId").asText() + "/xml");
    assertThat(xml.status()).isEqualTo(200);
    assertThat(xml.body()).contains("Task_Investigate");

    // the projection agrees with the engine
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_task WHERE case_id = ?", Long.class, caseId)).isEqualTo(1);
  }
}
