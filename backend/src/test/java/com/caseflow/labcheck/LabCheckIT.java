package com.caseflow.labcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.cases.Uscc;
import com.caseflow.support.ApiClient;
import com.caseflow.support.ApiClient.Part;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class LabCheckIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  static String uscc() {
    StringBuilder s = new StringBuilder("91640100");
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (int i = 0; i < 9; i++) {
      s.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return Uscc.withCheck(s.toString());
  }

  void sample(String lab, String reportNo) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("INSERT INTO cf_spot_check_batch (file_name, file_sha256, import_mode, row_count, imported_count,"
        + " rejected_count, agency_code, imported_by, imported_at) VALUES ('t.csv', 'x', 'all-or-nothing', 1, 1, 0,"
        + " 'NX-YC', 'quality1', ?)", now);
    Long batch = jdbc.queryForObject("SELECT MAX(id) FROM cf_spot_check_batch", Long.class);
    jdbc.update("INSERT INTO cf_spot_check_sample (batch_id, source_row, campaign_code, agency_code, enterprise_name,"
        + " enterprise_uscc, product_name, standard_code, lab_name, report_no, test_result, non_conforming_items,"
        + " sampling_place, sampling_date, violation_shown, imported_by, imported_at) VALUES (?, 2, 'HMZL-2021', 'NX-YC',"
        + " '银川童鞋店', ?, '儿童皮鞋', 'GB 30585-2014', ?, ?, 'NON_CONFORMING', '耐磨性能', 'SCHOOL_SURROUNDINGS',"
        + " DATE '2021-06-01', FALSE, 'quality1', ?)", batch, uscc(), lab, reportNo, now);
  }

  @Test
  void aFindingAgainstAnInstitutionOpensOneInspectionLeadNamingIt() {
    ApiClient head = ApiClient.loggedIn(port, "head1");
    String u = uscc();
    String lab = "宁夏测试检验检测有限公司" + System.nanoTime() % 100000;
    var imported = head.multipart("/api/inspection-targets/import", new Part("file", "t.csv", "text/csv",
        ("name,uscc,targetType,agencyCode\n" + lab + "," + u + ",TESTING_INSTITUTION,NX-YC\n")
            .getBytes(StandardCharsets.UTF_8)));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    String r1 = "JC" + System.nanoTime();
    String r2 = r1 + "B";
    sample(lab, r1);
    sample(lab, r2);

    JsonNode list = head.get("/api/lab-checks/institutions?q=" + u).json();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("spotChecks").asInt()).isEqualTo(2);
    long id = list.get(0).path("id").asLong();
    JsonNode detail = head.get("/api/lab-checks/institutions/" + id).json();
    assertThat(detail.path("spotChecks")).hasSize(2);
    assertThat(detail.path("spotChecks").get(0).path("reportNo").asText()).startsWith("JC");

    String body = "{\"campaignCode\":\"HMZL-2021\",\"finding\":\"检验原始记录与报告数据不一致\",\"reportNos\":[\"" + r2 + "\",\""
        + r1 + "\"]}";
    var first = head.post("/api/lab-checks/institutions/" + id + "/findings", body);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    long leadId = first.json().path("leadId").asLong();
    JsonNode lead = head.get("/api/cases/" + leadId).json();
    assertThat(lead.path("source").asText()).isEqualTo("INSPECTION");
    assertThat(lead.path("partyUscc").asText()).isEqualTo(u);
    assertThat(lead.path("partyName").asText()).isEqualTo(lab);

    var again = head.post("/api/lab-checks/institutions/" + id + "/findings", body);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("leadId").asLong()).isEqualTo(leadId);
    assertThat(again.json().path("created").asBoolean()).isFalse();
    assertThat(head.get("/api/lab-checks/institutions/" + id).json().path("findings")).hasSize(1);
  }

  @Test
  void badFindingsAreRefusedAndNothingIsStored() {
    ApiClient head = ApiClient.loggedIn(port, "head1");
    String u = uscc();
    String lab = "宁夏坏检验检测有限公司" + System.nanoTime() % 100000;
    head.multipart("/api/inspection-targets/import", new Part("file", "t.csv", "text/csv",
        ("name,uscc,targetType,agencyCode\n" + lab + "," + u + ",TESTING_INSTITUTION,NX-YC\n")
            .getBytes(StandardCharsets.UTF_8)));
    long id = head.get("/api/lab-checks/institutions?q=" + u).json().get(0).path("id").asLong();
    var bad = head.post("/api/lab-checks/institutions/" + id + "/findings", "{\"reportNos\":[\"NOPE\"]}");
    assertThat(bad.status()).isEqualTo(400);
    Set<String> fields = new HashSet<>();
    bad.json().path("fieldErrors").forEach(f -> fields.add(f.path("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("finding", "campaignCode", "reportNos[0]");
    var unknownCampaign = head.post("/api/lab-checks/institutions/" + id + "/findings",
        "{\"campaignCode\":\"NOPE\",\"finding\":\"x\"}");
    assertThat(unknownCampaign.status()).isEqualTo(400);
    assertThat(unknownCampaign.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("campaignCode");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_case WHERE party_uscc = ?", Integer.class, u)).isZero();

    String ok = "{\"campaignCode\":\"HMZL-2021\",\"finding\":\"x\"}";
    assertThat(ApiClient.loggedIn(port, "officer1").post("/api/lab-checks/institutions/" + id + "/findings", ok)
        .status()).isEqualTo(403);
    assertThat(ApiClient.loggedIn(port, "officer3").get("/api/lab-checks/institutions/" + id).status()).isEqualTo(404);
    assertThat(head.get("/api/lab-checks/institutions/999999999").status()).isEqualTo(404);
    assertThat(head.get("/api/lab-checks/institutions/x").status()).isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_case WHERE party_uscc = ?", Integer.class, u)).isZero();
  }
}
