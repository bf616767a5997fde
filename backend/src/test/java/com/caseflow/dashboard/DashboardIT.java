package com.caseflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.calendar.StatutoryCalendar;
import com.caseflow.cases.Uscc;
import com.caseflow.dashboard.DashboardSeed.SeedCase;
import com.caseflow.support.ApiClient;
import com.caseflow.support.EnforcementCaseModel;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Dashboard figures over seeded cases of a campaign of their own, access, reports, and counts vs Camunda. */
@IntegrationTest
class DashboardIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired StatutoryCalendar calendar;

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @BeforeAll
  static void model(@Autowired org.springframework.context.ApplicationContext context) {
    EnforcementCaseModel.ensureRunnable(context);
  }

  private String seeded() {
    DashboardSeed seed = new DashboardSeed(jdbc);
    String camp = seed.campaign("DB");
    List<Long> ids = seed.insertCases(camp, List.of(
        new SeedCase("NX-YC-XQ", "/NX/NX-YC/NX-YC-XQ/", "VERIFICATION", "SPOT_CHECK", LocalDate.of(2026, 1, 5),
            null, null, null, null, null, null),
        new SeedCase("NX-YC-XQ", "/NX/NX-YC/NX-YC-XQ/", "INVESTIGATION", "SPOT_CHECK", LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 1, 12), null, null, null, null, camp + "-2"),
        new SeedCase("NX-YC-JF", "/NX/NX-YC/NX-YC-JF/", "CLOSED", "COMPLAINT", LocalDate.of(2025, 12, 1),
            LocalDate.of(2025, 12, 8), LocalDate.of(2026, 1, 20), new BigDecimal("1000.10"), new BigDecimal("500.05"),
            LocalDateTime.of(2026, 2, 10, 10, 0), camp + "-3"),
        new SeedCase("NX-SZS", "/NX/NX-SZS/", "EXECUTION", "COMPLAINT", LocalDate.of(2026, 1, 6),
            LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 2), new BigDecimal("2000.25"), null, null, camp + "-4")));
    // two tasks overdue (due before 2026-03-02), one not; under a process key of their own
    seed.insertTask("seed-process", "Task_VerifyLead", "核查", ids.get(0), "NX-YC-XQ", "/NX/NX-YC/NX-YC-XQ/", camp,
        LocalDate.of(2026, 1, 26));
    seed.insertTask("seed-process", "Task_Investigate", "调查取证", ids.get(1), "NX-YC-XQ", "/NX/NX-YC/NX-YC-XQ/", camp,
        LocalDate.of(2026, 2, 27));
    seed.insertTask("seed-process", "Task_Investigate", "调查取证", ids.get(3), "NX-SZS", "/NX/NX-SZS/", camp,
        LocalDate.of(2026, 4, 1));
    return camp;
  }

  @Test
  void officersGet403AndBadInputNamesTheField() {
    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    assertThat(officer.get("/api/dashboard/figures/cases").status()).isEqualTo(403);
    assertThat(officer.get("/api/dashboard/processes/enforcement-case/activities").status()).isEqualTo(403);
    assertThat(officer.get("/api/campaigns/FYKZ-2021/report.xlsx").status()).isEqualTo(403);
    assertThat(new ApiClient(port).get("/api/dashboard/figures/cases").status()).isEqualTo(401);
    ApiClient manager = ApiClient.loggedIn(port, "manager1");
    ApiClient.Response r = manager.get("/api/dashboard/figures/cases?campaign=NOPE");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("fieldErrors").toString()).contains("campaign");
    r = manager.get("/api/dashboard/figures/cases?agency=NOPE");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("fieldErrors").toString()).contains("agency");
    assertThat(manager.get("/api/dashboard/figures/cases?from=2026-03-01&to=2026-01-01").status()).isEqualTo(400);
    r = manager.get("/api/dashboard/figures/overdue?from=yesterday");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("fieldErrors").path(0).path("field").asText()).isEqualTo("from");
    assertThat(r.json().path("fieldErrors").path(0).path("message").asText()).contains("from", "yesterday")
        .doesNotContain("convert");
    assertThat(manager.get("/api/dashboard/processes/no-such-process/activities").status()).isEqualTo(404);
    assertThat(manager.get("/api/campaigns/NOPE/report.pdf").status()).isEqualTo(404);
    // a unit head of 银川 may not look at 石嘴山
    ApiClient unitHead = ApiClient.loggedIn(port, "unithead1");
    assertThat(unitHead.get("/api/dashboard/figures/cases?agency=NX-SZS").status()).isEqualTo(403);
    assertThat(unitHead.get("/api/dashboard/figures/cases?agency=NX-YC-XQ").status()).isEqualTo(200);
  }

  @Test
  void caseFiguresPenaltiesAndOverdueCountTheSeededCases() {
    String camp = seeded();
    ApiClient manager = ApiClient.loggedIn(port, "manager1");
    JsonNode cases = manager.get("/api/dashboard/figures/cases?campaign=" + camp).json();
    assertThat(cases.path("total").asLong()).isEqualTo(4);
    assertThat(counts(cases.path("byStage"))).containsEntry("VERIFICATION", 1L).containsEntry("CLOSED", 1L)
        .containsEntry("EXECUTION", 1L).containsEntry("INVESTIGATION", 1L);
    assertThat(counts(cases.path("bySource"))).containsEntry("SPOT_CHECK", 2L).containsEntry("COMPLAINT", 2L);
    assertThat(counts(cases.path("byAgency"))).containsEntry("NX-YC-XQ", 2L).containsEntry("NX-YC-JF", 1L)
        .containsEntry("NX-SZS", 1L);
    assertThat(cases.path("monthly").toString()).contains("{\"month\":\"2025-12\",\"filed\":1,\"closed\":0}")
        .contains("{\"month\":\"2026-01\",\"filed\":2,\"closed\":0}").contains("{\"month\":\"2026-02\",\"filed\":0,\"closed\":1}");
    // 银川 subtree and a period
    JsonNode yc = manager.get("/api/dashboard/figures/cases?campaign=" + camp + "&agency=NX-YC").json();
    assertThat(yc.path("total").asLong()).isEqualTo(3);
    JsonNode jan = manager.get("/api/dashboard/figures/cases?campaign=" + camp + "&from=2026-01-01&to=2026-01-31").json();
    assertThat(jan.path("total").asLong()).isEqualTo(3);
    // unit head sees his subtree only
    JsonNode head = ApiClient.loggedIn(port, "unithead1").get("/api/dashboard/figures/cases?campaign=" + camp).json();
    assertThat(head.path("total").asLong()).isEqualTo(3);

    ApiClient.Response money = manager.get("/api/dashboard/figures/penalties?campaign=" + camp);
    assertThat(money.body()).contains("\"fineTotal\":3000.35").contains("\"confiscationTotal\":500.05");
    assertThat(money.json().path("fineCount").asLong()).isEqualTo(2);
    assertThat(money.json().path("confiscationCount").asLong()).isEqualTo(1);
    assertThat(new BigDecimal(money.json().path("fineTotal").asText())).isEqualByComparingTo("3000.35");

    JsonNode overdue = manager.get("/api/dashboard/figures/overdue?campaign=" + camp).json();
    assertThat(overdue.path("total").asLong()).isEqualTo(2);
    assertThat(counts(overdue.path("byAgency"))).containsEntry("NX-YC-XQ", 2L).doesNotContainKey("NX-SZS");
    JsonNode late = overdue.path("tasks");
    assertThat(late).hasSize(2);
    assertThat(late.get(0).path("activityId").asText()).isEqualTo("Task_VerifyLead");
    assertThat(late.get(0).path("workingDaysLate").asInt())
        .isEqualTo(calendar.workingDaysBetween(LocalDate.of(2026, 1, 26), TODAY));

    JsonNode durations = manager.get("/api/dashboard/figures/durations?campaign=" + camp).json();
    JsonNode verification = durations.path("stages").get(0);
    assertThat(verification.path("stage").asText()).isEqualTo("VERIFICATION");
    assertThat(verification.path("count").asLong()).isEqualTo(3);
  }

  @Test
  void creditComplianceFromCreditPublicationInstances() {
    String camp = seeded();
    ApiClient manager = ApiClient.loggedIn(port, "manager1");
    // four decided cases of their own, in 金凤区
    DashboardSeed seed = new DashboardSeed(jdbc);
    String credit = seed.campaign("CR");
    LocalDate[] decisions = {LocalDate.of(2026, 1, 5), LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 25),
        LocalDate.of(2026, 1, 6)};
    LocalDate[] published = {LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 15), null, null};
    for (int i = 0; i < decisions.length; i++) {
      String caseNo = credit + "-C" + i;
      seed.insertCases(credit, List.of(new SeedCase("NX-YC-JF", "/NX/NX-YC/NX-YC-JF/", "EXECUTION", "COMPLAINT",
          decisions[i].minusDays(40), decisions[i].minusDays(30), decisions[i], new BigDecimal("100.00"), null, null,
          caseNo)));
      Map<String, Object> vars = new HashMap<>();
      vars.put("caseNo", caseNo);
      vars.put("decisionNo", "决定" + caseNo);
      vars.put("decisionDate", decisions[i].toString());
      vars.put("partyName", "公示当事人" + i);
      vars.put("partyUscc", Uscc.withCheck("91640100MA7600" + i + "00"));
      vars.put("penaltyKind", "FINE");
      vars.put("fineAmount", 100.0);
      vars.put("handlingOfficer", "officer1");
      vars.put("agencyCode", "NX-YC-JF");
      vars.put("campaignCode", credit);
      String pi = runtime.startProcessInstanceByKey("credit-publication", caseNo, vars).getId();
      if (published[i] != null) {
        runtime.setVariable(pi, "publishedDate", published[i].toString());
      }
    }
    JsonNode c = manager.get("/api/dashboard/figures/credit?campaign=" + credit).json();
    assertThat(c.path("required").asLong()).isEqualTo(4);
    assertThat(c.path("published").asLong()).isEqualTo(2);
    assertThat(c.path("publishedOnTime").asLong()).isEqualTo(1);
    assertThat(c.path("publishedLate").asLong()).isEqualTo(1);
    assertThat(c.path("pending").asLong()).isEqualTo(2);
    assertThat(c.path("pendingOverdue").asLong()).isEqualTo(1);
    assertThat(c.path("onTimeRate").decimalValue()).isEqualByComparingTo("33.33");
    LocalDate due1 = calendar.addWorkingDays(decisions[1], 20);
    JsonNode late = c.path("late").get(0);
    assertThat(late.path("caseNo").asText()).isEqualTo(credit + "-C1");
    assertThat(late.path("workingDaysLate").asInt()).isEqualTo(calendar.workingDaysBetween(due1, published[1]));
    JsonNode pending = c.path("pendingItems");
    assertThat(pending.get(0).path("caseNo").asText()).isEqualTo(credit + "-C3");
    assertThat(pending.get(0).path("workingDaysLeft").asInt())
        .isEqualTo(calendar.workingDaysBetween(TODAY, calendar.addWorkingDays(decisions[3], 20))).isNegative();
    assertThat(pending.get(1).path("workingDaysLeft").asInt()).isPositive();

    // the overlay of credit-publication: four instances wait at the entry task, all due per the statutory calendar
    JsonNode acts = manager.get("/api/dashboard/processes/credit-publication/activities?campaign=" + credit).json();
    JsonNode entry = find(acts, "Task_EnterPublicationRecord");
    assertThat(entry.path("active").asLong()).isEqualTo(4);
    // the entry tasks stay open in this test (publishedDate set directly): due 20 working days after the decision
    assertThat(entry.path("overdue").asLong()).isEqualTo(3);
    JsonNode waiting = manager.get("/api/dashboard/processes/credit-publication/activities/Task_EnterPublicationRecord"
        + "/cases?campaign=" + credit).json();
    assertThat(waiting).hasSize(4);
    assertThat(waiting.toString()).contains("\"businessKey\":\"" + credit + "-C0\"");

    // the report carries the same figures
    assertThat(manager.get("/api/campaigns/" + credit + "/report.xlsx").status()).isEqualTo(200);
    assertThat(camp).isNotBlank();
  }

  @Test
  void overlayCountsMatchCamundasRuntimeStatistics() {
    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    DashboardSeed seed = new DashboardSeed(jdbc);
    String camp = seed.campaign("RT");
    for (int i = 0; i < 3; i++) {
      String party = "对比当事人" + camp + i;
      ApiClient.Response r = officer.post("/api/leads", """
          {"campaignCode":"%s","source":"SPOT_CHECK","partyName":"%s","partyUscc":"%s","productName":"口罩",
           "description":"测试","goodsValue":100.00}""".formatted(camp, party,
          Uscc.withCheck("91640100MA77" + String.format("%05d", Math.abs(party.hashCode()) % 100000))));
      assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
    ApiClient manager = ApiClient.loggedIn(port, "manager1");
    JsonNode mine = manager.get("/api/dashboard/processes/enforcement-case/activities?campaign=" + camp).json();
    assertThat(find(mine, "Task_VerifyLead").path("active").asLong()).isEqualTo(3);
    assertThat(find(mine, "Task_VerifyLead").path("overdue").asLong()).isZero();
    JsonNode waiting = manager.get("/api/dashboard/processes/enforcement-case/activities/Task_VerifyLead/cases?campaign="
        + camp).json();
    assertThat(waiting).hasSize(3);
    assertThat(waiting.get(0).path("ref").asText()).isNotBlank();
    // unfiltered, for the whole province: every activity agrees with Camunda's own statistics
    for (String key : List.of("enforcement-case", "credit-publication")) {
      Map<String, Long> camunda = new HashMap<>();
      for (ProcessDefinition d : repository.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
        for (ActivityStatistics s : management.createActivityStatisticsQuery(d.getId()).list()) {
          camunda.merge(s.getId(), (long) s.getInstances(), Long::sum);
        }
      }
      JsonNode all = manager.get("/api/dashboard/processes/" + key + "/activities").json();
      Map<String, Long> ours = new HashMap<>();
      all.forEach(a -> {
        if (a.path("active").asLong() > 0) {
          ours.put(a.path("activityId").asText(), a.path("active").asLong());
        }
      });
      camunda.values().removeIf(v -> v == 0);
      assertThat(ours).as(key).isEqualTo(camunda);
      // every active instance waits somewhere the overlay shows
      long instances = runtime.createProcessInstanceQuery().processDefinitionKey(key).active().count();
      assertThat(ours.values().stream().mapToLong(Long::longValue).sum()).as(key).isGreaterThanOrEqualTo(instances);
    }
    assertThat(officer.get("/api/dashboard/processes/enforcement-case/activities/Task_VerifyLead/cases").status())
        .isEqualTo(403);
    // the diagram for the overlay, whatever the client accepts (the SPA's client sends Accept: application/json)
    ApiClient.Response xml = manager.get("/api/dashboard/processes/enforcement-case/xml");
    assertThat(xml.status()).isEqualTo(200);
    assertThat(xml.body()).contains("Task_VerifyLead");
    assertThat(officer.get("/api/dashboard/processes/enforcement-case/xml").status()).isEqualTo(403);
  }

  @Test
  void spotChecksFromImportedSamplesAndProductionHalts() {
    DashboardSeed seed = new DashboardSeed(jdbc);
    String camp = seed.campaign("SC");
    jdbc.update("INSERT INTO cf_spot_check_batch (file_name, file_sha256, import_mode, row_count, imported_count,"
        + " rejected_count, agency_code, imported_by, imported_at) VALUES ('t.csv', ?, 'ALL', 5, 5, 0, 'NX-YC', 'quality1',"
        + " CURRENT_TIMESTAMP)", camp);
    long batch = jdbc.queryForObject("SELECT id FROM cf_spot_check_batch WHERE file_sha256 = ?", Long.class, camp);
    Object[][] samples = {
        {"一次性使用口罩", "E_COMMERCE", "NON_CONFORMING", "NX-YC-XQ"}, {"一次性使用口罩", "E_COMMERCE", "CONFORMING", "NX-YC-XQ"},
        {"一次性使用口罩", "RURAL", "CONFORMING", "NX-YC-JF"}, {"儿童口罩", "SCHOOL_SURROUNDINGS", "NON_CONFORMING", "NX-YC-JF"},
        {"儿童口罩", "SCHOOL_SURROUNDINGS", "NON_CONFORMING", "NX-SZS"}};
    for (int i = 0; i < samples.length; i++) {
      jdbc.update("INSERT INTO cf_spot_check_sample (batch_id, source_row, campaign_code, agency_code, enterprise_name,"
          + " enterprise_uscc, product_name, standard_code, lab_name, report_no, test_result, sampling_place, sampling_date,"
          + " violation_shown, imported_by, imported_at) VALUES (?,?,?,?,'某企业','91640100MA76000001',?,'GB 2626-2019','检验所',"
          + "?,?,?,?,FALSE,'quality1',CURRENT_TIMESTAMP)", batch, i + 2, camp, samples[i][3], samples[i][0],
          camp + "-R" + i, samples[i][2], samples[i][1], java.sql.Date.valueOf("2026-02-1" + i));
    }
    long halted = jdbc.queryForObject("SELECT id FROM cf_spot_check_sample WHERE report_no = ?", Long.class, camp + "-R3");
    jdbc.update("INSERT INTO cf_enterprise_flag (uscc, flag_type, flag_status, sample_id, source_key, created_at, created_by)"
        + " VALUES ('91640100MA76000001', 'PRODUCTION_HALT', 'ACTIVE', ?, ?, CURRENT_TIMESTAMP, 'quality1')", halted,
        camp + "-halt");
    ApiClient manager = ApiClient.loggedIn(port, "manager1");
    ApiClient.Response r = manager.get("/api/dashboard/figures/spot-checks?campaign=" + camp);
    JsonNode s = r.json();
    assertThat(s.path("batchesSampled").asLong()).isEqualTo(5);
    assertThat(s.path("nonConforming").asLong()).isEqualTo(3);
    assertThat(r.body()).contains("\"nonConformingRate\":60.00");
    assertThat(s.path("productionNotResumed").asLong()).isEqualTo(1);
    JsonNode place = s.path("bySamplingPlace");
    assertThat(place).hasSize(3);
    // the raw JSON: rates are exact decimals with 2 places
    assertThat(r.body()).contains("{\"key\":\"SCHOOL_SURROUNDINGS\",\"label\":\"校园周边\",\"sampled\":2,"
        + "\"nonConforming\":2,\"rate\":100.00}");
    assertThat(r.body()).contains("\"key\":\"一次性使用口罩\",\"label\":\"一次性使用口罩\",\"sampled\":3,"
        + "\"nonConforming\":1,\"rate\":33.33");
    // 银川 only, and a period
    JsonNode yc = manager.get("/api/dashboard/figures/spot-checks?campaign=" + camp + "&agency=NX-YC").json();
    assertThat(yc.path("batchesSampled").asLong()).isEqualTo(4);
    JsonNode early = manager.get("/api/dashboard/figures/spot-checks?campaign=" + camp + "&to=2026-02-11").json();
    assertThat(early.path("batchesSampled").asLong()).isEqualTo(2);
    // recalls and referrals of a campaign nobody used are zero
    assertThat(manager.get("/api/dashboard/figures/recalls?campaign=" + camp).json().path("total").asLong()).isZero();
    assertThat(manager.get("/api/dashboard/figures/referrals?campaign=" + camp).json().path("total").asLong()).isZero();
  }

  @Test
  void campaignReportAsXlsxAndPdf() throws Exception {
    String camp = seeded();
    ApiClient manager = ApiClient.loggedIn(port, "manager1");
    java.net.http.HttpResponse<byte[]> x = bytes(manager, "/api/campaigns/" + camp + "/report.xlsx");
    assertThat(x.statusCode()).isEqualTo(200);
    assertThat(x.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
      Sheet info = wb.getSheet("报告信息");
      assertThat(info.getRow(0).getCell(0).getStringCellValue()).contains("测试专项行动" + camp);
      assertThat(info.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2025-06-01 至 2026-12-20");
      assertThat(info.getRow(3).getCell(1).getStringCellValue()).isEqualTo("全区");
      Sheet summary = wb.getSheet("总体情况");
      assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("指标");
      assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("线索及案件总数");
      assertThat(summary.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4.0);
      assertThat(summary.getRow(5).getCell(0).getStringCellValue()).isEqualTo("罚款金额（元）");
      assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(3000.35);
      Sheet money = wb.getSheet("罚没情况");
      assertThat(money.getRow(0).getCell(2).getStringCellValue()).isEqualTo("罚款金额（元）");
      Sheet stages = wb.getSheet("案件阶段");
      assertThat(stages.getLastRowNum()).isEqualTo(4);
      Sheet overdue = wb.getSheet("逾期任务");
      assertThat(overdue.getLastRowNum()).isEqualTo(2);
    }
    java.net.http.HttpResponse<byte[]> p = bytes(manager, "/api/campaigns/" + camp + "/report.pdf?agency=NX-YC");
    assertThat(p.statusCode()).isEqualTo(200);
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(p.body());
    String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
    assertThat(text).contains("1000.10").contains("2025-06-01");
    if (new org.springframework.core.io.ClassPathResource(CampaignReportWriter.FONT).exists()) {
      assertThat(text).contains("实施情况报告").contains("银川市市场监督管理局");
    }
  }

  private java.net.http.HttpResponse<byte[]> bytes(ApiClient client, String path) throws Exception {
    // the ApiClient speaks text; fetch binaries with the same session cookie
    var field = ApiClient.class.getDeclaredField("http");
    field.setAccessible(true);
    var http = (java.net.http.HttpClient) field.get(client);
    return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).GET()
        .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Map<String, Long> counts(JsonNode list) {
    Map<String, Long> m = new HashMap<>();
    list.forEach(n -> m.put(n.path("key").asText(), n.path("count").asLong()));
    return m;
  }

  private static JsonNode find(JsonNode acts, String id) {
    for (JsonNode a : acts) {
      if (id.equals(a.path("activityId").asText())) {
        return a;
      }
    }
    throw new AssertionError(id + " not in " + acts);
  }
}
