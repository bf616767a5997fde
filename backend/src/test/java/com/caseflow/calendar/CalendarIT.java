package com.caseflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CalendarIT {

  /** Loaded by this test only, and removed again so other tests see it unloaded. */
  private static final int TEST_YEAR = 2027;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired StatutoryCalendar calendar;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @BeforeEach
  @AfterEach
  void removeTestYear() {
    jdbc.update("DELETE FROM cf_calendar_day WHERE cal_year = ?", TEST_YEAR);
    jdbc.update("DELETE FROM cf_calendar_year WHERE cal_year = ?", TEST_YEAR);
    calendar.invalidate();
  }

  private ApiClient officer() {
    return ApiClient.loggedIn(port, "officer1");
  }

  private ApiClient admin() {
    return ApiClient.loggedIn(port, "admin");
  }

  // ---- GET /api/calendar/deadline ----

  @Test
  void deadlineInWorkingDaysIsTheDomainExample() {
    ApiClient.Response r = officer().get("/api/calendar/deadline?from=2021-09-17&workingDays=20");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("from").asText()).isEqualTo("2021-09-17");
    assertThat(r.json().path("due").asText()).isEqualTo("2021-10-21");
    assertThat(r.json().path("kind").asText()).isEqualTo("WORKING_DAYS");
    assertThat(r.json().path("workingDays").asInt()).isEqualTo(20);
    assertThat(r.json().has("days")).isFalse();
  }

  @Test
  void deadlineInCalendarDaysRollsPastTheHoliday() {
    ApiClient.Response r = officer().get("/api/calendar/deadline?from=2021-09-16&days=15");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("due").asText()).isEqualTo("2021-10-08");
    assertThat(r.json().path("kind").asText()).isEqualTo("DAYS");
    assertThat(r.json().path("days").asInt()).isEqualTo(15);

    ApiClient.Response zero = officer().get("/api/calendar/deadline?from=2024-02-09&workingDays=0");
    assertThat(zero.json().path("due").asText()).isEqualTo("2024-02-09");
    ApiClient.Response adjusted = officer().get("/api/calendar/deadline?from=2024-02-09&workingDays=1");
    assertThat(adjusted.json().path("due").asText()).as("the adjusted Sunday").isEqualTo("2024-02-18");
  }

  @Test
  void badDeadlineRequestsNameTheFieldInChinese() {
    ApiClient client = officer();
    assertField(client.get("/api/calendar/deadline?from=2021-13-01&workingDays=5"), "from",
        "不是有效日期（格式 yyyy-MM-dd）：2021-13-01");
    assertField(client.get("/api/calendar/deadline?from=17.09.2021&workingDays=5"), "from", "不是有效日期");
    assertField(client.get("/api/calendar/deadline?workingDays=5"), "from", "不能为空");
    assertField(client.get("/api/calendar/deadline?from=&workingDays=5"), "from", "不能为空");
    assertField(client.get("/api/calendar/deadline?from=2021-09-17&workingDays=-1"), "workingDays",
        "必须是 0 到 3660 之间的整数：-1");
    assertField(client.get("/api/calendar/deadline?from=2021-09-17&workingDays=abc"), "workingDays", "整数");
    assertField(client.get("/api/calendar/deadline?from=2021-09-17&workingDays="), "workingDays", "整数");
    assertField(client.get("/api/calendar/deadline?from=2021-09-17&days=-3"), "days", "整数：-3");
    assertField(client.get("/api/calendar/deadline?from=2021-09-17&days=99999999999"), "days", "整数");
    ApiClient.Response both = client.get("/api/calendar/deadline?from=2021-09-17&workingDays=5&days=5");
    assertField(both, "workingDays", "只能给出一个");
    assertField(both, "days", "只能给出一个");
    ApiClient.Response neither = client.get("/api/calendar/deadline?from=2021-09-17");
    assertField(neither, "workingDays", "请给出 workingDays（工作日）或 days（自然日）之一");
    assertField(neither, "days", "之一");
    ApiClient.Response several = client.get("/api/calendar/deadline?from=x&days=y");
    assertField(several, "from", "不是有效日期");
    assertField(several, "days", "整数");
  }

  @Test
  void badDeadlineRequestsNameTheFieldInEnglish() {
    ApiClient client = officer().language("en");
    ApiClient.Response r = client.get("/api/calendar/deadline?from=2021-02-30&workingDays=5");
    assertField(r, "from", "Not a valid date (yyyy-MM-dd): 2021-02-30");
    assertThat(r.json().path("message").asText()).isEqualTo("The submitted data has errors; check the marked fields");
    assertField(client.get("/api/calendar/deadline?from=2021-09-17&workingDays=-1"), "workingDays",
        "Must be a whole number from 0 to 3660: -1");
    assertField(client.get("/api/calendar/deadline?from=2021-09-17"), "days", "Give workingDays");
    assertField(client.get("/api/calendar/deadline?from=2021-09-17&days=1&workingDays=1"), "days", "not both");
  }

  @Test
  void unloadedYearsAreRefusedNamingTheField() {
    ApiClient zh = officer();
    ApiClient.Response start = zh.get("/api/calendar/deadline?from=2099-01-05&workingDays=5");
    assertThat(start.json().path("code").asText()).isEqualTo("CALENDAR_YEAR_NOT_LOADED");
    assertThat(start.json().path("message").asText()).startsWith("日历年份 2099 未加载");
    assertField(start, "from", "日历年份 2099 未加载");

    ApiClient.Response into = zh.get("/api/calendar/deadline?from=2026-12-28&workingDays=10");
    assertField(into, "workingDays", "日历年份 2027 未加载");
    assertField(zh.get("/api/calendar/deadline?from=2026-12-20&days=15"), "days", "2027");

    ApiClient.Response en = officer().language("en").get("/api/calendar/deadline?from=2026-12-28&workingDays=10");
    assertField(en, "workingDays", "Calendar year 2027 is not loaded");
    assertThat(en.json().path("message").asText()).startsWith("Calendar year 2027 is not loaded");
  }

  @Test
  void everythingNeedsALogin() {
    ApiClient anonymous = new ApiClient(port);
    assertThat(anonymous.get("/api/calendar/deadline?from=2021-09-17&workingDays=20").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/calendar/years").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/calendar/years/2021").status()).isEqualTo(401);
    ApiClient.Response put = anonymous.put("/api/calendar/years/" + TEST_YEAR, body(List.of("2027-01-01"), List.of()));
    assertThat(put.status()).isEqualTo(401);
    assertNotLoaded(TEST_YEAR);
  }

  // ---- years ----

  @Test
  void loadedYearsWithTheirCounts() {
    ApiClient.Response r = officer().get("/api/calendar/years");
    assertThat(r.status()).isEqualTo(200);
    Map<Integer, int[]> expected = Map.of(2021, new int[] {31, 7}, 2022, new int[] {32, 7}, 2023, new int[] {28, 7},
        2024, new int[] {30, 8}, 2025, new int[] {28, 5}, 2026, new int[] {33, 6});
    List<Integer> listed = new ArrayList<>();
    for (JsonNode year : r.json()) {
      listed.add(year.path("year").asInt());
      int[] counts = expected.get(year.path("year").asInt());
      if (counts != null) {
        assertThat(year.path("restDays").asInt()).as("%s", year).isEqualTo(counts[0]);
        assertThat(year.path("workingDays").asInt()).as("%s", year).isEqualTo(counts[1]);
        assertThat(year.path("source").asText()).contains("部分节假日安排的通知");
      }
    }
    assertThat(listed).contains(2021, 2022, 2023, 2024, 2025, 2026).doesNotContain(TEST_YEAR);
  }

  @Test
  void oneYearWithItsDays() {
    ApiClient client = officer();
    ApiClient.Response r = client.get("/api/calendar/years/2021");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("year").asInt()).isEqualTo(2021);
    assertThat(r.json().path("restDays")).hasSize(31);
    assertThat(r.json().path("restDays").get(0).asText()).isEqualTo("2021-01-01");
    assertThat(r.json().path("workingDays").toString()).contains("\"2021-09-18\"", "\"2021-10-09\"");

    ApiClient.Response missing = client.get("/api/calendar/years/2099");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("message").asText()).isEqualTo("日历年份 2099 未加载");
    assertThat(client.get("/api/calendar/years/abc").json().path("fieldErrors").get(0).path("field").asText())
        .isEqualTo("year");
  }

  // ---- PUT /api/calendar/years/{year} ----

  @Test
  void onlyAdminsMayChangeAYear() {
    ApiClient.Response r = officer().put("/api/calendar/years/" + TEST_YEAR, body(List.of("2027-01-01"), List.of()));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().path("code").asText()).isEqualTo("FORBIDDEN");
    ApiClient.Response head = ApiClient.loggedIn(port, "head1")
        .put("/api/calendar/years/2026", body(List.of("2026-01-01"), List.of()));
    assertThat(head.status()).isEqualTo(403);
    assertNotLoaded(TEST_YEAR);
    assertThat(officer().get("/api/calendar/years/2026").json().path("restDays")).hasSize(33);
  }

  @Test
  void adminLoadsANewYearThenItsDeadlinesWorkAndTheChangeIsAudited() {
    ApiClient admin = admin();
    assertField(admin.get("/api/calendar/deadline?from=2026-12-28&workingDays=10"), "workingDays", "2027");

    ApiClient.Response put = admin.put("/api/calendar/years/" + TEST_YEAR,
        "{\"restDays\":[\"2027-01-01\"],\"workingDays\":[\"2027-01-09\"],\"source\":\"测试用安排\"}");
    assertThat(put.status()).as(put.body()).isEqualTo(204);

    // same node, right after the commit: 12/29-31, 1/4-8, the adjusted Saturday 1/9, Monday 1/11
    ApiClient.Response due = officer().get("/api/calendar/deadline?from=2026-12-28&workingDays=10");
    assertThat(due.status()).as(due.body()).isEqualTo(200);
    assertThat(due.json().path("due").asText()).isEqualTo("2027-01-11");
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();

    JsonNode year = admin.get("/api/calendar/years/" + TEST_YEAR).json();
    assertThat(year.path("restDays").toString()).isEqualTo("[\"2027-01-01\"]");
    assertThat(year.path("workingDays").toString()).isEqualTo("[\"2027-01-09\"]");
    assertThat(year.path("loadedBy").asText()).isEqualTo("admin");
    assertThat(year.path("source").asText()).isEqualTo("测试用安排");

    Map<String, Object> audit = lastAudit();
    assertThat(audit.get("user_id")).isEqualTo("admin");
    assertThat(audit.get("old_value")).isNull();
    assertThat(audit.get("new_value")).isEqualTo("R 1: 01-01; W 1: 01-09");

    // replaced as a whole: without the adjusted Saturday the deadline moves to Tuesday
    ApiClient.Response replace = admin.put("/api/calendar/years/" + TEST_YEAR,
        body(List.of("2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07"), List.of()));
    assertThat(replace.status()).as(replace.body()).isEqualTo(204);
    assertThat(officer().get("/api/calendar/deadline?from=2026-12-28&workingDays=10").json().path("due").asText())
        .isEqualTo("2027-01-12");
    audit = lastAudit();
    assertThat(audit.get("old_value")).isEqualTo("R 1: 01-01; W 1: 01-09");
    assertThat(audit.get("new_value")).isEqualTo("R 4: 01-01, 02-05..02-07; W 0: ");
  }

  @Test
  void badSchedulesAreRefusedNamingTheFieldAndNothingIsStored() {
    ApiClient admin = admin();
    String path = "/api/calendar/years/" + TEST_YEAR;
    int auditsBefore = calendarAudits();
    assertField(admin.put(path, "{\"workingDays\":[]}"), "restDays", "不能为空");
    assertField(admin.put(path, "{\"restDays\":[\"2027-01-01\"]}"), "workingDays", "不能为空");
    assertField(admin.put(path, body(List.of(), List.of())), "restDays", "至少要列出一个休息日");
    assertField(admin.put(path, body(List.of("2027-01-01", "2026-10-01"), List.of())), "restDays[1]",
        "日期 2026-10-01 不在 2027 年内");
    assertField(admin.put(path, body(List.of("2027-01-01"), List.of("2027-1-9"))), "workingDays[0]",
        "不是有效日期（格式 yyyy-MM-dd）：2027-1-9");
    assertField(admin.put(path, body(List.of("2027-01-01", "2027-01-01"), List.of())), "restDays[1]",
        "日期 2027-01-01 重复列出");
    assertField(admin.put(path, body(List.of("2027-01-01", "2027-01-02"), List.of("2027-01-02"))), "workingDays[0]",
        "日期 2027-01-02 不能同时是休息日和调休上班日");
    assertField(admin.put(path, body(List.of("2027-01-01"), List.of("2027-01-04"))), "workingDays[0]",
        "调休上班日必须是周六或周日，2027-01-04 不是");
    assertField(admin.put(path, "{\"restDays\":[\"2027-01-01\",null],\"workingDays\":[]}"), "restDays[1]", "不能为空");
    assertField(admin.put(path, "{\"restDays\":[\"2027-01-01\"],\"workingDays\":[],\"source\":\"" + "x".repeat(201)
        + "\"}"), "source", "200");
    assertField(admin.put("/api/calendar/years/1999", body(List.of("1999-01-01"), List.of())), "year",
        "年份必须在 2000 到 2100 之间");
    assertField(admin.put("/api/calendar/years/abc", body(List.of("2027-01-01"), List.of())), "year", "abc");
    ApiClient.Response malformed = admin.put(path, "{\"restDays\":");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().path("code").asText()).isEqualTo("MALFORMED_REQUEST");
    // every problem at once
    ApiClient.Response many = admin.put(path, body(List.of("2026-05-01", "x"), List.of("2027-01-05")));
    assertThat(many.json().path("fieldErrors")).hasSize(3);

    ApiClient.Response en = admin().language("en").put(path, body(List.of("2027-01-01"), List.of("2027-01-04")));
    assertField(en, "workingDays[0]", "An adjusted working day must be a Saturday or Sunday; 2027-01-04 is not");

    assertNotLoaded(TEST_YEAR);
    assertThat(calendarAudits()).isEqualTo(auditsBefore);

    // a bad replacement of a loaded year leaves it as it was
    assertField(admin.put("/api/calendar/years/2026", body(List.of("2026-01-01"), List.of("2026-01-05"))),
        "workingDays[0]", "2026-01-05");
    JsonNode y2026 = admin.get("/api/calendar/years/2026").json();
    assertThat(y2026.path("restDays")).hasSize(33);
    assertThat(y2026.path("workingDays")).hasSize(6);
    assertThat(calendarAudits()).isEqualTo(auditsBefore);
  }

  private int calendarAudits() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cf_audit_log WHERE action = 'CALENDAR_YEAR_SET'", Integer.class);
  }

  // ---- the deadlines bean inside the engine ----

  @Test
  void bpmnExpressionsUseTheDeadlinesBean() {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="calendar-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="publish"/>
            <bpmn:userTask id="publish" camunda:dueDate="${deadlines.workingDays(decisionDate, 20)}"
                camunda:followUpDate="${deadlines.workingDaysBefore(deadlines.workingDays(decisionDate, 20), 3)}"/>
            <bpmn:sequenceFlow id="f2" sourceRef="publish" targetRef="e"/>
            <bpmn:endEvent id="e"/>
          </bpmn:process>
        </bpmn:definitions>""";
    repositoryService.createDeployment().name("calendar-probe").enableDuplicateFiltering(false)
        .addString("calendar-probe.bpmn", bpmn).deploy();
    ProcessInstance pi = runtimeService.startProcessInstanceByKey("calendar-probe", Map.of("decisionDate", "2021-09-17"));
    try {
      Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
      ZoneId zone = ZoneId.systemDefault();
      assertThat(task.getDueDate().toInstant().atZone(zone).toLocalDate()).isEqualTo(LocalDate.of(2021, 10, 21));
      assertThat(task.getFollowUpDate().toInstant().atZone(zone).toLocalDate()).isEqualTo(LocalDate.of(2021, 10, 18));
    } finally {
      runtimeService.deleteProcessInstance(pi.getId(), "test done");
    }
  }

  // ---- helpers ----

  private Map<String, Object> lastAudit() {
    return jdbc.queryForMap("""
        SELECT user_id, old_value, new_value, detail FROM cf_audit_log
        WHERE action = 'CALENDAR_YEAR_SET' AND entity = 'CALENDAR_YEAR' AND entity_id = ?
        ORDER BY id DESC LIMIT 1""", String.valueOf(TEST_YEAR));
  }

  private void assertNotLoaded(int year) {
    assertThat(officer().get("/api/calendar/years/" + year).status()).isEqualTo(404);
  }

  private static String body(List<String> rest, List<String> working) {
    return "{\"restDays\":" + json(rest) + ",\"workingDays\":" + json(working) + "}";
  }

  private static String json(List<String> days) {
    return days.stream().map(d -> "\"" + d + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
  }

  private static void assertField(ApiClient.Response r, String field, String messagePart) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    JsonNode match = null;
    for (JsonNode f : r.json().path("fieldErrors")) {
      if (f.path("field").asText().equals(field)) {
        match = f;
      }
    }
    assertThat(match).as("field %s named in %s", field, r.body()).isNotNull();
    assertThat(match.path("message").asText()).contains(messagePart);
  }
}
