package com.caseflow.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.cases.Uscc;
import com.caseflow.support.ApiClient;
import com.caseflow.support.ApiClient.Part;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The follow-up beans driven through the real spot-check-followup model: openCaseLead at import,
 * flagProductionHalt and the related NOT_RECTIFIED lead, updateCaseLead after a conforming re-test; and the
 * flag endpoints.
 */
@IntegrationTest
class SpotCheckFollowupIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  static String randomUscc() {
    StringBuilder s = new StringBuilder("91640100MA76");
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (int i = 0; i < 5; i++) {
      s.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return Uscc.withCheck(s.toString());
  }

  /** Imports one non-conforming sample that shows a violation; returns its sample id. */
  long importViolation(String uscc) {
    String reportNo = SpotCheckImportIT.report("F");
    String row = SpotCheckImportIT.row(reportNo, "不合格", "过滤效率", "是").replace("91640100MA76ABCDE9", uscc);
    ApiClient.Response r = ApiClient.loggedIn(port, "quality1").multipart("/api/spot-checks/import",
        new Part("file", "f.csv", "text/csv", SpotCheckImportIT.csv(row)));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return jdbc.queryForObject("SELECT id FROM cf_spot_check_sample WHERE report_no = ?", Long.class, reportNo);
  }

  String pi(long sampleId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey("SC-" + sampleId).singleResult().getId();
  }

  void complete(String pi, String activityId, Map<String, Object> vars) {
    Task task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(activityId).singleResult();
    assertThat(task).as(activityId + " open; active: " + runtime.getActiveActivityIds(pi)).isNotNull();
    tasks.complete(task.getId(), vars);
  }

  @Test
  void notRectifiedFlagsProductionHaltAndOpensARelatedLead() {
    String uscc = randomUscc();
    long sampleId = importViolation(uscc);
    String pi = pi(sampleId);
    long firstLead = (Long) runtime.getVariable(pi, "caseLeadId");

    complete(pi, "Task_DeliverResult", Map.of("resultDeliveredDate", "2025-09-01", "deliveryMethod", "DIRECT"));
    Job objectionWindow = management.createJobQuery().processInstanceId(pi).timers().singleResult();
    management.executeJob(objectionWindow.getId());
    complete(pi, "Task_IssueRectificationOrder", Map.of("rectificationOrderNo", "银市监责改〔2025〕1号",
        "rectificationDeadline", "2025-10-15", "rectificationRequirements", "召回并整改生产工艺"));
    runtime.createMessageCorrelation("Message_RectificationReported").processInstanceBusinessKey("SC-" + sampleId)
        .setVariable("rectificationSummary", "已更换熔喷布").setVariable("rectificationReportDate", "2025-10-10")
        .correlate();
    complete(pi, "Task_Reinspect", Map.of("reinspectionResult", "NOT_RECTIFIED", "reinspectionDate", "2025-10-20"));

    assertThat(runtime.getActiveActivityIds(pi)).containsExactly("Task_PreparePublicNotice");
    assertThat(runtime.getVariable(pi, "caseLeadId")).isEqualTo(firstLead);
    Map<String, Object> second = jdbc.queryForMap("SELECT id, parent_case_id FROM cf_case WHERE origin_key = ?",
        "SC-" + sampleId + "|NOT_RECTIFIED");
    assertThat(((Number) second.get("parent_case_id")).longValue()).isEqualTo(firstLead);

    ApiClient quality = ApiClient.loggedIn(port, "quality1");
    JsonNode flags = quality.get("/api/enterprises/" + uscc + "/flags").json();
    assertThat(flags).hasSize(1);
    JsonNode flag = flags.get(0);
    assertThat(flag.path("flagType").asText()).isEqualTo("PRODUCTION_HALT");
    assertThat(flag.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(flag.path("sampleId").asLong()).isEqualTo(sampleId);
    assertThat(flag.path("sourceKey").asText()).isEqualTo("SC-" + sampleId);
    long flagId = flag.path("id").asLong();
    String lift = "/api/enterprises/" + uscc + "/flags/" + flagId + "/lift";

    assertThat(ApiClient.loggedIn(port, "officer1").post(lift, "{\"reason\":\"x\"}").status()).isEqualTo(403);
    ApiClient.Response noReason = quality.post(lift, "{\"reason\":\" \"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("reason");
    assertThat(quality.post("/api/enterprises/" + randomUscc() + "/flags/" + flagId + "/lift", "{\"reason\":\"x\"}")
        .status()).isEqualTo(404);
    assertThat(quality.get("/api/enterprises/" + uscc + "/flags").json().get(0).path("status").asText())
        .isEqualTo("ACTIVE");
    ApiClient.Response lifted = quality.post(lift, "{\"reason\":\"复查合格，准予恢复生产\"}");
    assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
    assertThat(lifted.json().path("status").asText()).isEqualTo("LIFTED");
    assertThat(lifted.json().path("liftedBy").asText()).isEqualTo("quality1");
    assertThat(quality.post(lift, "{\"reason\":\"again\"}").status()).isEqualTo(409);
    assertThat(jdbc.queryForList("SELECT action FROM cf_audit_log WHERE entity = 'enterprise-flag' AND entity_id = ?",
        String.class, String.valueOf(flagId))).containsExactly("ENTERPRISE_FLAGGED", "ENTERPRISE_FLAG_LIFTED");
  }

  @Test
  void conformingRetestUpdatesTheLeadOnce() {
    long sampleId = importViolation(randomUscc());
    String pi = pi(sampleId);
    long lead = (Long) runtime.getVariable(pi, "caseLeadId");

    complete(pi, "Task_DeliverResult", Map.of("resultDeliveredDate", "2025-09-01"));
    runtime.createMessageCorrelation("Message_RetestRequested").processInstanceBusinessKey("SC-" + sampleId)
        .setVariable("retestRequestDate", "2025-09-05").correlate();
    complete(pi, "Task_RecordRetestResult", Map.of("retestResult", "CONFORMING", "retestLab", "甘肃省产品质量监督检验研究院"));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).variableName("followUpOutcome")
        .singleResult().getValue()).isEqualTo("CONFORMING_ON_RETEST");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_lead_update WHERE lead_id = ? AND update_type = 'RETEST_CONFORMING'",
        Long.class, lead)).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT notification_type FROM cf_notification WHERE business_key = ?", String.class,
        "SC-" + sampleId)).containsExactly("LEAD_RETEST_CONFORMING");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_audit_log WHERE action = 'LEAD_UPDATED' AND case_id = ?",
        Long.class, lead)).isEqualTo(1);
  }

  @Test
  void flagsOfAnEnterpriseWithoutAnyAreEmptyAndNeedLogin() {
    assertThat(ApiClient.loggedIn(port, "officer1").get("/api/enterprises/" + randomUscc() + "/flags").json()).isEmpty();
    assertThat(new ApiClient(port).get("/api/enterprises/" + randomUscc() + "/flags").status()).isEqualTo(401);
  }
}
