package com.caseflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives an enforcement case through the API as the demo users of 银川 would: each open task of the case is
 * claimed and completed by the user of its role with the answers below (or the test's own), until a task at a
 * given step is open. Uses {@link CaseSteps#fill} for the rest of each form.
 */
public final class CaseDriver {

  /** Answers that take a case along the penalty path (fine = the discretion minimum, no hearing). */
  public static final Map<String, Map<String, Object>> ANSWERS = Map.of(
      "Task_VerifyLead", Map.of("verificationResult", "FILE", "verificationSummary", "涉嫌销售不合格口罩"),
      "Task_ApproveFiling", Map.of("verificationResult", "FILE", "filingDecision", "APPROVE"),
      "Task_AssignOfficers", Map.of("leadOfficer", "officer1", "secondOfficer", "officer2"),
      "Task_Investigate", Map.of("investigationStep", "END", "salesAmount", 20000, "unsoldGoodsValue", 10000),
      "Task_WriteEndReport", Map.of("outcome", "PENALTY", "legalBasis", "PQL-49", "goodsValue", 30000, "facts", "销售过滤效率不合格的口罩"),
      "Task_ApprovePenalty", Map.of("approvalDecision", "APPROVE"),
      "Task_LegalReview", Map.of("legalReviewDecision", "APPROVE"),
      "Task_ReviewDefence", Map.of("defenceOutcome", "KEEP", "defenceReview", "申辩理由不成立"));

  private final int port;
  private final JdbcTemplate jdbc;
  private final Map<String, ApiClient> users = new HashMap<>();

  public CaseDriver(int port, JdbcTemplate jdbc) {
    this.port = port;
    this.jdbc = jdbc;
  }

  /** A logged-in client per user, kept for the test. */
  public ApiClient as(String user) {
    return users.computeIfAbsent(user, u -> ApiClient.loggedIn(port, u));
  }

  public static String workerOf(String activityId) {
    return switch (activityId) {
      case "Task_ApproveFiling", "Task_ApprovePenalty", "Task_ApproveClosure", "Task_CollectiveDiscussion",
          "Task_DecideReferral", "Task_DecideReconsideration" -> "head1";
      case "Task_AssignOfficers" -> "unithead1";
      case "Task_LegalReview" -> "legal1";
      case "Task_CheckPublicationRecord" -> "credit1";
      case "Task_InvestigateDefect", "Task_ConcludeDefect", "Task_OrderRecall", "Task_PublishRecallPlan",
          "Task_EvaluateRecallEffect" -> "quality1";
      default -> "officer1";
    };
  }

  /** Completes the case's open tasks with {@link #ANSWERS} until one at {@code stopAt} is open. */
  public void driveTo(long caseId, String stopAt) {
    driveTo(caseId, stopAt, Map.of());
  }

  /** As {@link #driveTo(long, String)}, with the test's answers per step taking precedence. */
  public void driveTo(long caseId, String stopAt, Map<String, Map<String, Object>> answers) {
    for (int i = 0; i < 20; i++) {
      List<Map<String, Object>> open = jdbc.queryForList(
          "SELECT id, activity_id FROM cf_task WHERE case_id = ? ORDER BY created_at, id", caseId);
      assertThat(open).as("open tasks of case " + caseId).isNotEmpty();
      if (open.stream().anyMatch(t -> stopAt.equals(t.get("activity_id")))) {
        return;
      }
      String activity = (String) open.get(0).get("activity_id");
      Map<String, Object> given = new HashMap<>(ANSWERS.getOrDefault(activity, Map.of()));
      given.putAll(answers.getOrDefault(activity, Map.of()));
      complete((String) open.get(0).get("id"), activity, given);
    }
    throw new AssertionError("did not reach " + stopAt);
  }

  /** The id of the case's open task at {@code activityId}. */
  public String openTask(long caseId, String activityId) {
    return jdbc.queryForObject("SELECT id FROM cf_task WHERE case_id = ? AND activity_id = ?", String.class, caseId,
        activityId);
  }

  /** Claims the task as the user of its role and completes it with {@code given} plus the rest of its form. */
  public void complete(String taskId, String activityId, Map<String, Object> given) {
    ApiClient worker = as(workerOf(activityId));
    assertThat(worker.post("/api/tasks/" + taskId + "/claim", "").status()).as("claim " + activityId).isEqualTo(204);
    Map<String, Object> answers = new HashMap<>(given);
    if (activityId.equals("Task_ProposePenalty")) {
      JsonNode data = worker.get("/api/tasks/" + taskId + "/form").json().path("data");
      answers.putIfAbsent("fineAmount", data.path("fineMin").asDouble());
      answers.putIfAbsent("measure", "NONE");
      answers.putIfAbsent("confiscationValue", 0);
    }
    ApiClient.Response done = worker.post("/api/tasks/" + taskId + "/complete",
        CaseSteps.fill(worker, taskId, answers, true));
    assertThat(done.status()).as(activityId + ": " + done.body()).isEqualTo(204);
  }

  /** One piece of documentary evidence in the file (the end report needs one). */
  public void addEvidence(long caseId) {
    ApiClient.Response r = as("officer1").multipart("/api/cases/" + caseId + "/evidence",
        ApiClient.Part.field("type", "DOCUMENTARY"), ApiClient.Part.field("description", "检验报告"),
        new ApiClient.Part("file", "report.txt", "text/plain", "检验报告：过滤效率不合格".getBytes(StandardCharsets.UTF_8)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  /** Posts an external event of the case ({@code POST /api/cases/{ref}/events}); asserts it was accepted. */
  public void event(String caseNo, String type, String dataJson) {
    ApiClient.Response r = as("officer1").post("/api/cases/" + java.net.URLEncoder.encode(caseNo, StandardCharsets.UTF_8)
        + "/events", "{\"type\":\"" + type + "\",\"data\":" + dataJson + "}");
    assertThat(r.status()).as(type + ": " + r.body()).isEqualTo(202);
  }
}
