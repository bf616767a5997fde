package com.caseflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.CaseDriver;
import com.caseflow.support.CaseSteps;
import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A modeler changes a rule table and deploys it alone, without the process: the next penalty proposal uses it (the
 * business-rule tasks bind the latest decision), as does a process deployed alone keep finding its tables.
 */
@IntegrationTest
class DecisionDeployIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void model(@Autowired org.springframework.context.ApplicationContext context) {
    EnforcementCaseModel.ensureRunnable(context);
  }

  @Test
  void aDiscretionTableDeployedAloneDecidesTheNextProposal() {
    CaseDriver driver = new CaseDriver(port, jdbc);
    ApiClient modeler = ApiClient.loggedIn(port, "modeler1");
    double before = fineMinOfANewCase(driver, "裁量基准测试甲");

    String shipped = resource("/caseflow/dmn/penalty-discretion.dmn");
    String doubled = shipped.replace("round half up(goodsValue * ", "round half up(2 * goodsValue * ");
    assertThat(doubled).isNotEqualTo(shipped);
    ApiClient.Response deployed = modeler.post("/api/models/deployments", deploy("DMN", doubled, "裁量基准翻倍（测试）"));
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
    try {
      double after = fineMinOfANewCase(driver, "裁量基准测试乙");
      assertThat(after).isEqualTo(2 * before);
    } finally {
      // the shipped table again, for the tests after this one
      assertThat(modeler.post("/api/models/deployments", deploy("DMN", shipped, "恢复")).status()).isEqualTo(201);
    }
    assertThat(fineMinOfANewCase(driver, "裁量基准测试丙")).isEqualTo(before);
  }

  /** A new case of officer1 driven to the penalty proposal: the minimum fine the discretion table gave it. */
  private double fineMinOfANewCase(CaseDriver driver, String party) {
    ApiClient.Response r = driver.as("officer1").post("/api/leads",
        CaseSteps.lead(party + UUID.randomUUID().toString().substring(0, 6)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    long caseId = r.json().path("leadId").asLong();
    driver.driveTo(caseId, "Task_WriteEndReport");
    driver.addEvidence(caseId);
    driver.driveTo(caseId, "Task_ProposePenalty");
    String task = driver.openTask(caseId, "Task_ProposePenalty");
    double fineMin = driver.as("officer1").get("/api/tasks/" + task + "/form").json().path("data").path("fineMin")
        .asDouble();
    assertThat(fineMin).isPositive();
    return fineMin;
  }

  private static String deploy(String kind, String content, String comment) {
    ObjectNode body = JSON.createObjectNode().put("kind", kind).put("content", content).put("comment", comment);
    return body.toString();
  }

  private static String resource(String path) {
    try (InputStream in = DecisionDeployIT.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
