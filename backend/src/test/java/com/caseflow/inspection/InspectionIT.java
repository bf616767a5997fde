package com.caseflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.cases.Uscc;
import com.caseflow.support.ApiClient;
import com.caseflow.support.ApiClient.Part;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class InspectionIT {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  static String uscc() {
    StringBuilder s = new StringBuilder("91640100");
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (int i = 0; i < 9; i++) {
      s.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return Uscc.withCheck(s.toString());
  }

  static Part csv(String text) {
    return new Part("file", "targets.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  String user(String prefix) {
    String id = prefix + System.nanoTime() % 1_000_000_000L;
    var u = identity.newUser(id);
    u.setFirstName("检查");
    u.setLastName("王");
    u.setPassword("demo");
    identity.saveUser(u);
    return id;
  }

  void inspector(ApiClient head, String userId, String agency, LocalDate validUntil) {
    var r = head.put("/api/inspectors/" + userId, "{\"agencyCode\":\"" + agency + "\",\"credentialNo\":\"NX-ZF-" + userId
        + "\",\"validUntil\":\"" + validUntil + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @Test
  void importWithABadRowStoresNothingInAllOrNothingModeAndTheGoodRowsInGoodRowsMode() {
    ApiClient head = ApiClient.loggedIn(port, "head1");
    String good = uscc();
    String file = "名称,统一社会信用代码,类型,所属机构,地址\n"
        + "好视力眼镜店," + good + ",眼镜制配场所,NX-YC-XQ,兴庆区1号\n"
        + "坏代码眼镜店,91640100MA76XXXX1Z,眼镜制配场所,NX-YC-XQ,\n"
        + "外地眼镜店," + uscc() + ",EYEGLASS_FITTING,NX-SZS,\n"
        + "," + uscc() + ",火锅店,NOPE,\n";
    var check = head.multipart("/api/inspection-targets/import?dryRun=true", csv(file));
    assertThat(check.status()).as(check.body()).isEqualTo(200);
    assertThat(check.json().path("rows").asInt()).isEqualTo(4);
    assertThat(check.json().path("valid").asInt()).isEqualTo(1);
    assertThat(check.json().path("rejected").asInt()).isEqualTo(3);
    assertThat(head.get("/api/inspection-targets?q=" + good).json().path("total").asInt()).as("checked only").isZero();
    assertThat(ApiClient.loggedIn(port, "officer1").multipart("/api/inspection-targets/import?dryRun=true", csv(file))
        .status()).isEqualTo(403);

    var rejected = head.multipart("/api/inspection-targets/import?mode=all-or-nothing", csv(file));
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
    JsonNode body = rejected.json();
    assertThat(body.path("code").asText()).isEqualTo("IMPORT_REJECTED");
    assertThat(body.path("imported").asInt()).isZero();
    assertThat(body.path("rejected").asInt()).isEqualTo(3);
    Set<String> errors = new HashSet<>();
    body.path("errors").forEach(e -> errors.add(e.path("row").asInt() + ":" + e.path("field").asText()));
    assertThat(errors).contains("3:uscc", "4:agencyCode", "5:name", "5:targetType", "5:agencyCode");
    assertThat(body.path("fieldErrors").get(0).path("field").asText()).startsWith("row");
    assertThat(head.get("/api/inspection-targets?q=" + good).json().path("total").asInt()).isZero();

    var partial = head.multipart("/api/inspection-targets/import?mode=good-rows", csv(file));
    assertThat(partial.status()).as(partial.body()).isEqualTo(200);
    assertThat(partial.json().path("imported").asInt()).isEqualTo(1);
    assertThat(partial.json().path("rejected").asInt()).isEqualTo(3);
    assertThat(head.get("/api/inspection-targets?q=" + good).json().path("total").asInt()).isEqualTo(1);

    assertThat(head.multipart("/api/inspection-targets/import?mode=maybe", csv(file)).status()).isEqualTo(400);
    assertThat(head.multipart("/api/inspection-targets/import", csv("")).status()).isEqualTo(400);
    assertThat(ApiClient.loggedIn(port, "officer1").multipart("/api/inspection-targets/import", csv(file)).status())
        .isEqualTo(403);
  }

  @Test
  void drawIsVerifiableFrozenOnPublishAndInspectionsFeedTheFigures() {
    ApiClient head = ApiClient.loggedIn(port, "head1");
    String a = user("insa");
    String b = user("insb");
    String c = user("insc");
    String expired = user("insx");
    inspector(head, a, "NX-YC", LocalDate.of(2030, 12, 31));
    inspector(head, b, "NX-YC-XQ", LocalDate.of(2030, 12, 31));
    inspector(head, c, "NX-YC-JF", LocalDate.of(2030, 12, 31));
    inspector(head, expired, "NX-YC", LocalDate.of(2020, 1, 1));
    String u1 = uscc();
    String u2 = uscc();
    var imported = head.multipart("/api/inspection-targets/import", csv("name,uscc,targetType,agencyCode\n"
        + "明亮眼镜店," + u1 + ",EYEGLASS_FITTING,NX-YC-XQ\n清晰眼镜店," + u2 + ",EYEGLASS_FITTING,NX-YC-JF\n"));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    long t1 = head.get("/api/inspection-targets?q=" + u1).json().path("items").get(0).path("id").asLong();
    var conflict = head.post("/api/inspection-conflicts", "{\"inspectorId\":\"" + a + "\",\"targetId\":" + t1
        + ",\"reason\":\"近亲属经营\"}");
    assertThat(conflict.status()).as(conflict.body()).isEqualTo(201);
    assertThat(head.post("/api/inspection-conflicts", "{\"inspectorId\":\"" + a + "\",\"targetId\":" + t1
        + ",\"reason\":\"again\"}").status()).isEqualTo(409);

    String planJson = "{\"campaignCode\":\"HMZL-2021\",\"name\":\"眼镜制配计量双随机\",\"targetType\":\"EYEGLASS_FITTING\","
        + "\"agencyCode\":\"NX-YC\",\"sampleCount\":2,\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}";
    var created = head.post("/api/inspection-plans", planJson);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long planId = created.json().path("plan").path("id").asLong();

    var drawn = head.post("/api/inspection-plans/" + planId + "/draw", "{\"seed\":20211220}");
    assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
    JsonNode inspections = drawn.json().path("inspections");
    assertThat(inspections).hasSize(2);
    for (JsonNode i : inspections) {
      assertThat(i.path("inspector1").asText()).isNotEqualTo(i.path("inspector2").asText()).isNotEqualTo(expired);
      assertThat(i.path("inspector2").asText()).isNotEqualTo(expired);
      if (i.path("targetId").asLong() == t1) {
        assertThat(Set.of(i.path("inspector1").asText(), i.path("inspector2").asText())).doesNotContain(a);
      }
    }
    JsonNode log = drawn.json().path("draw");
    assertThat(log.path("seed").asLong()).isEqualTo(20211220L);
    assertThat(log.path("algorithm").asText()).isEqualTo("SplittableRandom-FisherYates");
    assertThat(log.path("logJson").asText()).contains("\"targetIds\"", "\"inspectorIds\"", "\"conflicts\"");

    // anyone in scope can re-check it; the same seed gives the same draw again
    JsonNode verified = ApiClient.loggedIn(port, "officer1").get("/api/inspection-plans/" + planId + "/verify").json();
    assertThat(verified.path("matches").asBoolean()).as(verified.toString()).isTrue();
    assertThat(verified.path("matchesStoredInspections").asBoolean()).isTrue();
    var again = head.post("/api/inspection-plans/" + planId + "/draw", "{\"seed\":20211220}").json().path("inspections");
    assertThat(again.toString().replaceAll("\"id\":\\d+,", "")).isEqualTo(inspections.toString().replaceAll("\"id\":\\d+,", ""));

    // tampering with the stored result is detected
    jdbc.update("UPDATE cf_inspection SET inspector1 = 'someone' WHERE plan_id = ? AND draw_order = 1", planId);
    assertThat(head.get("/api/inspection-plans/" + planId + "/verify").json().path("matchesStoredInspections").asBoolean())
        .isFalse();
    head.post("/api/inspection-plans/" + planId + "/draw", "{\"seed\":20211220}");

    var published = head.post("/api/inspection-plans/" + planId + "/publish", null);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(published.json().path("plan").path("status").asText()).isEqualTo("PUBLISHED");
    var redraw = head.post("/api/inspection-plans/" + planId + "/draw", "{}");
    assertThat(redraw.status()).isEqualTo(409);
    assertThat(redraw.json().path("code").asText()).isEqualTo("DRAW_FROZEN");
    assertThat(head.post("/api/inspection-plans/" + planId + "/publish", null).status()).isEqualTo(409);

    JsonNode first = published.json().path("inspections").get(0);
    JsonNode second = published.json().path("inspections").get(1);
    Task inspect = tasks.createTaskQuery().processInstanceBusinessKey("INSP-" + first.path("id").asLong()).singleResult();
    assertThat(inspect.getAssignee()).isEqualTo(first.path("inspector1").asText());
    tasks.complete(inspect.getId(), Map.of("inspectionDate", "2026-03-02", "instrumentsVerified", "NO",
        "findings", "焦度计未经检定", "photoRefs", "P-7", "inspectionResult", "VIOLATION"));
    Task publish = tasks.createTaskQuery().processInstanceBusinessKey("INSP-" + first.path("id").asLong()).singleResult();
    assertThat(publish.getTaskDefinitionKey()).isEqualTo("Task_PublishResult");
    tasks.complete(publish.getId(), Map.of("publicResult", "UNDER_INVESTIGATION", "publicSummary", "使用未经检定的焦度计，已立案调查"));

    Task inspect2 = tasks.createTaskQuery().processInstanceBusinessKey("INSP-" + second.path("id").asLong()).singleResult();
    tasks.complete(inspect2.getId(), Map.of("inspectionDate", "2026-03-03", "instrumentsVerified", "YES",
        "findings", "未发现问题", "inspectionResult", "NO_PROBLEM"));

    JsonNode figures = head.get("/api/inspection-plans/" + planId + "/figures").json();
    assertThat(figures.path("drawn").asInt()).isEqualTo(2);
    assertThat(figures.path("inspected").asInt()).isEqualTo(2);
    assertThat(figures.path("problems").asInt()).isEqualTo(1);
    assertThat(figures.path("leads").asInt()).isEqualTo(1);
    assertThat(figures.path("published").asInt()).isEqualTo(1);

    JsonNode detail = head.get("/api/inspection-plans/" + planId).json();
    long leadId = detail.path("inspections").get(0).path("leadId").asLong();
    assertThat(jdbc.queryForObject("SELECT source FROM cf_case WHERE id = ?", String.class, leadId)).isEqualTo("INSPECTION");
    assertThat(jdbc.queryForObject("SELECT description FROM cf_case WHERE id = ?", String.class, leadId))
        .contains("焦度计未经检定");

    JsonNode open = new ApiClient(port).get("/api/public/inspection-results?campaign=HMZL-2021").json();
    assertThat(open.toString()).contains(first.path("targetName").asText(), "使用未经检定的焦度计")
        .doesNotContain("焦度计未经检定", first.path("inspector1").asText());
  }

  @Test
  void badPlansAreRefused() {
    ApiClient head = ApiClient.loggedIn(port, "head1");
    var bad = head.post("/api/inspection-plans", "{\"campaignCode\":\"NOPE\",\"targetType\":\"HOTPOT\",\"agencyCode\":\"NX-SZS\","
        + "\"sampleCount\":2,\"samplePercent\":10,\"periodStart\":\"2026-02-01\",\"periodEnd\":\"2026-01-01\"}");
    assertThat(bad.status()).isEqualTo(400);
    Set<String> fields = new HashSet<>();
    bad.json().path("fieldErrors").forEach(f -> fields.add(f.path("field").asText()));
    assertThat(fields).contains("campaignCode", "name", "targetType", "agencyCode", "sampleCount", "periodEnd");
    assertThat(ApiClient.loggedIn(port, "officer1").post("/api/inspection-plans", "{}").status()).isEqualTo(403);
    assertThat(head.get("/api/inspection-plans/999999999").status()).isEqualTo(404);
    assertThat(head.post("/api/inspection-plans/999999999/draw", "{}").status()).isEqualTo(404);
    assertThat(head.put("/api/inspectors/nobody-here", "{\"agencyCode\":\"NX-YC\",\"credentialNo\":\"X\",\"validUntil\":\"2030-01-01\"}").status())
        .isEqualTo(404);
    var noCredential = head.put("/api/inspectors/officer2", "{\"agencyCode\":\"NX-YC\"}");
    assertThat(noCredential.status()).isEqualTo(400);
    assertThat(noCredential.body()).contains("credentialNo", "validUntil");
  }
}
