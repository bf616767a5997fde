package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/leads: every bad input is a 4xx naming the field, in zh-CN or en, and nothing is stored. */
@IntegrationTest
class LeadBadInputIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  static final String VALID_USCC = Uscc.withCheck("91640100MA76ABCD1");

  static String body(String campaign, String source, String party, String uscc, String partyType, String product) {
    return """
        {"campaignCode":%s,"source":%s,"partyName":%s,"partyUscc":%s,"partyType":%s,"productName":%s,"description":"x"}
        """.formatted(q(campaign), q(source), q(party), q(uscc), q(partyType), q(product));
  }

  private static String q(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  long cases() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cf_case", Long.class);
  }

  static String fields(ApiClient.Response r) {
    return r.json().path("fieldErrors").findValuesAsText("field").toString();
  }

  @Test
  void badUsccNamesTheFieldInChineseAndEnglish() {
    long before = cases();
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    ApiClient.Response zh = officer1.post("/api/leads",
        body("FYKZ-2021", "SPOT_CHECK", "某公司", "91640100MA76ABCD1X", "ORGANISATION", "口罩"));
    assertThat(zh.status()).isEqualTo(400);
    assertThat(fields(zh)).isEqualTo("[partyUscc]");
    assertThat(zh.json().path("fieldErrors").path(0).path("message").asText()).contains("统一社会信用代码");
    ApiClient.Response en = ApiClient.loggedIn(port, "officer1").language("en").post("/api/leads",
        body("FYKZ-2021", "SPOT_CHECK", "某公司", "91640100MA76ABCD1X", "ORGANISATION", "口罩"));
    assertThat(en.json().path("fieldErrors").path(0).path("message").asText()).contains("unified social credit code");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void unknownCampaignWrongEnumsAndMissingFields() {
    long before = cases();
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    ApiClient.Response campaign = officer1.post("/api/leads",
        body("NOPE-2021", "SPOT_CHECK", "某公司", VALID_USCC, "ORGANISATION", "口罩"));
    assertThat(campaign.status()).isEqualTo(400);
    assertThat(fields(campaign)).isEqualTo("[campaignCode]");
    assertThat(campaign.json().path("fieldErrors").path(0).path("message").asText()).contains("NOPE-2021");

    ApiClient.Response enums = officer1.post("/api/leads",
        body("FYKZ-2021", "RUMOUR", "某公司", VALID_USCC, "ROBOT", "口罩"));
    assertThat(enums.status()).isEqualTo(400);
    assertThat(fields(enums)).contains("source", "partyType");

    ApiClient.Response missing = officer1.post("/api/leads", "{}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(fields(missing)).contains("campaignCode", "source", "partyName", "partyUscc", "productName");

    ApiClient.Response organisationWithoutUscc = officer1.post("/api/leads",
        body("FYKZ-2021", "COMPLAINT", "某公司", null, "ORGANISATION", "口罩"));
    assertThat(fields(organisationWithoutUscc)).isEqualTo("[partyUscc]");

    ApiClient.Response money = officer1.post("/api/leads", """
        {"campaignCode":"FYKZ-2021","source":"COMPLAINT","partyName":"某公司","partyUscc":"%s","productName":"口罩","goodsValue":-1}
        """.formatted(VALID_USCC));
    assertThat(fields(money)).isEqualTo("[goodsValue]");

    ApiClient.Response malformed = officer1.post("/api/leads", "{\"campaignCode\":");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().path("code").asText()).isEqualTo("MALFORMED_REQUEST");

    ApiClient.Response wrongType = officer1.post("/api/leads", """
        {"campaignCode":"FYKZ-2021","source":"COMPLAINT","partyName":"某公司","partyUscc":"%s","productName":"口罩","goodsValue":"lots"}
        """.formatted(VALID_USCC));
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void wrongUserAndNoSession() {
    long before = cases();
    String ok = body("FYKZ-2021", "COMPLAINT", "某公司", VALID_USCC, "ORGANISATION", "口罩");
    assertThat(new ApiClient(port).post("/api/leads", ok).status()).isEqualTo(401);
    assertThat(ApiClient.loggedIn(port, "modeler1").post("/api/leads", ok).status()).isEqualTo(403);
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void aPersonNeedsNoUsccAndRegistersInTheUsersAgency() {
    ApiClient officer3 = ApiClient.loggedIn(port, "officer3");
    ApiClient.Response r = officer3.post("/api/leads",
        body("HMZL-2021", "COMPLAINT", "个体户王某", null, "PERSON", "儿童玩具"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode detail = officer3.get("/api/cases/" + r.json().path("leadId").asLong()).json();
    assertThat(detail.path("agencyCode").asText()).isEqualTo("NX-SZS");
    assertThat(detail.path("stage").asText()).isEqualTo("VERIFICATION");
    assertThat(ApiClient.loggedIn(port, "officer1").get("/api/cases/" + r.json().path("leadId").asLong()).status())
        .isEqualTo(404);
    assertThat(ApiClient.loggedIn(port, "manager1").get("/api/cases/" + r.json().path("leadId").asLong()).status())
        .as("the province sees everything").isEqualTo(200);
  }

  @Test
  void aPersonsIdNumberIsChecked() {
    ApiClient officer3 = ApiClient.loggedIn(port, "officer3");
    long before = cases();
    for (String bad : new String[] {"640102198808082041", "6401021988080820", "12345", "E1"}) {
      ApiClient.Response r = officer3.post("/api/leads", personWithId(bad));
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.json().path("fieldErrors").path(0).path("field").asText()).isEqualTo("partyIdNo");
      assertThat(r.json().path("fieldErrors").path(0).path("message").asText()).contains("GB 11643");
    }
    assertThat(cases()).isEqualTo(before);
    for (String good : new String[] {"64010219880808204X", "64010219880808204x", "640102880808204", "E12345678",
        "H12345678（1）"}) {
      assertThat(officer3.post("/api/leads", personWithId(good)).status()).as(good).isEqualTo(201);
    }
    // the party's address goes into the case file (the documents' 住所（住址）)
    long id = officer3.post("/api/leads", personWithId("E12345678")).json().path("leadId").asLong();
    assertThat(officer3.get("/api/cases/" + id).json().path("party").path("address").asText())
        .isEqualTo("石嘴山市大武口区朝阳西街1号");
    ApiClient.Response longAddress = officer3.post("/api/leads", personWithId("E12345678")
        .replace("石嘴山市大武口区朝阳西街1号", "地".repeat(201)));
    assertThat(longAddress.status()).isEqualTo(400);
    assertThat(longAddress.json().path("fieldErrors").path(0).path("field").asText()).isEqualTo("partyAddress");
  }

  private static String personWithId(String idNo) {
    return """
        {"campaignCode":"HMZL-2021","source":"COMPLAINT","partyName":"王某","partyType":"PERSON","partyIdNo":"%s",
         "partyAddress":"石嘴山市大武口区朝阳西街1号","productName":"儿童玩具","description":"投诉"}""".formatted(idNo);
  }
}
