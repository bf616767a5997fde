package com.caseflow.typicalcase;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class TypicalCaseIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  long personCase(String name, boolean closed) {
    ApiClient officer = ApiClient.loggedIn(port, "officer1");
    var lead = officer.post("/api/leads", "{\"campaignCode\":\"HMZL-2021\",\"source\":\"INSPECTION\",\"partyType\":\"PERSON\","
        + "\"partyName\":\"" + name + "\",\"partyIdNo\":\"640102199001011237\",\"productName\":\"儿童眼镜\","
        + "\"description\":\"当事人" + name + "（身份证号640102199001011237，电话13912345678）使用未经检定的焦度计为儿童配镜\"}");
    assertThat(lead.status()).as(lead.body()).isEqualTo(201);
    long id = lead.json().path("leadId").asLong();
    if (closed) {
      jdbc.update("UPDATE cf_case SET closed_at = CURRENT_TIMESTAMP, fine_amount = 5000.00, decision_no = ?, "
          + "case_result = 'DECIDED' WHERE id = ?", "银市监罚决〔2021〕" + id + "号", id);
    }
    return id;
  }

  @Test
  void aHeadPublishesAClosedCaseWithOnlyPublicFields() {
    String name = "张三丰" + (System.nanoTime() % 1000);
    long caseId = personCase(name, true);
    ApiClient unitHead = ApiClient.loggedIn(port, "unithead1");
    ApiClient head = ApiClient.loggedIn(port, "head1");

    assertThat(ApiClient.loggedIn(port, "officer1").post("/api/typical-cases", "{\"caseRef\":\"" + caseId + "\"}").status())
        .isEqualTo(403);
    var draft = unitHead.post("/api/typical-cases", "{\"caseRef\":\"" + caseId + "\"}");
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    JsonNode d = draft.json();
    assertThat(d.path("partyDisplay").asText()).isEqualTo("张某");
    assertThat(d.path("facts").asText()).doesNotContain(name, "640102199001011237", "13912345678").contains("张某");
    assertThat(d.path("penalty").asText()).contains("罚款5000.00元");
    long id = d.path("id").asLong();
    assertThat(unitHead.post("/api/typical-cases", "{\"caseRef\":\"" + caseId + "\"}").status()).isEqualTo(409);

    var bad = unitHead.put("/api/typical-cases/" + id, "{\"title\":\"\",\"partyDisplay\":\"x\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("title", "facts");
    var edited = unitHead.put("/api/typical-cases/" + id, "{\"title\":\"" + name + "使用未检定计量器具案\",\"partyDisplay\":\""
        + name + "\",\"facts\":\"" + name + "（640102199001011237）为儿童配镜时使用未经检定的焦度计。\",\"legalBasis\":\"《计量法》第二十六条\","
        + "\"penalty\":\"罚款5000元\"}");
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().path("partyDisplay").asText()).isEqualTo("张某");

    assertThat(unitHead.post("/api/typical-cases/" + id + "/publish", null).status()).isEqualTo(409);
    assertThat(unitHead.post("/api/typical-cases/" + id + "/approve", null).status()).isEqualTo(403);
    assertThat(head.post("/api/typical-cases/" + id + "/approve", null).status()).isEqualTo(200);
    assertThat(unitHead.put("/api/typical-cases/" + id, edited.body()).status()).isEqualTo(409);
    assertThat(head.post("/api/typical-cases/" + id + "/publish", null).status()).isEqualTo(200);

    ApiClient.Response open = new ApiClient(port).get("/api/public/typical-cases?campaign=HMZL-2021");
    assertThat(open.status()).isEqualTo(200);
    JsonNode published = null;
    for (JsonNode c : open.json()) {
      if (c.path("id").asLong() == id) {
        published = c;
      }
    }
    assertThat(published).isNotNull();
    assertThat(published.path("partyDisplay").asText()).isEqualTo("张某");
    assertThat(published.path("campaignName").asText()).contains("护苗助老");
    assertThat(open.body()).doesNotContain(name, "640102199001011237", "13912345678", "partyIdNo", "officer1", "unithead1",
        "caseId", "agencyPath");
  }

  @Test
  void anOpenCaseCannotBeATypicalCase() {
    long caseId = personCase("李四", false);
    var r = ApiClient.loggedIn(port, "unithead1").post("/api/typical-cases", "{\"caseRef\":\"" + caseId + "\"}");
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().path("code").asText()).isEqualTo("CASE_NOT_CLOSED");
    assertThat(ApiClient.loggedIn(port, "unithead1").post("/api/typical-cases", "{}").status()).isEqualTo(400);
    assertThat(ApiClient.loggedIn(port, "unithead1").post("/api/typical-cases", "{\"caseRef\":\"99999999\"}").status())
        .isEqualTo(404);
    assertThat(ApiClient.loggedIn(port, "head1").get("/api/typical-cases/99999999").status()).isEqualTo(404);
  }
}
