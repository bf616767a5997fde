package com.caseflow.admonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.cases.Uscc;
import com.caseflow.support.ApiClient;
import com.caseflow.support.ApiClient.Part;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AdMonitoringIT {

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

  static Part csv(String text) {
    return new Part("file", "ads.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  static String record(String uscc, String date, String violation) {
    return "{\"campaignCode\":\"HMZL-2021\",\"media\":\"银川电视台\",\"advertiserName\":\"宁夏康泰保健品有限公司\","
        + "\"advertiserUscc\":\"" + uscc + "\",\"productCategory\":\"HEALTH_FOOD\",\"productName\":\"增高钙片\","
        + "\"adDate\":\"" + date + "\",\"violationType\":\"" + violation + "\",\"description\":\"专家称三个月长高5厘米\"}";
  }

  int records(String uscc) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cf_ad_record WHERE advertiser_uscc = ?", Integer.class, uscc);
  }

  int leads(String uscc) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cf_case WHERE party_uscc = ? AND source = 'AD_MONITORING'",
        Integer.class, uscc);
  }

  @Test
  void aViolationOpensOneAdMonitoringLeadAndIsTaggedWithItsKeyPeriods() {
    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    String u = uscc();
    var created = officer.post("/api/ad-monitoring/records", record(u, "2021-06-10", "FAKE_EXPERT"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode r = created.json();
    assertThat(r.path("agencyCode").asText()).isEqualTo("NX-YC");
    assertThat(r.path("violation").asBoolean()).isTrue();
    assertThat(r.path("violationLabel").asText()).isEqualTo("冒充专家推荐");
    assertThat(r.path("keyPeriods").toString()).contains("JUNE_18");
    long leadId = r.path("leadId").asLong();
    assertThat(leadId).isPositive();
    JsonNode lead = officer.get("/api/cases/" + leadId).json();
    assertThat(lead.path("source").asText()).isEqualTo("AD_MONITORING");
    assertThat(lead.path("partyUscc").asText()).isEqualTo(u);

    // opening the lead again is idempotent
    long id = r.path("id").asLong();
    var again = officer.post("/api/ad-monitoring/records/" + id + "/lead", "");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().path("leadId").asLong()).isEqualTo(leadId);
    assertThat(leads(u)).isEqualTo(1);

    // no violation: counted, no lead, and none can be opened
    String clean = uscc();
    var none = officer.post("/api/ad-monitoring/records", record(clean, "2021-11-05", "NONE"));
    assertThat(none.status()).as(none.body()).isEqualTo(201);
    assertThat(none.json().path("leadId").isNull()).isTrue();
    assertThat(none.json().path("keyPeriods").toString()).contains("DOUBLE_11");
    assertThat(officer.post("/api/ad-monitoring/records/" + none.json().path("id").asLong() + "/lead", "").status())
        .isEqualTo(409);
    assertThat(leads(clean)).isZero();

    assertThat(officer.get("/api/ad-monitoring/records/" + id).json().path("advertiserUscc").asText()).isEqualTo(u);
    JsonNode page = officer.get("/api/ad-monitoring/records?keyPeriod=JUNE_18&violation=FAKE_EXPERT&from=2021-06-10&to=2021-06-10")
        .json();
    assertThat(page.path("total").asInt()).isPositive();
    // another city's officer does not see it
    ApiClient other = ApiClient.loggedIn(port, "officer3");
    assertThat(other.get("/api/ad-monitoring/records/" + id).status()).isEqualTo(404);
    assertThat(other.post("/api/ad-monitoring/records/" + id + "/lead", "").status()).isEqualTo(404);
    assertThat(officer.get("/api/ad-monitoring/records/99999999").status()).isEqualTo(404);
    assertThat(officer.get("/api/ad-monitoring/records/abc").status()).isEqualTo(404);
  }

  @Test
  void badRecordsAreRefusedNamingTheFieldsAndNothingIsStored() {
    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    var empty = officer.post("/api/ad-monitoring/records", "{}");
    assertThat(empty.status()).isEqualTo(400);
    Set<String> fields = new HashSet<>();
    empty.json().path("fieldErrors").forEach(f -> fields.add(f.path("field").asText()));
    assertThat(fields).contains("campaignCode", "media", "advertiserName", "advertiserUscc", "productCategory",
        "productName", "adDate", "violationType");

    String u = uscc();
    var bad = officer.post("/api/ad-monitoring/records", record("91640100MA76XXXX1Z", "2099-01-01", "LOUD")
        .replace("HEALTH_FOOD", "CARS").replace("HMZL-2021", "NOPE"));
    assertThat(bad.status()).isEqualTo(400);
    fields.clear();
    bad.json().path("fieldErrors").forEach(f -> fields.add(f.path("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("campaignCode", "advertiserUscc", "productCategory", "adDate",
        "violationType");
    var outOfScope = officer.post("/api/ad-monitoring/records",
        record(u, "2021-06-10", "FALSE_CLAIM").replace("{", "{\"agencyCode\":\"NX-SZS\","));
    assertThat(outOfScope.status()).isEqualTo(400);
    assertThat(outOfScope.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("agencyCode");
    assertThat(records(u)).isZero();
    assertThat(leads(u)).isZero();

    assertThat(ApiClient.loggedIn(port, "modeler1").post("/api/ad-monitoring/records", record(u, "2021-06-10", "NONE"))
        .status()).isEqualTo(403);
    assertThat(records(u)).isZero();
    var en = ApiClient.loggedIn(port, "officer1").language("en").post("/api/ad-monitoring/records",
        record("X", "2021-06-10", "NONE"));
    assertThat(en.json().path("fieldErrors").get(0).path("message").asText()).doesNotContainPattern("[\\u4e00-\\u9fa5]");
    assertThat(officer.get("/api/ad-monitoring/records?category=CARS").status()).isEqualTo(400);
    assertThat(officer.get("/api/ad-monitoring/records?size=500").status()).isEqualTo(400);
  }

  @Test
  void importIsAllOrNothingOrGoodRowsWithRowErrors() {
    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    String good = uscc();
    String clean = uscc();
    String file = "专项行动编号,媒体,广告主名称,统一社会信用代码,产品类别,产品名称,发布日期,违法类型,说明\n"
        + "HMZL-2021,宁夏广播电台,银川明德教育培训学校," + good + ",教育培训,暑期提分班,2021/7/15,利用科研教育机构作推荐证明,\n"
        + "HMZL-2021,微信公众号,银川好药房," + clean + ",药品,感冒灵,2021年9月1日,无,\n"
        + "HMZL-2021,抖音,坏代码公司,91640100MA76XXXX1Z,医疗器械,按摩仪,2021-06-01,虚假宣传,\n"
        + "NOPE,,,," + ",汽车,,昨天,吹牛,\n";
    var check = officer.multipart("/api/ad-monitoring/records/import?dryRun=true&mode=good-rows", csv(file));
    assertThat(check.status()).as(check.body()).isEqualTo(200);
    assertThat(check.json().path("dryRun").asBoolean()).isTrue();
    assertThat(check.json().path("rows").asInt()).isEqualTo(4);
    assertThat(check.json().path("valid").asInt()).isEqualTo(2);
    assertThat(check.json().path("rejected").asInt()).isEqualTo(2);
    assertThat(check.json().path("errors").toString()).contains("advertiserUscc", "violationType");
    assertThat(records(good) + records(clean)).as("a check stores nothing").isZero();
    assertThat(leads(good)).isZero();
    assertThat(officer.multipart("/api/ad-monitoring/records/import?dryRun=true&mode=maybe", csv(file)).status())
        .isEqualTo(400);
    assertThat(ApiClient.loggedIn(port, "modeler1")
        .multipart("/api/ad-monitoring/records/import?dryRun=true", csv(file)).status()).isEqualTo(403);

    var rejected = officer.multipart("/api/ad-monitoring/records/import", csv(file));
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
    JsonNode body = rejected.json();
    assertThat(body.path("code").asText()).isEqualTo("IMPORT_REJECTED");
    assertThat(body.path("rejected").asInt()).isEqualTo(2);
    Set<String> errors = new HashSet<>();
    body.path("errors").forEach(e -> errors.add(e.path("row").asInt() + ":" + e.path("field").asText()));
    assertThat(errors).contains("4:advertiserUscc", "5:campaignCode", "5:media", "5:productCategory", "5:adDate",
        "5:violationType");
    assertThat(records(good) + records(clean)).isZero();
    assertThat(leads(good)).isZero();

    var partial = officer.multipart("/api/ad-monitoring/records/import?mode=good-rows", csv(file));
    assertThat(partial.status()).as(partial.body()).isEqualTo(200);
    assertThat(partial.json().path("imported").asInt()).isEqualTo(2);
    assertThat(partial.json().path("rejected").asInt()).isEqualTo(2);
    assertThat(records(good)).isEqualTo(1);
    assertThat(leads(good)).isEqualTo(1);
    assertThat(leads(clean)).isZero();
    String tags = jdbc.queryForList("SELECT p.code FROM cf_ad_record_period p JOIN cf_ad_record r ON r.id = p.record_id"
        + " WHERE r.advertiser_uscc = ?", String.class, good).toString();
    assertThat(tags).contains("SCHOOL_BREAK");

    assertThat(officer.multipart("/api/ad-monitoring/records/import?mode=maybe", csv(file)).status()).isEqualTo(400);
    assertThat(officer.multipart("/api/ad-monitoring/records/import", csv("")).status()).isEqualTo(400);
    assertThat(officer.multipart("/api/ad-monitoring/records/import").status()).isEqualTo(400);
    assertThat(ApiClient.loggedIn(port, "modeler1").multipart("/api/ad-monitoring/records/import", csv(file)).status())
        .isEqualTo(403);
  }

  @Test
  void keyPeriodsAreConfigurablePerYearByAdminsAndRecordsAreRetagged() {
    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    JsonNode y2021 = officer.get("/api/ad-monitoring/key-periods?year=2021").json();
    assertThat(y2021.path("periods")).hasSize(7);
    assertThat(y2021.path("years").toString()).contains("2021", "2026");
    assertThat(officer.get("/api/ad-monitoring/key-periods?year=abc").status()).isEqualTo(400);

    String u = uscc();
    var created = officer.post("/api/ad-monitoring/records", record(u, "2019-07-05", "NONE"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    String put2019 = "{\"year\":2019,\"periods\":[{\"code\":\"SCHOOL_BREAK\",\"startDate\":\"2019-07-01\",\"endDate\":\"2019-08-31\"},"
        + "{\"code\":\"开学季\",\"startDate\":\"2019-08-20\",\"endDate\":\"2019-09-15\"}]}";
    assertThat(officer.put("/api/ad-monitoring/key-periods", put2019).status()).isEqualTo(403);

    ApiClient admin = ApiClient.loggedIn(port, "admin");
    var bad = admin.put("/api/ad-monitoring/key-periods", "{\"year\":2019,\"periods\":[{\"code\":\"XMAS\","
        + "\"startDate\":\"2019-12-24\",\"endDate\":\"2019-12-26\"},{\"code\":\"JUNE_18\",\"startDate\":\"2019-06-18\","
        + "\"endDate\":\"2019-06-01\"},{\"code\":\"DOUBLE_11\",\"startDate\":\"2020-11-01\",\"endDate\":\"nope\"}]}");
    assertThat(bad.status()).isEqualTo(400);
    Set<String> fields = new HashSet<>();
    bad.json().path("fieldErrors").forEach(f -> fields.add(f.path("field").asText()));
    assertThat(fields).contains("periods[0].code", "periods[1].endDate", "periods[2].startDate", "periods[2].endDate");
    assertThat(admin.put("/api/ad-monitoring/key-periods", "{\"periods\":[]}").json().path("fieldErrors").get(0)
        .path("field").asText()).isEqualTo("year");

    var ok = admin.put("/api/ad-monitoring/key-periods", put2019);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().path("periods")).hasSize(2);
    assertThat(officer.get("/api/ad-monitoring/records/" + id).json().path("keyPeriods").toString())
        .contains("SCHOOL_BREAK").doesNotContain("SCHOOL_START");
    var moved = admin.put("/api/ad-monitoring/key-periods",
        "{\"year\":2019,\"periods\":[{\"code\":\"SCHOOL_START\",\"startDate\":\"2019-07-01\",\"endDate\":\"2019-07-10\"}]}");
    assertThat(moved.status()).isEqualTo(200);
    assertThat(officer.get("/api/ad-monitoring/records/" + id).json().path("keyPeriods").toString())
        .contains("SCHOOL_START").doesNotContain("SCHOOL_BREAK");
  }

  @Test
  void figuresCountByCategoryViolationTypeAndKeyPeriod() {
    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    String q = "/api/ad-monitoring/figures?campaign=HMZL-2021&from=2021-06-01&to=2021-06-30";
    JsonNode before = officer.get(q).json();
    assertThat(officer.post("/api/ad-monitoring/records", record(uscc(), "2021-06-15", "DISGUISED_HEALTH_ADVICE"))
        .status()).isEqualTo(201);
    assertThat(officer.post("/api/ad-monitoring/records", record(uscc(), "2021-06-16", "NONE")).status())
        .isEqualTo(201);
    JsonNode after = officer.get(q).json();
    assertThat(after.path("records").asLong() - before.path("records").asLong()).isEqualTo(2);
    assertThat(after.path("violations").asLong() - before.path("violations").asLong()).isEqualTo(1);
    assertThat(after.path("leads").asLong() - before.path("leads").asLong()).isEqualTo(1);
    assertThat(count(after, "byCategory", "HEALTH_FOOD") - count(before, "byCategory", "HEALTH_FOOD")).isEqualTo(2);
    assertThat(count(after, "byViolationType", "DISGUISED_HEALTH_ADVICE")
        - count(before, "byViolationType", "DISGUISED_HEALTH_ADVICE")).isEqualTo(1);
    assertThat(count(after, "byKeyPeriod", "JUNE_18") - count(before, "byKeyPeriod", "JUNE_18")).isEqualTo(2);
    assertThat(after.path("byKeyPeriod")).hasSize(5);

    var bad = officer.get("/api/ad-monitoring/figures?from=2021-13-01&to=x");
    assertThat(bad.status()).isEqualTo(400);
    Set<String> fields = new HashSet<>();
    bad.json().path("fieldErrors").forEach(f -> fields.add(f.path("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("from", "to");
    assertThat(officer.get("/api/ad-monitoring/figures?from=2021-06-30&to=2021-06-01").status()).isEqualTo(400);
    assertThat(new ApiClient(port).get("/api/ad-monitoring/figures").status()).isEqualTo(401);
  }

  static long count(JsonNode figures, String list, String code) {
    for (JsonNode n : figures.path(list)) {
      if (n.path("code").asText().equals(code)) {
        return n.path("records").asLong();
      }
    }
    return 0;
  }
}
