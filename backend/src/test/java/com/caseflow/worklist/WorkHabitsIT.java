package com.caseflow.worklist;

import static com.caseflow.support.CaseSteps.lead;
import static com.caseflow.support.CaseSteps.taskIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.calendar.StatutoryCalendar;
import com.caseflow.support.ApiClient;
import com.caseflow.support.CaseSteps;
import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.IntegrationTest;
import com.caseflow.task.DeadlineReminders;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10 through the API on the real enforcement-case: 已办, 我发起的, 审批意见, 退回, 转办/委派, 抄送, 催办,
 * 流程跟踪, notifications and deadline reminders, each with its bad input (4xx, nothing changed).
 */
@IntegrationTest
class WorkHabitsIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService engineTasks;
  @Autowired DeadlineReminders reminders;
  @Autowired StatutoryCalendar calendar;
  @Autowired Clock clock;
  @Autowired TransactionTemplate tx;

  @BeforeAll
  static void model(@Autowired org.springframework.context.ApplicationContext context) {
    EnforcementCaseModel.ensureRunnable(context);
  }

  long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  @Test
  void sendBackCommentsDoneStartedCcAndTrace() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    ApiClient officer2 = ApiClient.loggedIn(port, "officer2");
    ApiClient officer3 = ApiClient.loggedIn(port, "officer3");
    ApiClient head1 = ApiClient.loggedIn(port, "head1");
    String party = "宁夏习惯测试商贸有限公司" + UUID.randomUUID().toString().substring(0, 6);
    ApiClient.Response registered = officer1.post("/api/leads", lead(party));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    long caseId = registered.json().path("leadId").asLong();

    // 我发起的: the lead with its current step
    JsonNode started = officer1.get("/api/cases/started?q=" + party).json();
    assertThat(started.path("total").asLong()).isEqualTo(1);
    assertThat(started.path("items").path(0).path("currentSteps").path(0).path("name").asText()).isNotBlank();
    assertThat(officer2.get("/api/cases/started?q=" + party).json().path("total").asLong()).isZero();

    // verification, completed with a copy to officer2; a copy to 石嘴山's officer3 is refused, nothing changed
    String verifyId = taskIn(officer1, "candidates", caseId, "Task_VerifyLead").path("id").asText();
    assertThat(officer1.post("/api/tasks/" + verifyId + "/claim", "").status()).isEqualTo(204);
    String verifyBody = fill(officer1, verifyId, Map.of("verificationResult", "FILE", "verificationSummary", "初查属实"));
    ApiClient.Response badCc = officer1.post("/api/tasks/" + verifyId + "/complete",
        verifyBody.replaceFirst("\\}$", ",\"cc\":[\"officer3\"]}"));
    assertThat(badCc.status()).as(badCc.body()).isEqualTo(400);
    assertThat(badCc.json().path("fieldErrors").toString()).contains("cc");
    assertThat(officer1.get("/api/tasks/" + verifyId).status()).as("still open").isEqualTo(200);
    ApiClient.Response verified = officer1.post("/api/tasks/" + verifyId + "/complete",
        verifyBody.replaceFirst("\\}$", ",\"cc\":[\"officer2\"]}"));
    assertThat(verified.status()).as(verified.body()).isEqualTo(204);

    // 已办 for officer1, searchable, with the decision
    JsonNode done = officer1.get("/api/tasks/done?q=" + party).json();
    assertThat(done.path("total").asLong()).isEqualTo(1);
    assertThat(done.path("items").path(0).path("activityId").asText()).isEqualTo("Task_VerifyLead");
    assertThat(done.path("items").path(0).path("decision").asText()).isEqualTo("FILE");
    assertThat(done.path("items").path(0).path("caseId").asLong()).isEqualTo(caseId);
    assertThat(officer2.get("/api/tasks/done?q=" + party).json().path("total").asLong()).isZero();

    // 抄送给我: officer2 sees it unread, marks it read; nobody else can mark it
    JsonNode cc = officer2.get("/api/cc?q=" + party).json();
    assertThat(cc.path("total").asLong()).isEqualTo(1);
    assertThat(cc.path("items").path(0).path("unread").asBoolean()).isTrue();
    long ccId = cc.path("items").path(0).path("id").asLong();
    assertThat(officer1.post("/api/cc/" + ccId + "/read", "").status()).isEqualTo(404);
    assertThat(officer2.post("/api/cc/" + ccId + "/read", "").status()).isEqualTo(204);
    assertThat(officer2.get("/api/cc?unread=true&q=" + party).json().path("total").asLong()).isZero();
    assertThat(officer2.get("/api/cases/" + caseId).status()).as("the copy can be read").isEqualTo(200);

    // urging a finished task → 409
    ApiClient.Response urgeDone = officer1.post("/api/tasks/" + verifyId + "/urge", "{}");
    assertThat(urgeDone.status()).as(urgeDone.body()).isEqualTo(409);
    assertThat(urgeDone.json().path("code").asText()).isEqualTo("TASK_FINISHED");

    // filing approval: the head sends it back to verification
    String approveId = taskIn(head1, "candidates", caseId, "Task_ApproveFiling").path("id").asText();
    ApiClient.Response notMine = head1.post("/api/tasks/" + approveId + "/send-back",
        "{\"targetActivityId\":\"Task_VerifyLead\",\"reason\":\"证据不足\"}");
    assertThat(notMine.status()).isEqualTo(409);
    assertThat(head1.post("/api/tasks/" + approveId + "/claim", "").status()).isEqualTo(204);
    JsonNode actions = head1.get("/api/tasks/" + approveId + "/actions").json();
    assertThat(actions.path("canSendBack").asBoolean()).isTrue();
    assertThat(actions.path("sendBackTargets").findValuesAsText("activityId")).containsExactly("Task_VerifyLead");
    ApiClient.Response never = head1.language("en").post("/api/tasks/" + approveId + "/send-back",
        "{\"targetActivityId\":\"Task_Investigate\",\"reason\":\"more evidence\"}");
    assertThat(never.status()).isEqualTo(400);
    assertThat(never.json().path("fieldErrors").toString()).contains("targetActivityId", "has passed");
    head1.language("zh-CN");
    ApiClient.Response noReason = head1.post("/api/tasks/" + approveId + "/send-back",
        "{\"targetActivityId\":\"Task_VerifyLead\",\"reason\":\" \"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("fieldErrors").toString()).contains("reason");
    ApiClient.Response zh = head1.post("/api/tasks/" + approveId + "/send-back",
        "{\"targetActivityId\":\"Task_Investigate\",\"reason\":\"补充证据\"}");
    assertThat(zh.json().path("fieldErrors").toString()).contains("本案已经办理过的环节");
    assertThat(head1.get("/api/tasks/" + approveId).status()).as("nothing changed").isEqualTo(200);
    // commenting on someone else's task
    ApiClient.Response foreignComment = officer1.post("/api/tasks/" + approveId + "/comments", "{\"text\":\"意见\"}");
    assertThat(foreignComment.status()).isEqualTo(403);
    assertThat(foreignComment.json().path("code").asText()).isEqualTo("TASK_NOT_YOURS");

    ApiClient.Response sentBack = head1.post("/api/tasks/" + approveId + "/send-back",
        "{\"targetActivityId\":\"Task_VerifyLead\",\"reason\":\"销售数量证据不足，请补充\"}");
    assertThat(sentBack.status()).as(sentBack.body()).isEqualTo(204);
    assertThat(head1.get("/api/tasks/" + approveId).status()).isEqualTo(404);
    JsonNode again = taskIn(officer1, "mine", caseId, "Task_VerifyLead");
    assertThat(again).as("back with officer1, who verified it").isNotNull();
    assertThat(head1.get("/api/tasks/done?q=" + party).json().path("items").path(0).path("outcome").asText())
        .isEqualTo("SENT_BACK");
    String againId = again.path("id").asText();
    assertThat(officer1.post("/api/tasks/" + againId + "/complete",
        fill(officer1, againId, Map.of("verificationResult", "FILE", "verificationSummary", "已补充销售记录")))
        .status()).isEqualTo(204);

    // approval with a comment: the 审批记录 and the timeline have who, role, time, decision, comment
    approveId = taskIn(head1, "candidates", caseId, "Task_ApproveFiling").path("id").asText();
    assertThat(head1.post("/api/tasks/" + approveId + "/claim", "").status()).isEqualTo(204);
    assertThat(head1.post("/api/tasks/" + approveId + "/complete", fill(head1, approveId,
        Map.of("filingDecision", "APPROVE", "verificationResult", "FILE", "approvalNote", "同意立案"))).status())
        .isEqualTo(204);
    JsonNode approvals = officer1.get("/api/cases/" + caseId + "/approvals").json();
    assertThat(approvals.path("items").findValuesAsText("decision")).contains("FILE", "SEND_BACK");
    JsonNode sendBackRow = approvals.path("items").path(1);
    assertThat(sendBackRow.path("userName").asText()).isEqualTo("刘洋");
    assertThat(sendBackRow.path("role").asText()).isEqualTo("副局长");
    assertThat(sendBackRow.path("comment").asText()).isEqualTo("销售数量证据不足，请补充");
    ApiClient.Response print = officer1.get("/api/cases/" + caseId + "/approvals/print");
    assertThat(print.status()).isEqualTo(200);
    assertThat(print.body()).contains("审批记录", "销售数量证据不足", "退回");
    assertThat(officer3.get("/api/cases/" + caseId + "/approvals").status()).isEqualTo(404);
    assertThat(officer1.get("/api/cases/" + caseId).json().path("timeline").toString())
        .contains("TASK_SENT_BACK", "销售数量证据不足");

    // 流程跟踪: passed steps with who, when, working days, comment; skipped user tasks of the model
    JsonNode trace = officer1.get("/api/cases/" + caseId + "/trace").json();
    assertThat(trace.path("passedActivityIds").toString()).contains("Task_VerifyLead", "Task_ApproveFiling");
    assertThat(trace.path("currentActivityIds").toString()).contains("Task_AssignOfficers");
    assertThat(trace.path("skippedActivityIds").toString()).contains("Task_LegalReview");
    JsonNode first = trace.path("steps").path(0);
    assertThat(first.path("activityId").asText()).isEqualTo("Task_VerifyLead");
    assertThat(first.path("assigneeName").asText()).isEqualTo("张伟");
    assertThat(first.path("workingDays").isInt()).isTrue();
    assertThat(trace.path("steps").findValuesAsText("state")).contains("SENT_BACK", "PASSED", "CURRENT");
  }

  @Test
  void transferDelegateUrgeNotificationsAndReminders() {
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    ApiClient officer2 = ApiClient.loggedIn(port, "officer2");
    ApiClient officer3 = ApiClient.loggedIn(port, "officer3");
    ApiClient head1 = ApiClient.loggedIn(port, "head1");
    String party = "宁夏转办测试商贸有限公司" + UUID.randomUUID().toString().substring(0, 6);
    long caseId = officer1.post("/api/leads", lead(party)).json().path("leadId").asLong();
    String taskId = taskIn(officer1, "candidates", caseId, "Task_VerifyLead").path("id").asText();

    // a new task for the group shows in officer2's notification centre
    assertThat(officer2.get("/api/notifications?unread=true&size=100").json().path("items").toString())
        .contains("NEW_TASK");
    assertThat(officer2.post("/api/notifications/read-all", "").status()).isEqualTo(200);
    assertThat(officer2.get("/api/notifications/unread-count").json().path("unread").asLong()).isZero();

    assertThat(officer1.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);

    // the colleagues offered: 银川's users, not 石嘴山's
    String offered = officer1.get("/api/tasks/" + taskId + "/colleagues").json().findValuesAsText("userId").toString();
    assertThat(offered).contains("officer2").doesNotContain("officer3", "officer1");

    // 转办 outside the agency → 400, nothing changed; unknown user → 400; inside → owner and assignee move
    ApiClient.Response outside = officer1.post("/api/tasks/" + taskId + "/transfer", "{\"userId\":\"officer3\"}");
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.json().path("fieldErrors").path(0).path("field").asText()).isEqualTo("userId");
    ApiClient.Response outsideEn = officer1.language("en").post("/api/tasks/" + taskId + "/transfer",
        "{\"userId\":\"officer3\"}");
    assertThat(outsideEn.json().path("fieldErrors").toString()).contains("colleague");
    officer1.language("zh-CN");
    assertThat(officer1.post("/api/tasks/" + taskId + "/transfer", "{\"userId\":\"nobody\"}").status()).isEqualTo(400);
    assertThat(taskIn(officer1, "mine", caseId, "Task_VerifyLead")).as("unchanged").isNotNull();
    assertThat(officer2.post("/api/tasks/" + taskId + "/transfer", "{\"userId\":\"officer2\"}").status())
        .as("not the assignee").isEqualTo(403);
    assertThat(officer1.post("/api/tasks/" + taskId + "/transfer", "{\"userId\":\"officer2\",\"reason\":\"出差\"}")
        .status()).isEqualTo(204);
    assertThat(taskIn(officer2, "mine", caseId, "Task_VerifyLead")).isNotNull();
    assertThat(count("SELECT COUNT(*) FROM cf_task WHERE id = ? AND owner = 'officer2' AND assignee = 'officer2'",
        taskId)).isEqualTo(1);

    // 委派: officer2 delegates to officer1; officer1 cannot complete it, only resolve; it returns to officer2
    assertThat(officer2.post("/api/tasks/" + taskId + "/delegate", "{\"userId\":\"officer3\"}").status()).isEqualTo(400);
    assertThat(officer2.post("/api/tasks/" + taskId + "/delegate", "{\"userId\":\"officer1\"}").status()).isEqualTo(204);
    assertThat(officer1.get("/api/tasks/" + taskId + "/actions").json().path("delegationPending").asBoolean()).isTrue();
    ApiClient.Response completeDelegated = officer1.post("/api/tasks/" + taskId + "/complete",
        fill(officer1, taskId, Map.of("verificationResult", "FILE")));
    assertThat(completeDelegated.status()).isEqualTo(409);
    assertThat(completeDelegated.json().path("code").asText()).isEqualTo("TASK_DELEGATED");
    assertThat(officer1.post("/api/tasks/" + taskId + "/resolve", "{\"text\":\"已核查\"}").status()).isEqualTo(204);
    assertThat(taskIn(officer2, "mine", caseId, "Task_VerifyLead")).isNotNull();
    assertThat(officer2.post("/api/tasks/" + taskId + "/resolve", "{}").status()).isEqualTo(409);

    // heads reassign within their subtree
    assertThat(head1.post("/api/tasks/" + taskId + "/transfer", "{\"userId\":\"officer1\"}").status()).isEqualTo(204);
    assertThat(head1.post("/api/tasks/" + taskId + "/transfer", "{\"userId\":\"officer3\"}").status()).isEqualTo(400);
    assertThat(taskIn(officer1, "mine", caseId, "Task_VerifyLead")).isNotNull();

    // 催办: the case owner is officer1 (the assignee now); the head urges; officer2 may not; officer3 cannot see it
    assertThat(officer2.post("/api/tasks/" + taskId + "/urge", "{}").status()).isEqualTo(403);
    assertThat(officer3.post("/api/tasks/" + taskId + "/urge", "{}").status()).isEqualTo(404);
    long before = officer1.get("/api/notifications/unread-count").json().path("unread").asLong();
    assertThat(head1.post("/api/tasks/" + taskId + "/urge", "{\"message\":\"请今天办结\"}").status()).isEqualTo(204);
    assertThat(officer1.get("/api/notifications/unread-count").json().path("unread").asLong()).isEqualTo(before + 1);
    JsonNode urged = officer1.get("/api/tasks/urged").json();
    assertThat(urged.toString()).contains(taskId, "请今天办结");
    JsonNode latest = null;
    for (JsonNode n : officer1.get("/api/notifications?unread=true&size=100").json().path("items")) {
      if (n.path("type").asText().equals("URGE") && n.path("link").asText().equals("/tasks/" + taskId)) {
        latest = n;
      }
    }
    assertThat(latest).as("the urge in officer1's notification centre").isNotNull();
    assertThat(latest.path("type").asText()).isEqualTo("URGE");
    assertThat(latest.path("body").asText()).contains("刘洋", "请今天办结");
    long nid = latest.path("id").asLong();
    assertThat(officer2.post("/api/notifications/" + nid + "/read", "").status()).isEqualTo(404);
    assertThat(officer1.post("/api/notifications/" + nid + "/read", "").status()).isEqualTo(204);
    assertThat(officer1.get("/api/notifications/unread-count").json().path("unread").asLong()).isEqualTo(before);

    // reminders: 3 working days before the due day, once per task and day however often the job runs
    LocalDate today = LocalDate.now(clock.withZone(com.caseflow.common.ClockConfig.ZONE));
    LocalDate due = calendar.addWorkingDays(today, 3);
    tx.executeWithoutResult(s -> engineTasks.setDueDate(taskId,
        Date.from(due.atTime(12, 0).atZone(com.caseflow.common.ClockConfig.ZONE).toInstant())));
    reminders.run();
    reminders.run();
    assertThat(count("SELECT COUNT(*) FROM cf_task_reminder WHERE task_id = ? AND kind = 'DUE_SOON'", taskId))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM cf_notification WHERE user_id = 'officer1' AND notification_type = "
        + "'DEADLINE_DUE_SOON' AND link = ?", "/tasks/" + taskId)).isEqualTo(1);
    tx.executeWithoutResult(s -> engineTasks.setDueDate(taskId,
        Date.from(today.minusDays(1).atTime(12, 0).atZone(com.caseflow.common.ClockConfig.ZONE).toInstant())));
    reminders.run();
    reminders.run();
    assertThat(count("SELECT COUNT(*) FROM cf_task_reminder WHERE task_id = ? AND kind = 'OVERDUE'", taskId))
        .isEqualTo(1);
    assertThat(officer1.get("/api/tasks/urged").json().toString()).contains("OVERDUE");
  }

  /** The form body with only what the test gives plus required fields (no current values sent back). */
  private static String fill(ApiClient client, String taskId, Map<String, Object> given) {
    return CaseSteps.fill(client, taskId, given, false);
  }
}
