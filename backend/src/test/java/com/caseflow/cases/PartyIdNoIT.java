package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.CaseSteps;
import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A natural person's ID number: masked in the case list, the task list and 我发起的; in full on the case
 * detail only for those handling the case in its agency (registrant, officers, assignees, heads).
 */
@IntegrationTest
class PartyIdNoIT {

  static final String ID_NO = "64010219880808204X";
  static final String MASKED = "6401**********204X";

  @LocalServerPort int port;

  @BeforeAll
  static void model(@Autowired ApplicationContext context) {
    EnforcementCaseModel.ensureRunnable(context);
  }

  static String personLead(String name, String idNo) {
    return """
        {"campaignCode":"HMZL-2021","source":"COMPLAINT","partyName":"%s","partyType":"PERSON","partyIdNo":"%s",
         "productName":"儿童口罩","description":"投诉：网店销售无标识儿童口罩"}""".formatted(name, idNo);
  }

  JsonNode party(ApiClient client, long caseId) {
    ApiClient.Response r = client.get("/api/cases/" + caseId);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().path("party");
  }

  @Test
  void idNumberIsMaskedInListsAndShownInFullToThoseHandlingTheCase() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    ApiClient officer2 = ApiClient.loggedIn(port, "officer2");
    String name = "马某" + UUID.randomUUID().toString().substring(0, 6);
    ApiClient.Response registered = officer1.post("/api/leads", personLead(name, ID_NO));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    long caseId = registered.json().path("leadId").asLong();

    // lists: the case list (a search by name), the task list and one task, 我发起的
    ApiClient.Response cases = officer1.get("/api/cases?party=" + name);
    assertThat(cases.json().path("items").path(0).path("partyIdNo").asText()).isEqualTo(MASKED);
    JsonNode task = CaseSteps.taskIn(officer1, "candidates", caseId, "Task_VerifyLead");
    assertThat(task.path("partyIdNo").asText()).isEqualTo(MASKED);
    String taskId = task.path("id").asText();
    ApiClient.Response oneTask = officer2.get("/api/tasks/" + taskId);
    ApiClient.Response tasks = officer1.get("/api/tasks?scope=agency&q=" + name);
    ApiClient.Response started = officer1.get("/api/cases/started?q=" + name);
    assertThat(started.json().path("items").path(0).path("partyIdNo").asText()).isEqualTo(MASKED);
    for (ApiClient.Response list : new ApiClient.Response[] {cases, oneTask, tasks, started}) {
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.body()).contains(MASKED).doesNotContain(ID_NO);
    }

    // the detail: in full for the registrant and the agency's heads
    JsonNode mine = party(officer1, caseId);
    assertThat(mine.path("idNo").asText()).isEqualTo(ID_NO);
    assertThat(mine.path("idNoMasked").asBoolean()).isFalse();
    assertThat(officer1.get("/api/cases/" + caseId).json().path("partyIdNo").asText()).isEqualTo(ID_NO);
    assertThat(party(ApiClient.loggedIn(port, "head1"), caseId).path("idNo").asText()).isEqualTo(ID_NO);
    assertThat(party(ApiClient.loggedIn(port, "unithead1"), caseId).path("idNo").asText()).isEqualTo(ID_NO);

    // masked for colleagues not on the case and for the province
    for (String user : new String[] {"officer2", "credit1", "manager1"}) {
      ApiClient client = user.equals("officer2") ? officer2 : ApiClient.loggedIn(port, user);
      ApiClient.Response detail = client.get("/api/cases/" + caseId);
      assertThat(detail.body()).as(user).doesNotContain(ID_NO);
      assertThat(detail.json().path("party").path("idNo").asText()).as(user).isEqualTo(MASKED);
      assertThat(detail.json().path("party").path("idNoMasked").asBoolean()).isTrue();
    }

    // officer2 takes the verification: now handling it, in full; handed back: masked again
    assertThat(officer2.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
    assertThat(party(officer2, caseId).path("idNo").asText()).isEqualTo(ID_NO);
    assertThat(officer2.post("/api/tasks/" + taskId + "/unclaim", "").status()).isEqualTo(204);
    assertThat(party(officer2, caseId).path("idNo").asText()).isEqualTo(MASKED);
  }

  @Test
  void anIdNumberLongerThan32CharactersIsRefused() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    String name = "超长证件号" + UUID.randomUUID().toString().substring(0, 6);
    ApiClient.Response r = officer1.post("/api/leads", personLead(name, "6".repeat(33)));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("fieldErrors").findValuesAsText("field")).containsExactly("partyIdNo");
    assertThat(officer1.get("/api/cases?party=" + name).json().path("total").asLong()).isZero();
  }
}
