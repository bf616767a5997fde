package com.caseflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.security.CurrentUser;
import com.caseflow.support.ApiClient;
import com.caseflow.support.CaseSteps;
import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * POST /api/tasks/{id}/comments stores a Camunda task comment and the TASK_COMMENTED audit row in one
 * transaction; the case timeline shows each comment once, on its step.
 */
@IntegrationTest
class TaskCommentIT {

  static final CurrentUser OFFICER1 = new CurrentUser("officer1", "张伟", List.of("officers"), "NX-YC", "/NX/NX-YC/", "zh-CN");

  @LocalServerPort int port;
  @Autowired TaskService engineTasks;
  @Autowired TaskHabits habits;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void model(@Autowired ApplicationContext context) {
    EnforcementCaseModel.ensureRunnable(context);
  }

  long audits(String taskId, String text) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cf_audit_log WHERE action = 'TASK_COMMENTED' AND task_id = ?"
        + " AND detail = ?", Long.class, taskId, text);
  }

  static List<JsonNode> timelineWith(JsonNode detail, String text) {
    List<JsonNode> found = new ArrayList<>();
    detail.path("timeline").forEach(e -> {
      if (e.toString().contains(text)) {
        found.add(e);
      }
    });
    return found;
  }

  @Test
  void aCommentIsACamundaCommentAndAnAuditRowShownOnceInTheTimeline() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    ApiClient.Response registered = officer1.post("/api/leads",
        CaseSteps.lead("意见测试商贸公司" + UUID.randomUUID().toString().substring(0, 6)));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    long caseId = registered.json().path("leadId").asLong();
    String processInstanceId = registered.json().path("processInstanceId").asText();
    String taskId = CaseSteps.taskIn(officer1, "candidates", caseId, "Task_VerifyLead").path("id").asText();
    assertThat(officer1.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);

    String first = "请补充检验报告原件";
    String second = "已联系当事人，明日补交";
    assertThat(officer1.post("/api/tasks/" + taskId + "/comments", "{\"text\":\" " + first + " \"}").status())
        .isEqualTo(204);
    assertThat(officer1.post("/api/tasks/" + taskId + "/comments", "{\"text\":\"" + second + "\"}").status())
        .isEqualTo(204);

    List<Comment> comments = engineTasks.getTaskComments(taskId);
    assertThat(comments).extracting(Comment::getFullMessage).containsExactlyInAnyOrder(first, second);
    assertThat(comments).allSatisfy(c -> {
      assertThat(c.getUserId()).isEqualTo("officer1");
      assertThat(c.getProcessInstanceId()).isEqualTo(processInstanceId);
    });
    assertThat(audits(taskId, first)).isEqualTo(1);
    assertThat(audits(taskId, second)).isEqualTo(1);

    JsonNode detail = officer1.get("/api/cases/" + caseId).json();
    for (String text : new String[] {first, second}) {
      List<JsonNode> entries = timelineWith(detail, text);
      assertThat(entries).as(text).hasSize(1);
      assertThat(entries.get(0).path("kind").asText()).isEqualTo("COMMENT");
      assertThat(entries.get(0).path("comment").asText()).isEqualTo(text);
      assertThat(entries.get(0).path("activityId").asText()).isEqualTo("Task_VerifyLead");
      assertThat(entries.get(0).path("userName").asText()).isEqualTo("张伟");
    }
    assertThat(detail.path("timeline").findValuesAsText("message")).noneMatch(m -> m.startsWith("TASK_COMMENTED"));

    // no text: 400, nothing stored
    ApiClient.Response blank = officer1.post("/api/tasks/" + taskId + "/comments", "{\"text\":\"  \"}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.json().path("fieldErrors").findValuesAsText("field")).containsExactly("text");
    assertThat(engineTasks.getTaskComments(taskId)).hasSize(2);

    // one transaction: rolled back, neither the Camunda comment nor the audit row remains
    String rolledBack = "回滚的意见";
    tx.executeWithoutResult(s -> {
      habits.comment(taskId, rolledBack, OFFICER1);
      assertThat(engineTasks.getTaskComments(taskId)).as("inside").hasSize(3);
      s.setRollbackOnly();
    });
    assertThat(engineTasks.getTaskComments(taskId)).extracting(Comment::getFullMessage).doesNotContain(rolledBack);
    assertThat(audits(taskId, rolledBack)).isZero();
    assertThat(timelineWith(officer1.get("/api/cases/" + caseId).json(), rolledBack)).isEmpty();
  }
}
