package com.caseflow.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.ApiClient.Part;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/spot-checks/import, GET /api/spot-checks, the template, against MariaDB and the real models. */
@IntegrationTest
class SpotCheckImportIT {

  static final String CSV = "text/csv";
  static final String HEADER = "专项行动编号,被抽样单位名称,统一社会信用代码,产品名称,商标,规格型号,生产日期/批号,执行标准,检验机构,"
      + "检验报告编号,检验结论,不合格项目,抽样场所类型,抽样日期,是否显示违法行为";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  /** Report numbers unique per run: the test database is kept between runs. */
  static String report(String suffix) {
    return "IT-" + Long.toString(System.nanoTime(), 36).toUpperCase() + "-" + suffix;
  }

  static String row(String reportNo, String result, String items, String violation) {
    return String.join(",", "FYKZ-2021", "银川安康劳保用品有限公司", "91640100MA76ABCDE9", "儿童口罩", "安康", "S", "20210801",
        "GB 2626-2019", "宁夏回族自治区产品质量检验研究院", reportNo, result, items, "电子商务", "2021-08-15", violation);
  }

  static byte[] csv(String... rows) {
    return (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  ApiClient.Response upload(ApiClient client, String mode, String name, String type, byte[] content) {
    return client.multipart("/api/spot-checks/import" + (mode == null ? "" : "?mode=" + mode),
        new Part("file", name, type, content));
  }

  long samples() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cf_spot_check_sample", Long.class);
  }

  long batches() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cf_spot_check_batch", Long.class);
  }

  long followUps() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("spot-check-followup").count();
  }

  long audits() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cf_audit_log WHERE action = 'SPOT_CHECK_IMPORTED'", Long.class);
  }

  @Test
  void allOrNothingWithABadRowAnswers400WithRowErrorsAndStoresNothing() {
    ApiClient quality = ApiClient.loggedIn(port, "quality1");
    long samplesBefore = samples();
    long batchesBefore = batches();
    long followUpsBefore = followUps();
    long auditsBefore = audits();
    String bad = row(report("B"), "不合格", "过滤效率", "否").replace("91640100MA76ABCDE9", "91640100MA76ABCDE8");

    ApiClient.Response r = upload(quality, "all-or-nothing", "samples.csv", CSV,
        csv(row(report("A"), "不合格", "过滤效率", "否"), bad, row(report("C"), "合格", "", "")));

    assertThat(r.status()).isEqualTo(400);
    JsonNode body = r.json();
    assertThat(body.path("code").asText()).isEqualTo("IMPORT_REJECTED");
    assertThat(body.path("imported").asInt()).isZero();
    assertThat(body.path("rejected").asInt()).isEqualTo(1);
    assertThat(body.path("errors")).hasSize(1);
    JsonNode error = body.path("errors").get(0);
    assertThat(error.path("row").asInt()).isEqualTo(3);
    assertThat(error.path("field").asText()).isEqualTo("uscc");
    assertThat(error.path("message").asText()).contains("统一社会信用代码");
    assertThat(body.path("fieldErrors").get(0).path("row").asInt()).isEqualTo(3);
    assertThat(samples()).isEqualTo(samplesBefore);
    assertThat(batches()).isEqualTo(batchesBefore);
    assertThat(followUps()).isEqualTo(followUpsBefore);
    assertThat(audits()).isEqualTo(auditsBefore);

    ApiClient.Response en = upload(quality.language("en"), null, "samples.csv", CSV,
        csv(row(report("D"), "maybe", "", "否")));
    assertThat(en.status()).isEqualTo(400);
    assertThat(en.json().path("errors").get(0).path("message").asText()).startsWith("Result must be");
    assertThat(en.json().path("message").asText()).contains("nothing was imported");
  }

  @Test
  void goodRowsModeImportsTheGoodRowsAndStartsFollowUpForNonConformingOnes() {
    ApiClient quality = ApiClient.loggedIn(port, "quality1");
    String failed = report("NC");
    String passed = report("OK");
    long followUpsBefore = followUps();

    ApiClient.Response r = upload(quality, "good-rows", "samples.csv", CSV, csv(
        row(failed, "不合格", "过滤效率", "否"), row(passed, "合格", "", ""), row(report("BAD"), "不合格", "", "否"),
        row(failed, "不合格", "过滤效率", "否")));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.path("imported").asInt()).isEqualTo(2);
    assertThat(body.path("rejected").asInt()).isEqualTo(2);
    assertThat(body.path("followUpsStarted").asInt()).isEqualTo(1);
    assertThat(body.path("errors").findValuesAsText("field")).containsExactly("nonConformingItems", "reportNo");
    assertThat(followUps()).isEqualTo(followUpsBefore + 1);

    Map<String, Object> sample = jdbc.queryForMap(
        "SELECT id, agency_code, process_instance_id, test_result FROM cf_spot_check_sample WHERE report_no = ?", failed);
    long id = ((Number) sample.get("id")).longValue();
    assertThat(sample.get("agency_code")).isEqualTo("NX-YC");
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("SC-" + id).singleResult();
    assertThat(pi).isNotNull();
    assertThat(pi.getId()).isEqualTo(sample.get("process_instance_id"));
    Map<String, Object> vars = runtime.getVariables(pi.getId());
    assertThat(vars).containsEntry("sampleId", id).containsEntry("agencyCode", "NX-YC")
        .containsEntry("campaignCode", "FYKZ-2021").containsEntry("enterpriseUscc", "91640100MA76ABCDE9")
        .containsEntry("nonConformingItems", "过滤效率").containsEntry("samplingPlace", "E_COMMERCE")
        .containsEntry("violationShown", false).containsEntry("reportNo", failed)
        .containsEntry("standardCode", "GB 2626-2019").containsKey("resultDeliveredDate");
    assertThat(vars).doesNotContainKey("caseLeadId");
    assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("Task_DeliverResult");
    Long passedPi = jdbc.queryForObject(
        "SELECT COUNT(*) FROM cf_spot_check_sample WHERE report_no = ? AND process_instance_id IS NULL", Long.class, passed);
    assertThat(passedPi).isEqualTo(1);

    // the same report number again: rejected as already imported
    ApiClient.Response again = upload(quality, "all-or-nothing", "again.csv", CSV, csv(row(passed, "合格", "", "")));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().path("errors").get(0).path("message").asText()).contains("已导入过");

    // list and detail
    JsonNode list = quality.get("/api/spot-checks?result=NON_CONFORMING&campaign=FYKZ-2021&place=电子商务&size=200").json();
    assertThat(list.path("items").findValuesAsText("reportNo")).contains(failed).doesNotContain(passed);
    assertThat(list.path("total").asLong()).isGreaterThanOrEqualTo(1);
    JsonNode detail = quality.get("/api/spot-checks/" + id).json();
    assertThat(detail.path("reportNo").asText()).isEqualTo(failed);
    assertThat(detail.path("samplingDate").asText()).isEqualTo("2021-08-15");
    assertThat(ApiClient.loggedIn(port, "manager1").get("/api/spot-checks/" + id).status()).isEqualTo(200);
    ApiClient otherCity = ApiClient.loggedIn(port, "officer3");
    assertThat(otherCity.get("/api/spot-checks/" + id).status()).isEqualTo(404);
    assertThat(otherCity.get("/api/spot-checks?size=200").json().path("items").findValuesAsText("reportNo"))
        .doesNotContain(failed);
    assertThat(quality.get("/api/spot-checks?result=MAYBE").json().path("fieldErrors").get(0).path("field").asText())
        .isEqualTo("result");
    assertThat(quality.get("/api/spot-checks?size=500").status()).isEqualTo(400);
    assertThat(quality.get("/api/spot-checks/999999999").status()).isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_audit_log WHERE action = 'SPOT_CHECK_IMPORTED' AND entity_id = ?",
        Long.class, String.valueOf(body.path("batchId").asLong()))).isEqualTo(1);
  }

  @Test
  void violationShownOpensACaseLeadAtOnce() {
    ApiClient quality = ApiClient.loggedIn(port, "quality1");
    String reportNo = report("V");
    ApiClient.Response r = upload(quality, null, "v.csv", CSV, csv(row(reportNo, "不合格", "过滤效率", "是")));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    long id = jdbc.queryForObject("SELECT id FROM cf_spot_check_sample WHERE report_no = ?", Long.class, reportNo);
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("SC-" + id).singleResult();
    Object leadId = runtime.getVariable(pi.getId(), "caseLeadId");
    assertThat(leadId).isInstanceOf(Long.class);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("enforcement-case")
        .processInstanceBusinessKey("lead-" + leadId).count()).isEqualTo(1);
    Map<String, Object> lead = jdbc.queryForMap("SELECT source, party_uscc, agency_code FROM cf_case WHERE id = ?", leadId);
    assertThat(lead).containsEntry("source", "SPOT_CHECK").containsEntry("party_uscc", "91640100MA76ABCDE9")
        .containsEntry("agency_code", "NX-YC");
    assertThat(jdbc.queryForObject("SELECT origin_key FROM cf_case WHERE id = ?", String.class, leadId))
        .isEqualTo("SC-" + id + "|VIOLATION_SHOWN");
  }

  @Test
  void gbkCsvAndXlsxAreImported() throws IOException {
    ApiClient quality = ApiClient.loggedIn(port, "quality1");
    String gbkReport = report("GBK");
    byte[] gbk = new String(csv(row(gbkReport, "合格", "", "否")), StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
    ApiClient.Response r = upload(quality, null, "导出.csv", CSV, gbk);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT enterprise_name FROM cf_spot_check_sample WHERE report_no = ?", String.class,
        gbkReport)).isEqualTo("银川安康劳保用品有限公司");

    String xlsxReport = report("XLSX");
    ApiClient.Response x = upload(quality, "all-or-nothing", "samples.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(xlsxReport));
    assertThat(x.status()).as(x.body()).isEqualTo(200);
    assertThat(x.json().path("imported").asInt()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT sampling_date FROM cf_spot_check_sample WHERE report_no = ?", LocalDate.class,
        xlsxReport)).isEqualTo(LocalDate.of(2021, 8, 20));
  }

  static byte[] xlsx(String reportNo) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("抽查结果");
      String[] headers = HEADER.split(",");
      Row h = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        h.createCell(i).setCellValue(headers[i]);
      }
      List<String> values = List.of(row(reportNo, "合格", "", "否").split(",", -1));
      Row r = sheet.createRow(1);
      for (int i = 0; i < values.size(); i++) {
        r.createCell(i).setCellValue(values.get(i));
      }
      var style = wb.createCellStyle();
      style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      r.getCell(13).setCellValue(LocalDate.of(2021, 8, 20));
      r.getCell(13).setCellStyle(style);
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void dryRunChecksTheRowsLikeTheImportAndStoresNothing() {
    ApiClient quality = ApiClient.loggedIn(port, "quality1");
    // a report number already stored is an error of the check as of the import
    String stored = report("STORED");
    assertThat(upload(quality, "good-rows", "first.csv", CSV, csv(row(stored, "合格", "", ""))).status()).isEqualTo(200);
    long samplesBefore = samples();
    long batchesBefore = batches();
    long followUpsBefore = followUps();
    long auditsBefore = audits();
    String bad = row(report("B"), "不合格", "过滤效率", "否").replace("91640100MA76ABCDE9", "91640100MA76ABCDE8");
    byte[] file = csv(row(report("NC"), "不合格", "过滤效率", "否"), bad, row(report("OK"), "合格", "", ""),
        row(stored, "合格", "", ""));

    for (String mode : new String[] {"all-or-nothing", "good-rows"}) {
      ApiClient.Response r = quality.multipart("/api/spot-checks/import?dryRun=true&mode=" + mode,
          new Part("file", "samples.csv", CSV, file));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode body = r.json();
      assertThat(body.path("dryRun").asBoolean()).isTrue();
      assertThat(body.path("rows").asInt()).isEqualTo(4);
      assertThat(body.path("valid").asInt()).isEqualTo(2);
      assertThat(body.path("rejected").asInt()).isEqualTo(2);
      assertThat(body.path("followUps").asInt()).isEqualTo(1);
      assertThat(body.has("batchId")).isFalse();
      assertThat(body.path("errors").findValuesAsText("field")).containsExactly("uscc", "reportNo");
      assertThat(body.path("errors").findValuesAsText("row")).containsExactly("3", "5");
      assertThat(body.path("errors").get(0).path("message").asText()).contains("统一社会信用代码");
    }
    assertThat(samples()).isEqualTo(samplesBefore);
    assertThat(batches()).isEqualTo(batchesBefore);
    assertThat(followUps()).isEqualTo(followUpsBefore);
    assertThat(audits()).isEqualTo(auditsBefore);

    // the same refusals as the import
    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    assertThat(officer.multipart("/api/spot-checks/import?dryRun=true", new Part("file", "a.csv", CSV, file)).status())
        .isEqualTo(403);
    ApiClient.Response pdf = quality.multipart("/api/spot-checks/import?dryRun=true",
        new Part("file", "report.pdf", "application/pdf", "%PDF-1.4 ...".getBytes()));
    assertThat(pdf.status()).isEqualTo(400);
    assertThat(pdf.json().path("code").asText()).isEqualTo("INVALID_FILE");

    // confirmed afterwards in good-rows mode: what the check announced is what is stored
    ApiClient.Response imported = upload(quality, "good-rows", "samples.csv", CSV, file);
    assertThat(imported.status()).isEqualTo(200);
    assertThat(imported.json().path("imported").asInt()).isEqualTo(2);
    assertThat(imported.json().path("followUpsStarted").asInt()).isEqualTo(1);
    assertThat(samples()).isEqualTo(samplesBefore + 2);
  }

  @Test
  void whoMayImportAndWhatIsRefused() {
    byte[] file = csv(row(report("X"), "合格", "", ""));
    long before = samples();
    ApiClient anonymous = new ApiClient(port);
    assertThat(upload(anonymous, null, "a.csv", CSV, file).status()).isEqualTo(401);
    assertThat(anonymous.get("/api/spot-checks").status()).isEqualTo(401);
    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    assertThat(upload(officer, null, "a.csv", CSV, file).status()).isEqualTo(403);

    ApiClient quality = ApiClient.loggedIn(port, "quality1");
    ApiClient.Response big = upload(quality, null, "big.csv", CSV, new byte[6 * 1024 * 1024]);
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.json().path("code").asText()).isEqualTo("UPLOAD_TOO_LARGE");
    ApiClient.Response pdf = upload(quality, null, "report.pdf", "application/pdf", "%PDF-1.4 ...".getBytes());
    assertThat(pdf.status()).isEqualTo(400);
    assertThat(pdf.json().path("code").asText()).isEqualTo("INVALID_FILE");
    assertThat(pdf.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("file");
    ApiClient.Response mode = upload(quality, "some", "a.csv", CSV, file);
    assertThat(mode.status()).isEqualTo(400);
    assertThat(mode.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("mode");
    ApiClient.Response noColumns = upload(quality, null, "a.csv", CSV, "产品名称\n口罩\n".getBytes(StandardCharsets.UTF_8));
    assertThat(noColumns.status()).isEqualTo(400);
    assertThat(noColumns.json().path("message").asText()).contains("缺少必需的列");
    ApiClient.Response headerOnly = upload(quality, null, "a.csv", CSV, csv().clone());
    assertThat(headerOnly.status()).isEqualTo(400);
    ApiClient.Response missingPart = quality.multipart("/api/spot-checks/import", Part.field("mode", "good-rows"));
    assertThat(missingPart.status()).isEqualTo(400);
    assertThat(samples()).isEqualTo(before);
  }

  @Test
  void templateIsAUtf8CsvWithBomThatImportsCleanly() {
    ApiClient quality = ApiClient.loggedIn(port, "quality1");
    ApiClient.Response r = quality.get("/api/spot-checks/template.csv");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(r.body()).startsWith("\uFEFF专项行动编号,被抽样单位名称,统一社会信用代码");
  }
}
