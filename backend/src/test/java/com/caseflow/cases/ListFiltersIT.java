package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.CaseSteps;
import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case and task list filters and sorts select and order what they say, and a value that cannot match is a 400. */
@IntegrationTest
class ListFiltersIT {

  @LocalServerPort int port;
  @Autowired TaskService engineTasks;

  @BeforeAll
  static void model(@Autowired org.springframework.context.ApplicationContext context) {
    EnforcementCaseModel.ensureRunnable(context);
  }

  @Test
  void caseAndTaskFiltersSelectAndOrder() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    String prefix = "筛选" + UUID.randomUUID().toString().substring(0, 6);
    List<Long> ids = new ArrayList<>();
    for (String campaign : new String[] {"FYKZ-2021", "FYKZ-2021", "HMZL-2021"}) {
      String body = CaseSteps.lead(prefix + ids.size() + "公司").replace("FYKZ-2021", campaign);
      ApiClient.Response r = officer1.post("/api/leads", body);
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      ids.add(r.json().path("leadId").asLong());
    }
    // the second lead's verification is overdue, the third's is due late
    Task second = engineTasks.createTaskQuery().processInstanceBusinessKey("lead-" + ids.get(1)).singleResult();
    Task third = engineTasks.createTaskQuery().processInstanceBusinessKey("lead-" + ids.get(2)).singleResult();
    LocalDate registered = LocalDate.parse(cases(officer1, "party=" + prefix).path("items").path(0)
        .path("registeredAt").asText().substring(0, 10));
    second.setDueDate(date(registered.minusDays(3)));
    engineTasks.saveTask(second);
    third.setDueDate(date(registered.plusDays(60)));
    engineTasks.saveTask(third);

    String p = "party=" + prefix;
    assertThat(caseIds(officer1, p)).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(caseIds(officer1, p + "&campaign=FYKZ-2021")).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
    assertThat(caseIds(officer1, p + "&campaign=HMZL-2021")).containsExactly(ids.get(2));
    assertThat(caseIds(officer1, p + "&stage=VERIFICATION")).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(caseIds(officer1, p + "&stage=INVESTIGATION")).isEmpty();
    assertThat(caseIds(officer1, p + "&overdue=true")).containsExactly(ids.get(1));
    assertThat(caseIds(officer1, p + "&overdue=false")).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
    assertThat(caseIds(officer1, p + "&from=" + registered + "&to=" + registered)).hasSize(3);
    assertThat(caseIds(officer1, p + "&from=" + registered.plusDays(1))).isEmpty();
    assertThat(caseIds(officer1, p + "&to=" + registered.minusDays(1))).isEmpty();
    assertThat(caseIds(officer1, p + "&sort=id,asc")).containsExactlyElementsOf(ids);
    assertThat(caseIds(officer1, p + "&sort=id,desc")).containsExactly(ids.get(2), ids.get(1), ids.get(0));
    assertThat(caseIds(officer1, p + "&sort=due,asc")).startsWith(ids.get(1)).endsWith(ids.get(2));
    assertThat(caseIds(officer1, p + "&sort=due,desc")).startsWith(ids.get(2)).endsWith(ids.get(1));
    // a head of the city sees them too; officer3 of 石嘴山 does not
    assertThat(caseIds(ApiClient.loggedIn(port, "head1"), p)).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(caseIds(ApiClient.loggedIn(port, "officer3"), p)).isEmpty();

    // LIKE wildcards in the text are the characters themselves
    assertThat(caseIds(officer1, p + "%25")).isEmpty();
    assertThat(caseIds(officer1, "party=" + prefix.substring(0, 2) + "_" + prefix.substring(3))).isEmpty();

    String q = "scope=candidates&q=" + prefix;
    assertThat(taskCases(officer1, q + "%25")).isEmpty();
    assertThat(taskCases(officer1, "scope=candidates&q=" + prefix.substring(0, 2) + "_" + prefix.substring(3))).isEmpty();
    assertThat(taskCases(officer1, q)).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(taskCases(officer1, q + "&processKey=enforcement-case")).hasSize(3);
    assertThat(taskCases(officer1, q + "&processKey=product-recall")).isEmpty();
    assertThat(taskCases(officer1, q + "&activityId=Task_VerifyLead")).hasSize(3);
    assertThat(taskCases(officer1, q + "&activityId=Task_Investigate")).isEmpty();
    assertThat(taskCases(officer1, q + "&campaign=HMZL-2021")).containsExactly(ids.get(2));
    assertThat(taskCases(officer1, q + "&overdue=true")).containsExactly(ids.get(1));
    assertThat(taskCases(officer1, q + "&dueBefore=" + registered)).containsExactly(ids.get(1));
    assertThat(taskCases(officer1, q + "&dueBefore=" + registered.plusDays(90))).hasSize(3);
    assertThat(taskCases(officer1, q + "&sort=due,asc")).containsExactly(ids.get(1), ids.get(0), ids.get(2));
    assertThat(taskCases(officer1, q + "&sort=due,desc")).containsExactly(ids.get(2), ids.get(0), ids.get(1));
  }

  @Test
  void filterValuesThatCannotMatchAreRefused() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    assertThat(field(officer1.get("/api/cases?stage=NOPE"))).isEqualTo("stage");
    assertThat(field(officer1.get("/api/cases?campaign=NOPE-2099"))).isEqualTo("campaign");
    assertThat(field(officer1.get("/api/cases?from=2026-05-02&to=2026-05-01"))).isEqualTo("to");
    assertThat(officer1.get("/api/cases?campaign=NOPE-2099").json().path("fieldErrors").path(0).path("message").asText())
        .contains("NOPE-2099");
    assertThat(field(officer1.get("/api/tasks?processKey=no-such-process"))).isEqualTo("processKey");
    assertThat(field(officer1.get("/api/tasks?processKey=enforcement-case&activityId=Task_Nope"))).isEqualTo("activityId");
    assertThat(field(officer1.get("/api/tasks?activityId=Task_Nope"))).isEqualTo("activityId");
    assertThat(field(officer1.get("/api/tasks?campaign=NOPE-2099"))).isEqualTo("campaign");
    ApiClient.Response en = ApiClient.loggedIn(port, "officer1").language("en").get("/api/cases?stage=NOPE");
    assertThat(en.json().path("fieldErrors").path(0).path("message").asText()).contains("must be one of");
  }

  private static String field(ApiClient.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    return r.json().path("fieldErrors").path(0).path("field").asText();
  }

  private static JsonNode cases(ApiClient client, String query) {
    ApiClient.Response r = client.get("/api/cases?" + query);
    assertThat(r.status()).as(query + ": " + r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<Long> caseIds(ApiClient client, String query) {
    List<Long> out = new ArrayList<>();
    cases(client, query).path("items").forEach(c -> out.add(c.path("leadId").asLong()));
    return out;
  }

  private static List<Long> taskCases(ApiClient client, String query) {
    ApiClient.Response r = client.get("/api/tasks?" + query);
    assertThat(r.status()).as(query + ": " + r.body()).isEqualTo(200);
    List<Long> out = new ArrayList<>();
    r.json().path("items").forEach(t -> out.add(t.path("caseId").asLong()));
    return out;
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atTime(17, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
