package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.CaseDriver;
import com.caseflow.support.CaseSteps;
import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bad input on the task, case and event endpoints: 4xx with a clear message, nothing changed. */
@IntegrationTest
class TaskAndCaseBadInputIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void model(@Autowired org.springframework.context.ApplicationContext context) {
    EnforcementCaseModel.ensureRunnable(context);
  }

  long audits() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cf_audit_log", Long.class);
  }

  /** A fresh lead of officer1's agency and its verification task id. */
  String[] lead(ApiClient officer1) {
    ApiClient.Response r = officer1.post("/api/leads", CaseFlowIT.lead("坏输入测试公司" + UUID.randomUUID().toString().substring(0, 6)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    long caseId = r.json().path("leadId").asLong();
    JsonNode task = CaseFlowIT.taskIn(officer1, "candidates", caseId, "Task_VerifyLead");
    return new String[] {String.valueOf(caseId), task.path("id").asText()};
  }

  @Test
  void taskListParameters() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    assertThat(officer1.get("/api/tasks?scope=everything").status()).isEqualTo(400);
    assertThat(officer1.get("/api/tasks?scope=everything").json().path("fieldErrors").path(0).path("field").asText())
        .isEqualTo("scope");
    assertThat(officer1.get("/api/tasks?sort=name,asc").status()).isEqualTo(400);
    assertThat(officer1.get("/api/tasks?size=500").status()).isEqualTo(400);
    assertThat(officer1.get("/api/tasks?page=-1").status()).isEqualTo(400);
    assertThat(officer1.get("/api/tasks?dueBefore=tomorrow").status()).isEqualTo(400);
    assertThat(officer1.get("/api/tasks?overdue=maybe").status()).isEqualTo(400);
    assertThat(new ApiClient(port).get("/api/tasks").status()).isEqualTo(401);
    assertThat(officer1.get("/api/tasks?scope=agency&overdue=false&sort=due,desc").status()).isEqualTo(200);
  }

  @Test
  void unknownTasksAndWrongUsers() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    ApiClient officer2 = ApiClient.loggedIn(port, "officer2");
    ApiClient head1 = ApiClient.loggedIn(port, "head1");
    for (String path : new String[] {"/api/tasks/no-such-task", "/api/tasks/no-such-task/form"}) {
      ApiClient.Response r = officer1.get(path);
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.json().path("message").asText()).contains("no-such-task");
    }
    assertThat(officer1.post("/api/tasks/no-such-task/claim", "").status()).isEqualTo(404);
    assertThat(officer1.post("/api/tasks/no-such-task/complete", "{\"variables\":{}}").status()).isEqualTo(404);
    assertThat(officer1.put("/api/tasks/no-such-task/draft", "{\"variables\":{}}").status()).isEqualTo(404);

    String[] lead = lead(officer1);
    String taskId = lead[1];
    long before = audits();
    // completing or drafting before claiming
    assertThat(officer1.post("/api/tasks/" + taskId + "/complete", "{\"variables\":{}}").json().path("code").asText())
        .isEqualTo("TASK_NOT_ASSIGNED");
    assertThat(officer1.put("/api/tasks/" + taskId + "/draft", "{\"variables\":{}}").status()).isEqualTo(409);
    // a unit head's task is not an officer's to claim
    assertThat(officer1.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
    // officers may not assign or delegate
    assertThat(officer2.post("/api/tasks/" + taskId + "/assign", "{\"userId\":\"officer2\"}").status()).isEqualTo(403);
    assertThat(officer2.post("/api/tasks/" + taskId + "/delegate", "{\"userId\":\"officer2\"}").status()).isEqualTo(403);
    assertThat(officer2.post("/api/tasks/" + taskId + "/unclaim", "").status()).isEqualTo(409);
    // heads: unknown or foreign user, missing body field
    assertThat(head1.post("/api/tasks/" + taskId + "/assign", "{\"userId\":\"nobody\"}").status()).isEqualTo(400);
    assertThat(head1.post("/api/tasks/" + taskId + "/assign", "{\"userId\":\"officer3\"}").status()).isEqualTo(400);
    assertThat(head1.post("/api/tasks/" + taskId + "/assign", "{}").json().path("fieldErrors").path(0).path("field")
        .asText()).isEqualTo("userId");
    // form validation: required, select option, number
    ApiClient.Response invalid = officer1.post("/api/tasks/" + taskId + "/complete",
        "{\"variables\":{\"verificationResult\":\"MAYBE\"}}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().path("fieldErrors").findValuesAsText("field"))
        .contains("verificationResult", "verificationSummary");
    assertThat(officer1.put("/api/tasks/" + taskId + "/draft", "{\"variables\":").status()).isEqualTo(400);
    assertThat(audits()).as("only the claim was audited").isEqualTo(before + 1);
    // a head assigns within the agency; then delegates
    assertThat(head1.post("/api/tasks/" + taskId + "/assign", "{\"userId\":\"officer2\"}").status()).isEqualTo(204);
    assertThat(officer2.get("/api/tasks/" + taskId).json().path("assignee").asText()).isEqualTo("officer2");
    assertThat(head1.post("/api/tasks/" + taskId + "/delegate", "{\"userId\":\"officer1\"}").status()).isEqualTo(204);
    assertThat(officer1.get("/api/tasks/" + taskId).json().path("assignee").asText()).isEqualTo("officer1");
  }

  @Test
  void completionTakesOnlyWhatTheFormOffers() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    String[] lead = lead(officer1);
    long caseId = Long.parseLong(lead[0]);
    String taskId = lead[1];
    assertThat(officer1.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
    long before = audits();
    // a key the form does not have (here: pointing the task at another case) is refused, nothing is done
    ApiClient.Response foreign = officer1.post("/api/tasks/" + taskId + "/complete",
        "{\"variables\":{\"verificationResult\":\"FILE\",\"verificationSummary\":\"属实\",\"leadId\":1}}");
    assertThat(foreign.status()).as(foreign.body()).isEqualTo(400);
    assertThat(foreign.json().path("fieldErrors").path(0).path("field").asText()).isEqualTo("leadId");
    assertThat(foreign.json().path("fieldErrors").path(0).path("message").asText()).contains("表单");
    assertThat(ApiClient.loggedIn(port, "officer1").language("en").put("/api/tasks/" + taskId + "/draft",
        "{\"variables\":{\"caseNo\":\"X\"}}").json().path("fieldErrors").path(0).path("message").asText())
        .contains("not a field");
    assertThat(audits()).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_task WHERE id = ?", Long.class, taskId)).isEqualTo(1);

    // the fine range is the discretion table's: a range sent along does not widen it, money has two decimals
    CaseDriver driver = new CaseDriver(port, jdbc);
    driver.addEvidence(caseId);
    driver.driveTo(caseId, "Task_ProposePenalty");
    String propose = driver.openTask(caseId, "Task_ProposePenalty");
    assertThat(officer1.post("/api/tasks/" + propose + "/claim", "").status()).isIn(204, 409);
    JsonNode data = officer1.get("/api/tasks/" + propose + "/form").json().path("data");
    double min = data.path("fineMin").asDouble();
    assertThat(min).as("the discretion table gave a minimum").isPositive();
    before = audits();
    ApiClient.Response low = officer1.post("/api/tasks/" + propose + "/complete", CaseSteps.fill(officer1, propose,
        java.util.Map.of("fineAmount", 1, "fineMin", 0, "measure", "NONE", "confiscationValue", 0), true));
    assertThat(low.status()).as(low.body()).isEqualTo(400);
    assertThat(low.json().path("fieldErrors").findValuesAsText("field")).containsExactly("fineAmount");
    ApiClient.Response cents = officer1.post("/api/tasks/" + propose + "/complete", CaseSteps.fill(officer1, propose,
        java.util.Map.of("fineAmount", new java.math.BigDecimal(min).add(new java.math.BigDecimal("0.001")),
            "measure", "NONE", "confiscationValue", 0), true));
    assertThat(cents.status()).as(cents.body()).isEqualTo(400);
    assertThat(cents.json().path("fieldErrors").path(0).path("message").asText()).contains("两位小数");
    assertThat(audits()).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT fine_amount FROM cf_case WHERE id = ?", java.math.BigDecimal.class, caseId))
        .isNull();
  }

  @Test
  void readersOfTheWholeProvinceDoNotWriteToCaseFiles() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    String caseId = lead(officer1)[0];
    long before = audits();
    for (String reader : new String[] {"manager1", "admin"}) {
      ApiClient client = ApiClient.loggedIn(port, reader);
      assertThat(client.get("/api/cases/" + caseId).status()).as(reader + " reads").isEqualTo(200);
      ApiClient.Response evidence = client.multipart("/api/cases/" + caseId + "/evidence",
          ApiClient.Part.field("type", "DOCUMENTARY"), ApiClient.Part.field("description", "检验报告"),
          new ApiClient.Part("file", "r.txt", "text/plain", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(evidence.status()).as(reader + " evidence").isEqualTo(403);
      assertThat(evidence.json().path("message").asText()).contains("只能查看");
      assertThat(client.post("/api/cases/" + caseId + "/documents", "{\"type\":\"FILING_APPROVAL\"}").status())
          .as(reader + " documents").isEqualTo(403);
      assertThat(client.post("/api/cases/" + caseId + "/events",
          "{\"type\":\"DEFENCE_RECEIVED\",\"data\":{\"defenceSummary\":\"x\",\"factsChanged\":false}}").status())
          .as(reader + " events").isEqualTo(403);
      assertThat(client.post("/api/leads", CaseFlowIT.lead("省局登记测试")).status()).as(reader + " leads").isEqualTo(403);
    }
    assertThat(audits()).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_evidence WHERE case_id = ?", Long.class, caseId)).isZero();
  }

  @Test
  void caseListDetailAndEvents() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    ApiClient officer3 = ApiClient.loggedIn(port, "officer3");
    assertThat(officer1.get("/api/cases?agency=NOPE").status()).isEqualTo(400);
    assertThat(officer1.get("/api/cases?sort=party,up").status()).isEqualTo(400);
    assertThat(officer1.get("/api/cases?from=2026-13-01").status()).isEqualTo(400);
    assertThat(officer1.get("/api/cases?size=0").status()).isEqualTo(400);
    assertThat(officer1.get("/api/cases/999999999").status()).isEqualTo(404);
    assertThat(officer1.get("/api/cases/不存在的案号").status()).isEqualTo(404);
    assertThat(officer1.get("/api/process-definitions/nope:1:1/xml").status()).isEqualTo(404);
    assertThat(officer1.get("/api/cases?sort=due,asc&overdue=false&from=2020-01-01&to=2030-12-31").status())
        .isEqualTo(200);

    String caseId = lead(officer1)[0];
    long before = audits();
    ApiClient.Response unknownType = officer1.post("/api/cases/" + caseId + "/events", "{\"type\":\"PARTY_SMILED\",\"data\":{}}");
    assertThat(unknownType.status()).isEqualTo(400);
    assertThat(unknownType.json().path("fieldErrors").path(0).path("message").asText()).contains("PARTY_SMILED");
    assertThat(officer1.post("/api/cases/" + caseId + "/events", "{\"data\":{}}").status()).isEqualTo(400);
    ApiClient.Response missingData = officer1.post("/api/cases/" + caseId + "/events", "{\"type\":\"FINE_PAID\",\"data\":{\"paidAmount\":\"x\"}}");
    assertThat(missingData.json().path("fieldErrors").findValuesAsText("field")).contains("data.paidAmount", "data.paidDate");
    for (String amount : new String[] {"100000000000000000000", "10000000000000", "10.005", "1.0000000000000001", "-1"}) {
      ApiClient.Response badAmount = officer1.post("/api/cases/" + caseId + "/events",
          "{\"type\":\"FINE_PAID\",\"data\":{\"paidAmount\":" + amount + ",\"paidDate\":\"2026-03-02\"}}");
      assertThat(badAmount.status()).as(amount).isEqualTo(400);
      assertThat(badAmount.json().path("fieldErrors").findValuesAsText("field")).as(amount).containsExactly("data.paidAmount");
    }
    // the data become process variables: a variable of the case (the fine range) cannot be slipped in with an event
    ApiClient.Response foreign = officer1.post("/api/cases/" + caseId + "/events",
        "{\"type\":\"FINE_PAID\",\"data\":{\"paidAmount\":10,\"paidDate\":\"2026-03-02\",\"fineMax\":1e9}}");
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.json().path("fieldErrors").findValuesAsText("field")).containsExactly("data.fineMax");
    assertThat(foreign.json().path("fieldErrors").path(0).path("message").asText()).contains("paidAmount, paidDate");
    for (String quantity : new String[] {"-3", "1.5", "\"许多\""}) {
      ApiClient.Response badQuantity = officer1.post("/api/cases/" + caseId + "/events",
          "{\"type\":\"RECALL_COMPLETED\",\"data\":{\"recalledQuantity\":" + quantity + "}}");
      assertThat(badQuantity.status()).as(quantity).isEqualTo(400);
      assertThat(badQuantity.json().path("fieldErrors").findValuesAsText("field")).as(quantity)
          .containsExactly("data.recalledQuantity");
    }
    assertThat(officer1.post("/api/cases/" + caseId + "/events",
        "{\"type\":\"DEFECT_DENIED\",\"data\":{\"producerStatement\":{\"a\":1}}}").status()).isEqualTo(400);
    ApiClient.Response notWaiting = officer1.post("/api/cases/" + caseId + "/events",
        "{\"type\":\"DEFENCE_RECEIVED\",\"data\":{\"defenceSummary\":\"不服\",\"factsChanged\":false}}");
    assertThat(notWaiting.status()).isEqualTo(409);
    assertThat(notWaiting.json().path("code").asText()).isEqualTo("EVENT_NOT_EXPECTED");
    assertThat(ApiClient.loggedIn(port, "officer1").language("en").post("/api/cases/" + caseId + "/events",
        "{\"type\":\"DEFENCE_RECEIVED\",\"data\":{\"defenceSummary\":\"x\",\"factsChanged\":false}}").json()
        .path("message").asText()).contains("not waiting");
    assertThat(officer3.post("/api/cases/" + caseId + "/events",
        "{\"type\":\"DEFENCE_RECEIVED\",\"data\":{\"defenceSummary\":\"x\",\"factsChanged\":false}}").status())
        .isEqualTo(404);
    assertThat(officer1.post("/api/cases/999999999/events",
        "{\"type\":\"DEFENCE_RECEIVED\",\"data\":{\"defenceSummary\":\"x\",\"factsChanged\":false}}").status())
        .isEqualTo(404);
    assertThat(audits()).as("nothing audited, nothing changed").isEqualTo(before);
  }
}
