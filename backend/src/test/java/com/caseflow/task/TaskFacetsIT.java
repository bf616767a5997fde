package com.caseflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The task list's filter values come from the deployed models, not from the rows a user happens to see. */
@IntegrationTest
class TaskFacetsIT {

  @LocalServerPort int port;

  @Test
  void listsDeployedProcessesWithTheirUserTaskSteps() {
    ApiClient officer3 = ApiClient.loggedIn(port, "officer3");
    ApiClient.Response response = officer3.get("/api/tasks/facets");
    assertThat(response.status()).isEqualTo(200);
    JsonNode enforcement = null;
    for (JsonNode p : response.json().path("processes")) {
      assertThat(p.path("steps").size()).as("processes without user tasks are left out").isPositive();
      if (p.path("key").asText().equals("enforcement-case")) {
        enforcement = p;
      }
    }
    assertThat(enforcement).as("enforcement-case offered even with no task of it in sight").isNotNull();
    assertThat(enforcement.path("name").asText()).isNotBlank();
    assertThat(enforcement.path("steps").findValuesAsText("activityId"))
        .contains("Task_VerifyLead", "Task_ApproveFiling", "Task_AssignOfficers", "Task_Investigate");
    assertThat(enforcement.path("steps").findValuesAsText("name")).contains("核查线索");
  }

  @Test
  void needsALogin() {
    assertThat(new ApiClient(port).get("/api/tasks/facets").status()).isEqualTo(401);
  }
}
